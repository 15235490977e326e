# Conditional expressions, and/or returning operands, truthiness of containers and strings.
def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"


print([sign(v) for v in [-3, 0, 4]])
name = ""
print(name or "anonymous", "given" or "x", "" and "never", "a" and "b")
items = []
print(items or [0], [1] or [2], len(items or [9, 9]))
count = 0
print(count or 42, 7 or 0, 0 and 5, 3 and 0)
print([bool(v) for v in [0, 1, 2]], [bool(s) for s in ["", "x"]], [bool(l) for l in [[], [0]]])
d = {}
print("empty dict" if not d else "has keys", "non-empty" if {"a": 1} else "empty")
x = 15
label = "fizzbuzz" if x % 15 == 0 else ("fizz" if x % 3 == 0 else "buzz" if x % 5 == 0 else str(x))
print(label)
a = None
b = a if a is not None else "fallback"
print(b)
