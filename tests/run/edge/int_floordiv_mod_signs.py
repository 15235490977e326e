# Floor division and modulo for every sign combination at small and large
# magnitudes, and the identity a == (a // b) * b + a % b.
def show(a, b):
    q = a // b
    r = a % b
    if abs(q) < 2 ** 26 and abs(b) < 2 ** 26:
        print(a, b, q, r, q * b + r == a)
    else:
        print(a, b, q, r, (r == 0 or (r > 0) == (b > 0)) and abs(r) < abs(b))

vals = 7
show(7, 2)
show(-7, 2)
show(7, -2)
show(-7, -2)
show(6, 3)
show(-6, 3)
show(6, -3)
show(-6, -3)
show(0, 5)
show(0, -5)
show(1, 9007199254740991)
show(-1, 9007199254740991)
show(1, -9007199254740991)
show(-1, -9007199254740991)
show(9007199254740991, 2)
show(-9007199254740991, 2)
show(9007199254740991, -2)
show(-9007199254740991, -2)
show(9007199254740991, 9007199254740990)
show(-9007199254740991, 9007199254740990)
show(9007199254740990, -9007199254740991)
show(4503599627370497, 3)
show(-4503599627370497, 3)
show(4503599627370497, -3)
show(-4503599627370497, -3)
show(9007199254740991, 1000000007)
show(-9007199254740991, 1000000007)
show(9007199254740991, -1000000007)
for a in range(-6, 7, 3):
    for b in range(-4, 5, 2):
        if b != 0:
            print(a, b, a // b, a % b, a / b)
print(-0 // 5, 0 % -5, -(0 // -5))
print(-7 // 2 * 2, -(7 // 2))
print(7 % 2 ** 40, -7 % 2 ** 40, 7 % -2 ** 40)
