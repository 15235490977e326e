def describe(n):
    if n > 0:
        return n
    return "non-positive"

print(describe(3))
