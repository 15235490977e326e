base = 10
inc = lambda v: v + 1  # <-- error
print(base)
