# range objects: len, indexing, slicing, membership, negative steps, empty ranges, equality.
r = range(3, 20, 4)
print(list(r), len(r), r[0], r[-1], r[2], 7 in r, 8 in r, r.index(15), r.count(11))
print(list(range(10, 0, -3)), len(range(10, 0, -3)), list(range(0)), len(range(5, 5)), list(range(-3)))
print(list(r[1:3]), list(r[::-1]), list(range(10)[::3]))
print(range(4) == range(0, 4), range(0) == range(5, 2), sum(range(0, 1000, 7)))
big = range(0, 2 ** 50, 3)
print(len(big), big[-1], (2 ** 50 - 1) in big)
total = 0
for i in range(100, 0, -7):
    total += i
print(total, max(range(-5, 5)), min(range(-5, 5)))
