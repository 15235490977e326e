def outer(n):
    def inner(m):
        return m + 1
    return n * 2

print(outer(3))
