# int ** negative int is a float in CPython.
def p(b, e):
    return b ** e

print(p(2, 10), p(-3, 3), p(7, 0))
print(p(2, -1))
print(p(-2, -3), p(10, -2))
