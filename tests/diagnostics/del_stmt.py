x = 5
y = x + 1
del x  # <-- error
print(y)
