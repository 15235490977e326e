# Recursive and iterative Fibonacci, factorial, power sums.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fib_iter(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def sum_digits(n):
    if n < 10:
        return n
    return n % 10 + sum_digits(n // 10)

def count_down(n):
    if n == 0:
        print("liftoff")
        return
    print(n, end=" ")
    count_down(n - 1)

for i in range(0, 21, 4):
    print(i, fib(i), fib_iter(i))
print(fib_iter(77), fib_iter(77) < 9007199254740991)
for i in range(1, 19, 3):
    print(i, fact(i), sum_digits(fact(i)))
count_down(7)
r = fib(18) + fact(10) - fib_iter(30)
print(r)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))
