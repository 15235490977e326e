# Integer and float exponentiation.
print(2 ** 0, 2 ** 1, 2 ** 10, 2 ** 31, 2 ** 32, 2 ** 52)
print(0 ** 0, 0 ** 5, 1 ** 100, (-1) ** 99, (-1) ** 100)
print(3 ** 33, (-3) ** 33, 7 ** 18, (-2) ** 51)
print(10 ** 15, -10 ** 15, (-10) ** 15)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)

# float exponents and bases
print(2 ** 0.5, 2.0 ** 10, 2.0 ** -1, 10 ** -2.0, 4 ** -0.5)
print(0.5 ** 2, 1.5 ** 3, (-1.5) ** 3, (-2.0) ** 2)
print(0.0 ** 0, 0.0 ** 0.0, 1.0 ** 1e300, 10.0 ** 300, 2.0 ** -1074)
print(2.0 ** 0.5 * 2.0 ** 0.5, 9 ** 0.5, 27 ** (1 / 3))

def ipow(base, e):
    result = 1
    while e > 0:
        if e & 1:
            result = result * base
        e = e >> 1
        if e > 0:
            base = base * base
    return result

for b in range(2, 8):
    e = 1
    while b ** (e + 1) < 2 ** 50:
        e += 1
    print(b, e, b ** e, ipow(b, e), ipow(b, e) == b ** e)
