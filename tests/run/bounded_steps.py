# Steps by one under a test that bounds them (the IR drops their overflow
# checks): counting up to the top of the int range JS keeps exact, down to its
# bottom, under <, <=, > and >= against variables and constants, and a step
# the test does not bound.
top = 9007199254740991  # 2**53 - 1


def up_to(n, start):
    i = start
    seen = []
    while i < n:
        i = i + 1
        seen.append(i)
    return seen


def down_to(n, start):
    j = start
    count = 0
    while j > n:
        j = j - 1
        count += 1
    return j, count


def meet(a, b):
    i, j = a, b
    while i < j:
        i += 1
        j -= 1
    return i, j


def capped(k):
    if k <= 5:
        return k + 1
    return k - 1


def not_bounded(x):
    if x >= 0:
        return x + 1
    return x - 1


print(up_to(top, top - 3))
print(down_to(-top, -top + 4))
print(meet(0, 11), meet(-7, 7), meet(top - 10, top))
print(capped(5), capped(-top), capped(top))
print(not_bounded(41), not_bounded(-41))
print(up_to(3, 5), down_to(5, 3))
