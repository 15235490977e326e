# Euclid's algorithm with tuple-style multiple assignment.
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a

def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)

def lcm(a, b):
    return a // gcd(a, b) * b

def ext_gcd_x(a, b):
    x0, x1 = 1, 0
    while b != 0:
        q = a // b
        a, b = b, a - q * b
        x0, x1 = x1, x0 - q * x1
    return x0

print(gcd(48, 18), gcd(18, 48), gcd(17, 5), gcd(0, 9), gcd(9, 0), gcd(1, 1))
print(gcd_rec(1071, 462), gcd_rec(2 ** 40, 6 ** 12), gcd(-12, 18), gcd(12, -18))
print(lcm(4, 6), lcm(21, 6), lcm(1, 99), lcm(2 ** 20, 3 ** 10))
l = 1
for i in range(1, 31):
    l = lcm(l, i)
print(l)
for a in range(10, 100, 17):
    for b in range(3, 40, 11):
        g = gcd(a, b)
        x = ext_gcd_x(a, b)
        print(a, b, g, x, (a * x - g) % b == 0)
fa, fb = 832040, 514229
print(gcd(fa, fb), gcd_rec(fa * 3, fb * 3))
