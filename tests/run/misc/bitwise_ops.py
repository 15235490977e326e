# Bitwise operators on non-negative and negative ints (exact, not 32-bit), popcount, masks.
a = 0b1100_1010
b = 0b1010_0110
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -a >> 2, -1 >> 10, -(2 ** 40) >> 3)
print(2 ** 40 | 1, (2 ** 52) & (2 ** 52 - 1), (2 ** 45 + 7) ^ 5, ~(2 ** 50), 1 << 52)
print(-5 & 0xFF, -5 | 2, -5 ^ -3, -256 & -257, ~0, ~-1)


def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c


print([popcount(i) for i in range(17)], popcount(2 ** 52 - 1))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC), flags & ~READ)


def gray(n):
    return n ^ (n >> 1)


print([bin(gray(i)) for i in range(8)])
subsets = []
items = ["a", "b", "c"]
for mask in range(1 << len(items)):
    subsets.append("".join(items[i] for i in range(len(items)) if mask >> i & 1))
print(subsets)
x = 0x123456789AB
print(hex(x & 0xFFF), hex((x >> 12) & 0xFFFF), hex(x ^ (x >> 7)), (x * 31) & 0xFFFFFFFF)
