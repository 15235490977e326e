# global statements in functions; nonlocal in nested functions; shadowing rules.
counter = 0
names = []
mode = "init"


def bump():
    global counter
    counter += 1
    return counter


def set_mode(m):
    global mode
    old = mode
    mode = m
    return old


def add_name(n):
    names.append(n)


def shadow():
    counter = 100
    return counter


bump()
bump()
print(counter, shadow(), counter)
print(set_mode("run"), mode, set_mode("stop"), mode)
add_name("a")
add_name("b")
print(names)


def make_ids(prefix):
    n = 0

    def next_id():
        nonlocal n
        n += 1
        return prefix + str(n)

    def peek():
        return n

    return next_id, peek


nid, peek = make_ids("id")
print(nid(), nid(), peek(), nid(), peek())


def outer():
    total = 0

    def add(k):
        nonlocal total
        total += k

    for i in range(5):
        add(i)
    return total


print(outer())


def create_global():
    global created
    created = "made in function"


create_global()
print(created)
