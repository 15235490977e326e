# Closures capturing variables; nonlocal rebinding; independent closure instances.
def make_counter(start):
    count = start

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


c1 = make_counter(0)
c2 = make_counter(100)
print(c1(1), c1(1), c2(10), c1(5), c2(-1))


def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return len(items)

    def total():
        return sum(items)

    return add, total


add, total = make_accumulator()
add(3)
add(4)
print(add(5), total())


def outer():
    x = "outer"

    def middle():
        nonlocal x
        x = "middle"

        def inner():
            nonlocal x
            x = x + "+inner"
            return x

        return inner()

    r = middle()
    return r, x


print(outer())


def adders():
    fs = []
    for i in range(3):
        def f(x, i=i):
            return x + i
        fs.append(f)
    return fs


print([f(10) for f in adders()])


def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return [f(10) for f in fs]


print(late_binding())


def memoize_fib():
    cache = {}

    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r

    return fib


fib = memoize_fib()
print(fib(70), fib(10))
