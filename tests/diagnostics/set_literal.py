a = 1
n = len({1, 2, 3})  # <-- error
print(a, n)
