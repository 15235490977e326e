# Starred targets in assignments and for loops.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcde"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *b = (9,)
print(a, b)
for x, *ys in [[1, 2, 3], [4, 5, 6, 7]]:
    print(x, ys, sum(ys))
