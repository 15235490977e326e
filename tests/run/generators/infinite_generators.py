# Infinite generators consumed partially: take-while loops, primes, Fibonacci, cycles.
def naturals(start):
    n = start
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals(2):
        is_prime = True
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                is_prime = False
                break
        if is_prime:
            found.append(n)
            yield n


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, gen):
    out = []
    for x in gen:
        if len(out) >= n:
            break
        out.append(x)
    return out


print(take(15, primes()))
print(take(20, fib()))
g = fib()
big = 0
for v in g:
    if v > 10 ** 12:
        big = v
        break
print(big, next(g), next(g))


def cycle(items):
    while True:
        for it in items:
            yield it


c = cycle(["r", "g", "b"])
print("".join(next(c) for _ in range(8)))
p = primes()
print([next(p) for _ in range(5)], next(p), next(p))
