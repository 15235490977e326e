def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


def describe(label, *values):
    return label + ": " + ", ".join(values) + " " + str(len(values))


def show(first, *rest):
    print(first, rest, len(rest))
    if rest:
        show(rest[0])


print(total(), total(1), total(1, 2, 3))
print(describe("fruits", "apple", "pear"), describe("none"))
show(1, 2, 3)
show("a")
