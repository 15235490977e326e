# dict(name=value, ...) and tuple() of a list display or a string literal.
d = dict(a=1, b=2, c=3)
print(d, len(d), d["b"])
e = dict(x="one")
e["y"] = "two"
print(sorted(e.items()))
print(tuple([1, 2, 3]), tuple("ab"), tuple(), tuple(["x"]))
a, b, c = tuple([10, 20, 30])
print(a + b + c)
