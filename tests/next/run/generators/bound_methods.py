# Bound methods as values: stored, passed as callbacks, used as sort keys.
class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0

    def hit(self):
        self.n += 1
        return self.n

    def add(self, k):
        self.n += k
        return self.n


class Scale:
    def __init__(self, factor):
        self.factor = factor

    def apply(self, x):
        return x * self.factor


a = Counter("a")
b = Counter("b")
hits = [a.hit, b.hit, a.hit]
print([h() for h in hits], a.n, b.n)
adder = b.add
adder(10)
adder(5)
print(b.n)


def run_callbacks(cbs, arg):
    return [cb(arg) for cb in cbs]


print(run_callbacks([Scale(2).apply, Scale(-1).apply, Scale(10).apply], 7))
s3 = Scale(3)
print(sorted([5, -2, 4], key=s3.apply), max([1, 2, 3], key=Scale(-1).apply))
words = ["b", "a", "c"]
push = words.append
push("d")
push("e")
print(words)
lookup = {"x": 1, "y": 2}.get
print(lookup("x"), lookup("z", 0))
up = "hello".upper
print(up(), "{}-{}".format("a", "b"))
