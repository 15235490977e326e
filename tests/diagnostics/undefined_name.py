x = 1
print(x)
print(foo)  # <-- error
