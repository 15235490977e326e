# Dicts iterate in insertion order; re-inserting after delete moves a key to the end;
# updating an existing key keeps its position.
d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = k * 10
print(list(d), d)
d[3] = 333
print(list(d))
del d[5]
d[5] = 55
print(list(d), d)
d.update({1: -1, 2: -2})
print(d)
e = {k: v for k, v in d.items() if v > 0}
print(e)
words = "the cat sat on the mat the end".split()
first_seen = {}
for i, w in enumerate(words):
    if w not in first_seen:
        first_seen[w] = i
print(first_seen)
print(list(first_seen.items())[:3])
m = dict(zip("abc", [1, 2, 3]))
m.pop("a")
m["a"] = 4
print(m, list(m.values()))
