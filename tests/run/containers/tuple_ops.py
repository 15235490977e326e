# Tuples: indexing, slicing, comparison, concatenation, count/index, as dict keys, hashing.
t = (3, 1, 4, 1, 5)
print(t, t[0], t[-1], t[1:3], len(t), t.count(1), t.index(4), 5 in t, 9 in t)
u = t + (9, 2)
print(u, u[:2] * 3, len(u * 2))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 9, 9), (1, 2) == (1, 2), () < (0,))
single = (42,)
empty = ()
print(single, empty, len(single), len(empty))
pt = (2.5, "north", True)
print(pt, pt[1].upper())
dist = {}
dist[(0, 0)] = 0
dist[(0, 1)] = 1
dist[(1, 1)] = 2
print(dist, dist[(0, 1)], (1, 1) in dist)
nested = ((1, 2), (3, (4, 5)))
print(nested, nested[1][1][0])
pairs = [(i, i * i) for i in range(4)]
print(pairs, max(pairs), min(pairs, key=lambda p: -p[1]))
a, b, c = (7, 8, 9)
print(a + b + c)
names = ("x", "y")
print(names, str(names), repr(("it's",)))
