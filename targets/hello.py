"""Hello from pyrt: a tiny script-mode program."""


def greet(name, punctuation="!"):
    return "Hello, " + name + punctuation


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(greet("pyrt"))
print(greet("CPython", punctuation="."))
for i in range(0, 60, 10):
    print(f"fib({i:2d}) = {fib(i):>15,}")
print(f"pi is about {355 / 113:.6f}; 0.1 + 0.2 = {0.1 + 0.2}")
