# Ends with ZeroDivisionError from integer modulo by zero.
def digits_mod(n, m):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s % m

for m in range(5, 0, -1):
    print("mod", m, digits_mod(987654321, m))
x = 12345
m = 5
while m > 0:
    print(x, m, x % m)
    m -= 2
    if m < 0:
        m = 0
        print("m reached zero")
        print(x % m)
print("never printed")
