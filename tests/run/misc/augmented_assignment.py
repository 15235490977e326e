# Augmented assignment on names, attributes, subscripts, containers and strings.
n = 10
n += 5
n -= 3
n *= 4
n //= 5
n %= 7
n **= 3
n <<= 2
n >>= 1
n |= 1
n &= 0xFF
n ^= 0x0F
print(n)
f = 1.5
f *= 4
f /= 3
f -= 0.5
f **= 2
f //= 0.5
f %= 2.5
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
lst += [2, 3]
lst *= 2
print(lst)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st ^= {4, 5}
st -= {5}
print(st)
counts = {"x": 0}
counts["x"] += 5
counts["x"] *= 3
print(counts)
grid = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        grid[i][j] += i * 2 + j
        grid[i][j] **= 2
print(grid)


class P:
    def __init__(self):
        self.x = 1
        self.tags = ["a"]


p = P()
p.x += 41
p.tags += ["b"]
p.tags[0] += "!"
print(p.x, p.tags)
idx = [0]


def key():
    idx[0] += 1
    return 0


arr = [100]
arr[key()] += 1
print(arr, idx)
