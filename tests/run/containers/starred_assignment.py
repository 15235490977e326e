first, *rest = [1, 2, 3, 4]
*init, last = "hello"
a, *mid, z = range(6)
print(first, rest, init, last, a, mid, z)
for head, *tail in [(1, 2, 3), (4, 5, 6)]:
    print(head, tail)
try:
    p, q, *r = [1]
except ValueError as e:
    print("ValueError", e)


def split(xs):
    h, *t = xs
    return h, t


print(split([7, 8, 9]))
