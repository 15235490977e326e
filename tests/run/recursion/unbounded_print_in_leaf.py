# print() in a leaf function under unbounded recursion.
def leaf(n):
    print(n)
def f(n):
    leaf(n)
    return f(n + 1)
f(1)
