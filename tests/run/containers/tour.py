def main():
    xs = [3, 1, 2]
    xs.append(5)
    ys = []
    for x in xs:
        ys.append(x * 2)
    print(xs, ys, len(ys))
    t = (1, "a", 2.5)
    print(t, t[1])
    a, b = 1, 2
    p, q = (b, a)
    print(p, q)
    zs = [x * x for x in range(5) if x % 2 == 0]
    print(zs, sum(zs), max(zs), min(zs))
    print(sorted([5, 2, 9]), list(reversed(xs)))
    for i, x in enumerate(xs):
        print(i, x)
    print(xs[1:3], xs[::-1], 3 in xs, 7 in xs)
    xs[0] = 10
    del xs[1]
    print(xs)
    print([[1, 2], [3]], [1.0, 2.5])
    s = "a,b,c"
    print(s.upper(), "x" in s)
    print(any(x > 4 for x in xs), all(x > 4 for x in xs))
    print(sum(x for x in range(10)))
main()
