# range() with a step so large that stepping past the last element would
# leave the exact int range: CPython never computes that value.
big = 9007199254740990
for i in range(0, big + 1, big):
    print("up", i)
for i in range(big, -big - 1, -big):
    print("down", i)
for i in range(big - 5, big + 1, 4):
    print("near", i)
n = 0
for i in range(-big, big, big // 2):
    n += 1
print("count", n)
print("done")
