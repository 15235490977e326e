# enumerate (with start) and zip (two and three iterables, unequal lengths).
names = ["ann", "bob", "cy"]
ages = [31, 25, 47, 99]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n)
for i, c in enumerate("xyz", start=-1):
    print(i, c)
print(list(enumerate(names)), list(enumerate([], 5)))
for n, a in zip(names, ages):
    print(n, a)
print(list(zip(names, ages)), list(zip("ab", range(10), [1.5, 2.5, 3.5])))
print(dict(zip(names, ages)), list(zip([], names)))
scores = {"ann": [3, 4], "bob": [5]}
for idx, (who, pts) in enumerate(scores.items()):
    print(idx, who, pts, sum(pts))
va = [1, 2, 3]
vb = [10, 20, 30]
print([x * y for x, y in zip(va, vb)], sum(x * y for x, y in zip(va, vb)))
for i, (x, y) in enumerate(zip(va, vb[1:])):
    print(i, x, y)
words = "one two three four".split()
print([(i, w[0]) for i, w in enumerate(words) if i % 2 == 0])
print(list(zip(words, words[1:])))
e = enumerate("ab")
print(next(e), next(e), next(e, (-1, "?")))
