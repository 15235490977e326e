x = 5
y = x + 1
print(x.real)  # <-- error
print(y)
