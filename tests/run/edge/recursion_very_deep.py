# 100000-deep recursion: RecursionError, with output before it flushed.
def down(n, acc):
    if n == 0:
        return acc
    return down(n - 1, acc + n)

for i in range(5):
    print("line", i)
print(down(100, 0))
print(down(100000, 0))
print("never printed")
