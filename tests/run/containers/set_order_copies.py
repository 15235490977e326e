# Set iteration order follows CPython's tables: set(s), s |= t and s.update(t) with a
# set copy or merge the table; displays of constants (folded arithmetic, tuples of
# constants) are built from a frozenset constant.
a = set()
for x in [8, 1, 9, 17, 25, 33]:
    a.add(x)
print(a, set(a))
b = set()
b |= a
print(b)
c = {2}
c.update(a)
print(c)
print({1 + 7, 1, 9, 17, 25, 33}, {2 * 4, 16 - 15, 9})
print({(1, 2), (3, 4), (0, 9), (8, 8)})
t = {(i, i * 2) for i in range(6)}
print(t, set(t))
