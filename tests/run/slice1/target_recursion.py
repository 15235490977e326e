# RPython target form with recursive helpers and float output.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def power_sum(x, n):
    if n == 0:
        return 1.0
    return 1.0 + x * power_sum(x, n - 1)

def entry_point(argv):
    n = 20 + len(argv)
    print("fib", n, "=", fib(n))
    for k in range(0, 25, 6):
        print(k, power_sum(0.5, k), f"{power_sum(1.5, k):.4f}")
    if fib(10) != 55:
        return 1
    return 0

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
