# Ends with ZeroDivisionError from float modulo by zero.
def fmod_table(a, b):
    print(f"{a:>6} % {b:<5} = {a % b}")

for k in range(1, 4):
    fmod_table(7.5, float(k))
    fmod_table(-7.5, float(-k))
a = 7.5
b = 2.0
while b >= 0.0:
    print(a, b, a % b, a // b if b > 0.0 else -1.0)
    b -= 0.5
    if b == 0.0:
        print("b hit zero")
        print(a % b)
print("never printed")
