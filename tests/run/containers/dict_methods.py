# dict: get, items, keys, values, setdefault, update, pop, popitem, in, len, copy, clear.
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], d.get("four"), d.get("four", 4), d.get("one", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print("one" in d, "ten" in d, "ten" not in d, 2 in d.values())
print(d.setdefault("two", 20), d.setdefault("five", 5), d)
d.update({"one": 100, "six": 6})
print(d)
print(d.pop("six"), d.pop("nine", -1), d)
print(d.popitem(), d)
e = d.copy()
e["zero"] = 0
print(d == e, len(d), len(e))
for k, v in e.items():
    print(k, "->", v)
total = 0
for v in e.values():
    total += v
print("total", total)
keys = []
for k in e:
    keys.append(k)
print(keys)
e.clear()
print(e, bool(e), bool(d))
sq = {}
for i in range(6):
    sq[i] = i * i
print(sq, sq[5], max(sq), min(sq.values()))
inv = {v: k for k, v in sq.items()}
print(inv)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(dict(sorted(counts.items())))
print({1: "a"} == {1: "a"}, {1: "a"} == {1: "b"}, {1: 2, 3: 4} == {3: 4, 1: 2})
