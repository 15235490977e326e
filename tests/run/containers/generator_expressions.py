# Generator expressions consumed by sum, min, max, any, all, sorted, join, list, set and for.
nums = [4, -2, 7, 0, 9, -5, 3]
print(sum(x * x for x in nums), sum(x for x in nums if x > 0))
print(min(abs(x) for x in nums), max(x % 4 for x in nums))
print(any(x > 8 for x in nums), all(x > -10 for x in nums), any(x > 100 for x in nums))
print(sorted((x for x in nums if x % 2), reverse=True))
print(",".join(str(x) for x in nums))
print(list(c * 2 for c in "abc"), set(x % 3 for x in nums), sorted(x for x in range(3)))
g = (i * 10 for i in range(4))
for v in g:
    print("got", v)
print(list(g))
lines = ["a=1", "b = 22", "  c=333 "]
parsed = dict((p[0].strip(), int(p[1])) for p in (ln.split("=") for ln in lines))
print(parsed)
total = sum(sum(row) for row in [[1, 2], [3, 4], [5]])
print(total)
print(max((len(w), w) for w in "the quick brown fox jumps".split()))
print(sum(1.0 / (k * k) for k in range(1, 1000)))
