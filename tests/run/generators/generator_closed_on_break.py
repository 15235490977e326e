# A generator made for a for loop alone is closed when the loop is left early
# (break or return): its finally clause runs then, as in CPython. One stored in a
# variable is not closed: it can go on.
def gen(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("cleanup", tag)


for x in gen("a"):
    if x == 2:
        break
print("after a")


def first_big(limit):
    for x in gen("b"):
        if x > limit:
            return x
    return -1


print(first_big(1))
g = gen("c")
for x in g:
    if x == 1:
        break
print("paused", next(g))
print("rest", list(g))
print(sum(x for x in gen("d")))
print("end")
