# Lambdas: as sort keys, stored in variables, lists and dicts, immediately called, with defaults.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda s: s[::-1])("lambda"))
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "max": lambda a, b: a if a > b else b,
}
for name in ["+", "-", "*", "max"]:
    print(name, ops[name](7, 3))
pipeline = [lambda v: v + 1, lambda v: v * 2, lambda v: v - 3]
v = 5
for f in pipeline:
    v = f(v)
print(v)
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0])), min(people, key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
counter = [0]
bump = lambda: counter.append(counter[-1] + 1)
bump()
bump()
print(counter)
