# Generator functions driven by for, next() and list(); laziness and exhaustion.
def count_up(n):
    print("  gen start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  gen end")


g = count_up(3)
print("created")
print(next(g))
print(next(g))
for v in g:
    print("for got", v)
print(list(g), next(g, -1))
print(list(count_up(2)))
print(sum(count_up(4)))


def squares(xs):
    for x in xs:
        yield x * x


print(list(squares([1, 2, 3])), max(squares(list(range(-5, 3)))), sorted(squares([3, -1, 2])))


def pairs(s):
    for i in range(len(s) - 1):
        yield s[i], s[i + 1]


for a, b in pairs("abcd"):
    print(a + b, end=" ")
print()


def early_return(xs):
    for x in xs:
        if x < 0:
            return
        yield x


print(list(early_return([3, 4, -1, 5])), list(early_return([])))
