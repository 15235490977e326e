# Closures: counters with nonlocal, closures over parameters, recursion through a
# nested function, lambdas over locals, generators with state, lazy genexps.
def make_counter(start):
    count = start

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


c1 = make_counter(10)
c2 = make_counter(100)
print(c1(1), c1(2), c2(5), c1(3), c2(5))


def adders(n):
    out = []
    for k in range(n):
        out.append(lambda x, k=0: x + k)
    base = n * 10
    f = lambda x: x + base
    return out, f


fs, g = adders(3)
print([h(1) for h in fs], g(5))


def tree_sum(children, root):
    total = 0

    def walk(node, depth):
        nonlocal total
        total += node * depth
        for child in children.get(node, []):
            walk(child, depth + 1)

    walk(root, 1)
    return total


print(tree_sum({1: [2, 3], 3: [4]}, 1))


def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


print(list(fib_gen(100)), sum(fib_gen(1000)))
squares = (x * x for x in fib_gen(50) if x % 2 == 1)
print(next(squares), list(squares))


def pipeline(xs):
    doubled = (x * 2 for x in xs)
    return [y + 1 for y in doubled if y > 2]


print(pipeline([1, 2, 3, 4]))
