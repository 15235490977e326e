# Tuple/list unpacking in assignments and for loops, including nested patterns.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = "hi"
print(m, n)
for i, (k, v) in enumerate([("a", 1), ("b", 2), ("c", 3)]):
    print(i, k, v)
for i, (name, (lo, hi)) in enumerate(zip(["x", "y"], [(0, 5), (-2, 2)])):
    print(i, name, lo, hi, hi - lo)
points = [(1, 2), (3, 4), (5, 6)]
sx = 0
sy = 0
for px, py in points:
    sx += px
    sy += py
print(sx, sy)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
table = [[1, 2, 3], [4, 5, 6]]
for c1, c2, c3 in table:
    print(c1 * c2 * c3)
def divmod_pair(n, d):
    return n // d, n % d
qq, rr = divmod_pair(47, 5)
print(qq, rr)
fib_a, fib_b = 0, 1
for _ in range(10):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a, fib_b)
lst = [5, 6, 7]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 2, 99
print(i, lst)
