# Conditional expressions (a if c else b).
def sign(n):
    return "neg" if n < 0 else ("zero" if n == 0 else "pos")

def abs_val(val):
    return -val if val < 0.0 else val

def fizz(n):
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)

for i in range(-2, 3):
    print(i, sign(i))
print(abs_val(-2.5), abs_val(3.0), abs_val(-0.0))
out = ""
for i in range(1, 21):
    out = out + fizz(i) + " "
print(out)
x = 7
y = 10 if x > 5 else 20
z = x * 2 if x % 2 == 0 else x * 3
print(y, z)
w = 1.5 if y > z else 2.5
print(w)
parity = "odd" if x & 1 else "even"
print(parity)
label = "many" if x > 3 else "few" if x > 1 else "one"
print(label)
n = 0
total = 0
while n < 10:
    total += n if n % 2 == 0 else -n
    n += 1
print(total)
big = 2 ** 52 if x > 0 else -(2 ** 52)
print(big, big if big < 0 else -big)
print((1 if True else 2) + (3 if False else 4))
