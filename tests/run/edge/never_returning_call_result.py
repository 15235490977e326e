# The result of calls that never return normally (infinite recursion ending in
# RecursionError; division by zero) used in later code.
def forever(n):
    return forever(n + 1)

def crash(n):
    return n // (n - n)

def choose(k):
    if k > 0:
        return k
    return crash(k)

print(choose(3))
v = forever(0)
print("never printed", v)
