# On the JS backend ints are exact up to 2**53 - 1; any result beyond raises
# OverflowError instead of silently losing precision (CPython would go on).
big = 2 ** 52
print(big + (big - 1))
print(-(big + (big - 1)))
n = 1
steps = 0
while True:
    n = n * 3
    steps += 1
    print(steps, n)
