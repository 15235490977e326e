# Bitwise operations above 32 bits (must not truncate to int32).
print((1 << 40) | 5)
print(-(2 ** 45) >> 3)
print(~(2 ** 50))
print(1 << 31, 1 << 32, 1 << 33, 1 << 52)
print((1 << 31) | 1, (1 << 32) - 1, 0xFFFFFFFF & -1)
print(-(1 << 31) >> 1, -(1 << 31) - 1, ~0xFFFFFFFF)
print((2 ** 32 + 7) >> 1, (2 ** 32 + 7) & 7, (2 ** 32 + 7) ^ 2 ** 32)
print((2 ** 50 + 12345) ^ (2 ** 49 + 999))
print((2 ** 50 + 12345) & (2 ** 49 + 2 ** 50 + 4095))
print(-1 & (2 ** 52 - 1))
print(-(2 ** 50) & 0xFFFF, -(2 ** 50) | 0xFFFF)
print(-(2 ** 50) ^ -(2 ** 51))
print((1 << 52) >> 50, (1 << 52) >> 52, (1 << 52) >> 53)
print(0x123456789AB & 0xFFFFFF, 0x123456789AB >> 24)
print(0x10000000000 | 0x0000FFFF0000)

mask = (1 << 48) - 1
x = 0x0123456789AB
for k in range(0, 48, 8):
    print(k, (x >> k) & 255, ((x & (mask >> k)) << k) >> 8)

acc = 0
for i in range(0, 53, 4):
    acc = acc | (1 << i)
print(acc, acc >> 26, acc & -acc, ~acc)
