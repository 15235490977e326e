# yield from: delegating to sub-generators, recursive tree walks, flattening.
def inner(tag, n):
    for i in range(n):
        yield f"{tag}{i}"


def outer():
    yield "start"
    yield from inner("a", 2)
    yield from inner("b", 3)
    yield "end"


print(list(outer()))


class Tree:
    def __init__(self, value, children):
        self.value = value
        self.children = children


def walk(t, depth):
    yield (depth, t.value)
    for c in t.children:
        yield from walk(c, depth + 1)


def leaves(t):
    if not t.children:
        yield t.value
    for c in t.children:
        yield from leaves(c)


tree = Tree("root", [Tree("a", [Tree("a1", []), Tree("a2", [])]), Tree("b", []), Tree("c", [Tree("c1", [Tree("c11", [])])])])
for depth, v in walk(tree, 0):
    print("  " * depth + v)
print(list(leaves(tree)))


def flatten(nested):
    for item in nested:
        yield from item


print(list(flatten([[1, 2], [], [3], [4, 5, 6]])))


def chain_ranges():
    yield from range(3)
    yield from [10, 11]
    yield from (x * 100 for x in range(2))


print(list(chain_ranges()))


def delegate_with_result():
    total = yield from summing([1, 2, 3])
    yield total * 10


def summing(xs):
    s = 0
    for x in xs:
        yield x
        s += x
    return s


print(list(delegate_with_result()))
