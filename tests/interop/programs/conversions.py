import js

print(int(js.Number("42")), float(js.Number("2.5")), int("7"), int(js.parseInt("12px")))
print(str(js.Number.MAX_SAFE_INTEGER), js.undefined is None, js.Object is None)
print(bool(js.Object.new()), bool(""), bool(js.Number(0)), bool(js.String("x")))
a = js.Array.of(1, 2.5, "s", True, None)
print(repr(a[2]), a[3], a[4], len(a))
print([x for x in a])
try:
    int(js.Object.new())
except TypeError as e:
    print("TypeError:", e)
try:
    int(js.Number("nan"))
except ValueError as e:
    print("ValueError:", e)
s = js.Set.new()
s.add(1)
s.add(1)
s.add(2)
print(len(s), sorted([int(x) for x in s]))
m = js.Map.new()
m["k"] = "v"
print(m["k"], m.has("k"), len(m))
print(f"{js.Math.max(3, 9)} and {js.JSON.stringify([1, 2])}")
d = {"x": 1}
print(js.JSON.stringify(d), js.JSON.stringify([[1, 2], [3]]), js.JSON.stringify(js.Object.fromEntries(js.Array.of(js.Array.of("x", 1)))))
print(js.Object is js.Object, js.Object == js.Object, js.Object != js.Array)
