# Floor division and modulo on ints follow floor semantics (sign of divisor).
print(7 // 2, 7 % 2)
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(0 // 5, 0 % 5, 0 // -5, 0 % -5)
print(1 // 3, -1 // 3, 1 % 3, -1 % 3)
print(6 // 3, -6 // 3, 6 % -3, -6 % 3)

a = -17
b = 5
while b <= 8:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)
    b += 1

# divisor loop with both signs
for d in range(-4, 5):
    if d == 0:
        continue
    print(d, 13 // d, 13 % d, -13 // d, -13 % d)

# big operands near 2**53
big = 9007199254740991
print(big // 7, big % 7)
print(-big // 7, -big % 7)
print(big // -1000003, big % -1000003)
print(big // big, big % big, (big - 1) // big)

# true division of ints gives floats
print(7 / 2, -7 / 2, 1 / 3, -1 / 3, 6 / 3, 0 / 5)
print(big / 3, 10 / 4, 2 / -8)
