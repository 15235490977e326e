def outer(n):
    def inner(m):  # <-- error
        return m + 1
    return n * 2

print(outer(3))
