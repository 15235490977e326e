# iter() and next() with and without defaults over lists, strings, dicts, ranges, generators.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, None), next(it, 42))
s = iter("hi")
print(next(s), next(s), next(s, "<end>"))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
r = iter(range(10, 13))
for v in r:
    print("range", v)
print(next(r, -1))
it2 = iter([5, 6, 7, 8])
first = next(it2)
rest = list(it2)
print(first, rest, list(it2))
lines = iter(["header", "a", "b", "", "c"])
header = next(lines)
body = []
for line in lines:
    if not line:
        break
    body.append(line)
print(header, body, list(lines))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration caught")
pairs = iter([(1, "x"), (2, "y")])
n, c = next(pairs)
print(n, c, next(pairs, (0, "")))
