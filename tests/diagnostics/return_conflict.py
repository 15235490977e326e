def describe(n):
    if n > 0:
        return n
    return "non-positive"  # <-- error

print(describe(3))
