# A generator's return value is what `yield from` evaluates to; pyrt does not keep it yet.
def summing(xs):
    s = 0
    for x in xs:
        yield x
        s += x
    return s  # <-- error


def delegate():
    total = yield from summing([1, 2, 3])
    yield total * 10


print(list(delegate()))
