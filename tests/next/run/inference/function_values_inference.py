# Function values called through variables, containers and attributes; one signature each.
def inc(x):
    return x + 1


def dbl(x):
    return x * 2


def sq(x):
    return x * x


class Transformer:
    def __init__(self, f, name):
        self.f = f
        self.name = name

    def run(self, x):
        return self.f(x)


chosen = inc
for i in range(3):
    if i == 1:
        chosen = dbl
    elif i == 2:
        chosen = sq
    print(i, chosen(5))
ts = [Transformer(inc, "inc"), Transformer(dbl, "dbl"), Transformer(sq, "sq"), Transformer(lambda v: -v, "neg")]
for t in ts:
    print(t.name, t.run(7))
registry = {}
registry["inc"] = inc
registry["sq"] = sq
acc = 3
for key in ["inc", "sq", "inc"]:
    acc = registry[key](acc)
print(acc)
maybe_f = None
if acc > 10:
    maybe_f = dbl
if maybe_f is not None:
    print("maybe", maybe_f(acc))


def compose_all(fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run


print(compose_all([inc, dbl, sq])(2), compose_all([])(9))
