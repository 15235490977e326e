# Unbounded recursion that prints every level: CPython needs two more levels for print().
def f(n):
    print(n)
    return f(n + 1)
f(1)
