# Digit manipulation with // and %: sums, reversal, digital roots, bases.
def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s

def reverse_num(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n = n // 10
    return r

def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n

def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    if neg:
        n = -n
    while n > 0:
        out = digits[n % b] + out
        n = n // b
    return "-" + out if neg else out

for n in range(0, 200, 37):
    print(n, digit_sum(n), reverse_num(n), digital_root(n))
big = 9007199254740991
print(digit_sum(big), reverse_num(big // 10), digital_root(big))
for b in range(2, 37, 5):
    print(b, to_base(255, b), to_base(-1000, b), to_base(big, b))
arm = ""
for n in range(100, 1000):
    a = n // 100
    m = n // 10 % 10
    c = n % 10
    if a ** 3 + m ** 3 + c ** 3 == n:
        arm = arm + str(n) + " "
print("armstrong:", arm)
pal = 0
for n in range(1, 10000):
    if reverse_num(n) == n:
        pal += 1
print("palindromic numbers below 10000:", pal)
