# del of list items and slices, dict keys; remove while iterating over a copy.
xs = [10, 20, 30, 40, 50, 60, 70]
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[1:3]
print(xs)
del xs[:]
print(xs, len(xs))
ys = list(range(20))
for v in ys[:]:
    if v % 3 == 0:
        ys.remove(v)
print(ys)
i = 0
while i < len(ys):
    if ys[i] % 2 == 0:
        del ys[i]
    else:
        i += 1
print(ys)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
del grid[1][0]
del grid[0]
print(grid)
d = {"a": 1, "b": 2, "c": 3, "d": 4}
del d["b"]
print(d)
for k in list(d.keys()):
    if d[k] > 2:
        del d[k]
print(d)
d["b"] = 5
print(d, list(d))
