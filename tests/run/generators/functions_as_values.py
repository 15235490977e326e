# Functions passed as arguments, returned from functions, stored in containers, chosen at run time.
def double(x):
    return x * 2


def negate(x):
    return -x


def apply_twice(f, x):
    return f(f(x))


def apply_all(fs, x):
    return [f(x) for f in fs]


def make_multiplier(k):
    def mul(x):
        return x * k
    return mul


def pick(name):
    if name == "double":
        return double
    if name == "negate":
        return negate
    return make_multiplier(10)


print(apply_twice(double, 3), apply_twice(negate, 3), apply_twice(make_multiplier(3), 2))
print(apply_all([double, negate, make_multiplier(5)], 7))
table = {"d": double, "n": negate, "t": make_multiplier(3)}
print([table[k](4) for k in "dntd"])
for name in ["double", "negate", "other"]:
    f = pick(name)
    print(name, f(6))
op = double
op = negate if op(1) > 1 else double
print(op(5))


def reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc


def plus(a, b):
    return a + b


def times(a, b):
    return a * b


def bigger(a, b):
    return a if a > b else b


print(reduce(plus, list(range(1, 11)), 0), reduce(times, list(range(1, 11)), 1), reduce(bigger, [3, 9, 2], 0))
