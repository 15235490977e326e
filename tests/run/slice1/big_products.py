# Products, sums and differences close to 2**53 (exact as ints).
print(67108864 * 67108863)
print(94906265 * 94906265)
print(94906265 * -94906265)
print(4294967296 * 2097151)
print(9007199254740991 - 1, 9007199254740990 + 1)
print(-9007199254740991 + 2, (4503599627370496 - 1) * 2 + 1)
print(123456789 * 72957973)
print(999999999 * 9007199)
print(2 ** 26 * 2 ** 26, (2 ** 26 + 1) * (2 ** 26 - 1))

# factorials up to 18! fit below 2**53
f = 1
for i in range(1, 19):
    f = f * i
    print(i, f, f % 1000003, f // 3)

# triangular numbers of big n
n = 94906264
print(n * (n + 1) // 2)
print(n * n, n * n + n)

# products mod a prime, staying exact
m = 94906249
acc = 1
for i in range(1, 40):
    acc = (acc * 94906000 + i) % m
print(acc)
