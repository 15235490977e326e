# Sets of ints: add, discard, remove, union, intersection, difference, symmetric difference,
# operators, subset tests. CPython's iteration order for small ints is deterministic.
a = {3, 1, 2}
print(a, len(a))
a.add(5)
a.add(1)
a.discard(2)
a.discard(42)
print(a)
a.remove(3)
print(a, 3 in a, 5 in a)
x = {1, 2, 3, 4, 5}
y = {4, 5, 6, 7}
print(x.union(y), x.intersection(y), x.difference(y), y.difference(x), x.symmetric_difference(y))
print(x | y, x & y, x - y, x ^ y)
print({1, 2} <= x, {1, 9} <= x, x >= {2, 3}, {1, 2}.issubset(x), x.issuperset({5}), x.isdisjoint({8, 9}))
z = set()
print(z, len(z), bool(z))
for i in range(10):
    z.add(i * i % 7)
print(z, sorted(z, reverse=True))
z |= {10, 11}
z &= {0, 1, 2, 10, 20}
print(z)
z -= {0}
print(z)
w = set([4, 4, 2, 2, 8])
print(w, w == {2, 4, 8}, w != {2, 4})
c = w.copy()
c.add(16)
print(w, c)
print(set(range(5)), {n % 4 for n in range(20)}, sorted({-3, 7, -1, 0}))
print({1.5, 0.25, 2.0}, {True, False}, {(1, 2), (0, 5)} == {(0, 5), (1, 2)})
u = x.union(y, {100})
print(sorted(u), max(u), min(u), sum(u))
p = {10, 20, 30}
v = p.pop()
print(len(p), v in {10, 20, 30})
