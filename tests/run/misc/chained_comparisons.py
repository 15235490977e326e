# Chained comparisons, including containers, `in`, `is`, and evaluation-once semantics.
x = 5
print(1 < x < 10, 1 < x > 4, 10 > x >= 5 > 0, 1 < x < 3, x == 5 == 5.0)
a = [1, 2]
b = [1, 2]
c = [1, 3]
print(a == b < c, a < c <= [1, 3], a is not b == c, [] < a < c < [2])
print("a" < "b" < "c", "b" in "abc" in "xabcx", 2 in a in [a, c], 3 in a in [a])
calls = []


def val(n):
    calls.append(n)
    return n


print(val(1) < val(2) < val(3), calls)
calls.clear()
print(val(3) < val(2) < val(1), calls)
calls.clear()
print(val(1) < val(5) > val(2) != val(2), calls)
t1 = (1, "a")
t2 = (1, "b")
print(t1 < t2 <= (1, "b") < (2, ""), (0, 0) <= (0, 0) < (0, 1))
lo, hi = 0, 100
vals = [-5, 0, 50, 100, 101]
print([lo <= v < hi for v in vals], [v for v in vals if not lo < v < hi])
d = {"k": [1, 2, 3]}
print(2 in d["k"] != [], "k" in d, "z" not in d, 0 < len(d["k"]) in [3])
