def countdown(n):
    while n > 0:
        yield n  # <-- error
        n -= 1

print("start")
