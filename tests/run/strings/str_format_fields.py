# str.format: automatic, positional and keyword fields, reuse, braces, conversions.
print("{} {} {}".format("a", 1, 2.5))
print("{0} {1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0}: {name} ({1})".format("id", 7, name="Eve"))
print("{{literal}} {} {{}}".format("value"))
print("{!r} {!s} {!r}".format("q", "q", 3))
print("{0!r:>10}|{1!s:<6}|".format("ab", 12))
point = (3, 4)
print("x={0[0]} y={0[1]}".format(point))
data = {"k": "5", "v": "w"}
print("k={0[k]} v={0[v]}".format(data))
items = ["zero", "one", "two"]
print("{0[2]} {0[0]}".format(items))


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1.5, -2)
print("P({0.x}, {0.y})".format(p), "{pt.x}/{pt.y}".format(pt=p))
template = "{greeting}, {who}!"
for g, w in [("Hello", "world"), ("Hi", "there")]:
    print(template.format(greeting=g, who=w))
print("{:d}".format(42), "{:s}".format("s"), "{}".format("list"))
