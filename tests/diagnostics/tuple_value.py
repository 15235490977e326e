a, b = 1, 2
print(a, b)
t = (1, 2)  # <-- error
print(t)
