x = 5
y = x + 1
z = x(3)  # <-- error
print(y)
