# Bitwise operators on negative ints (two's complement, infinite precision).
print(-5 & 3, -5 | 3, -5 ^ 3)
print(5 & -3, 5 | -3, 5 ^ -3)
print(-5 & -3, -5 | -3, -5 ^ -3)
print(~5, ~-5, ~0, ~-1)
print(-1 & 255, -256 & 255, -255 & 255)
print(-1 >> 1, -1 >> 10, -1 >> 100, -2 >> 1)
print(-16 >> 2, -17 >> 2, -15 >> 2, 17 >> 2)
print(-3 << 2, -1 << 20, -7 << 0)
print(0 & -1, 0 | -1, 0 ^ -1)

n = -100
while n <= 100:
    print(n, n & 15, n | 15, n ^ 15, n >> 3, ~n)
    n += 37

# x & -x isolates the lowest set bit
v = 1
for i in range(1, 20):
    low = i & -i
    print(i, low, i ^ low, i & (i - 1))
    v = v | low
print(v)
