# Set iteration order follows CPython 3.11's table: probing, resizes, dummies
# left by deletions and reused by additions, pop's finger, the set algebra's
# choice of which set to walk, and displays of constants built from a frozenset.
a = set()
for x0 in [8, 1, 9, 17, 25, 33]:
    a.add(x0)
print(a, set(a), len(a))
b = set()
b |= a
print(b)
c = {2}
c.update(a)
print(c)
print({(1, 2), (3, 4), (0, 9), (8, 8)})
t = {(i, i * 2) for i in range(6)}
print(t, set(t))

# negative ints: hash(-1) == hash(-2) == -2
n = set()
for v in [-1, -2, -3, 5, -8, 1099511627776, -4503599627370496, 9007199254740991, -9007199254740991]:
    n.add(v)
print(n)
print({-1, -2, -3, 5, -8, 1099511627776, -4503599627370496, 9007199254740991})
print({-1, -2}, {-2, -1}, {-2, -1, 7}, {-1, -2, 8})

# deletions leave dummies; additions reuse the last dummy on the probe path
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
print(s)
for i in range(200, 230):
    s.add(i)
print(s)
r = {0, 8, 16, 24}
r.discard(8)
r.discard(16)
r.add(32)
r.add(16)
print(r)

# pop starts where the last pop stopped
p = {5, 13, 21, 29, 37}
print(p.pop(), p.pop(), p)
p.add(5)
print(p.pop(), p)
pp = set(range(0, 80, 8))
out = []
while pp:
    out.append(pp.pop())
    if len(out) == 3:
        pp.add(3)
print(out)

# algebra
x = {1, 2, 3, 4, 5, 6}
y = {4, 5, 6, 7, 8, 9, 100}
print(x | y, x & y, x - y, y - x, x ^ y, y ^ x)
print(x.union(y), x.intersection(y), x.difference(y), x.symmetric_difference(y))
print(x <= y, x < y, {4, 5} < y, {4, 5} <= y, y > {4}, x == {6, 5, 4, 3, 2, 1}, x != y)
print(x.issubset(y), x.issuperset({1, 2}), x.isdisjoint({10, 11}), x.isdisjoint(y))
z = set(x)
z &= y
print(z)
z = set(x)
z -= y
print(z)
z = set(x)
z ^= y
print(z)
z = set(x)
z.intersection_update({64, 1, 6, 33})
z.difference_update({6})
z.symmetric_difference_update({9, 1, 17})
print(z)
big = set(range(1000))
small = {3, 999, 5000}
print(big & small, small & big, small - big, len(big - small))
big -= small
print(len(big), 3 in big, 4 in big)
tiny = {7, 15}
tiny -= set(range(0, 400, 1))
print(tiny)
u = set(range(40))
u -= set(range(0, 40, 2))
print(u)

zf = {0.5, 1.5, 2.0, 1e100, 0.1}
print(zf)
zf.add(-0.0)
zf.add(0.0)
zf.add(-1.0)
zf.add(-2.0)
zf.add(2.5e-300)
print(zf, 0.0 in zf)
print({True, False}, {None}, set(), {(None, 1.5)})
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
try:
    {(1, 2)}.remove((3, 4))
except KeyError as e:
    print("KeyError", e, repr(e))
w = {1, 2, 3}
try:
    for v in w:
        w.add(v + 10)
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(w))
q = {1, 2, 3}
q.clear()
print(q, len(q))
q.add(7)
print(q, q.copy())
l = list({10, 3, 11, 19})
print(l, sorted({9, 2, 7}))
sc = {i * i % 17 for i in range(40)}
print(sc)
nested = {(i, (i % 3, i * 1.5)) for i in range(10)}
print(nested)
print(set([3, 1, 2, 3, 1]), set((7, 7, 15)), set(x * 8 for x in range(7)))
print(set(enumerate([4, 5, 6])))
