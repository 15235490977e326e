# reversed() over lists, strings, ranges and tuples; sorted() over any iterable.
xs = [3, 1, 2]
print(list(reversed(xs)), xs, "".join(reversed("stressed")), list(reversed(range(5))))
print(list(reversed((1, 2, 3))), list(reversed(range(10, 0, -3))))
for i in reversed(range(3)):
    print("rev", i)
r = reversed([7, 8])
print(next(r), next(r), next(r, 0))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted("banana"), sorted(range(5), reverse=True))
print(sorted((2, 9, 4)), sorted({5, 1, 4}), sorted([], reverse=True))
print(sorted(["b", "A", "c"], key=str.upper), sorted([-2, 1, -3], key=abs, reverse=True))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1]))
print(sorted(d.values(), reverse=True), list(reversed(sorted(d))))
