# Prime testing and counting using only ints (no lists).
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

def count_primes(limit):
    c = 0
    for n in range(limit):
        if is_prime(n):
            c += 1
    return c

def nth_prime(k):
    n = 1
    while k > 0:
        n += 1
        if is_prime(n):
            k -= 1
    return n

def smallest_factor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            return d
        d += 1
    return n

print(count_primes(100), count_primes(1000), count_primes(10000))
print(nth_prime(1), nth_prime(10), nth_prime(100), nth_prime(1000))
line = ""
for n in range(90, 130):
    if is_prime(n):
        line = line + str(n) + " "
print(line)
n = 600851475143
fs = ""
while n > 1:
    f = smallest_factor(n)
    fs = fs + str(f) + " "
    n = n // f
print(fs)
print(is_prime(2147483647), is_prime(1000000007), is_prime(999999999989))
twins = 0
for p in range(3, 2000, 2):
    if is_prime(p) and is_prime(p + 2):
        twins += 1
print("twin pairs below 2000:", twins)
