def check(n):
    if n < 0:
        raise ValueError("negative")  # <-- error
    return n * 2

print(check(3))
