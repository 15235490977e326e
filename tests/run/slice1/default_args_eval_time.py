# Default values are evaluated once, when the def statement runs.
LIMIT = 10
NAME = "first"

def bounded(v, limit=LIMIT):
    return v if v < limit else limit

def label(v, tag=NAME + "!"):
    return tag + str(v)

print(bounded(5), bounded(50), label(1))
LIMIT = 3
NAME = "second"
print(bounded(5), bounded(50), label(2), LIMIT, NAME)
print(bounded(5, LIMIT), label(3, NAME))

def scaled(x, factor=2 ** 10, offset=-(3 * 4)):
    return x * factor + offset

print(scaled(1), scaled(2, offset=0), scaled(3, 1))

def fmt(x, width=4 + 4, fill="*" * 2):
    return fill + f"{x:>{width}}" + fill

print(fmt(7), fmt(8, 3), fmt(9, fill="-"))
