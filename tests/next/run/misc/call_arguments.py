# Defaults, keyword arguments, *args of one type, and a call spreading a list.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


def describe(label, *values):
    return label + ": " + ", ".join(values)


def box(width, height=None):
    if height is None:
        height = width
    return width * height


print(greet("ann"), greet("bob", "Hi"), greet("cy", punct="?"), greet(greeting="Yo", name="dee"))
print(total(), total(1), total(1, 2, 3), total(*[4, 5, 6]), total(*range(5)))
print(describe("fruits", "apple", "pear"), describe("none"))
print(box(3), box(3, 4), box(width=2, height=5))


def accumulate(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


print(accumulate(1), accumulate(2), accumulate(3, [0]))


def shared(x, acc=[]):
    acc.append(x)
    return len(acc)


print(shared(1), shared(2), shared(3))
args = [3, 1, 2]
print(max(*args), min(*args), "-".join(["a", "b"]))
