"""An RPython-style target: integer and float number crunching.

Runs under CPython as `python3 numeric.py`; pyrt runs `entry_point(argv)`
and exits with its return value.
"""

LIMIT = 20000


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
    count = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
    return count


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def longest_collatz(limit):
    best, best_n = 0, 1
    for n in range(1, limit):
        s = collatz_steps(n)
        if s > best:
            best, best_n = s, n
    return best_n


def leibniz_pi(terms):
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total


def checksum(limit):
    h = 0
    for i in range(limit):
        h = (h * 31 + i) & 0xFFFFFFFF
        h ^= h >> 13
    return h


def entry_point(argv):
    print(f"primes below {LIMIT}: {count_primes(LIMIT)}")
    n = longest_collatz(LIMIT)
    print(f"longest Collatz chain below {LIMIT} starts at {n} ({collatz_steps(n)} steps)")
    print(f"pi ~ {leibniz_pi(100000):.10f}")
    print("checksum:", hex_digits(checksum(100000)))
    return 0


def hex_digits(n):
    digits = "0123456789abcdef"
    if n == 0:
        return "0"
    s = ""
    while n > 0:
        s = digits[n % 16] + s
        n //= 16
    return s


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
