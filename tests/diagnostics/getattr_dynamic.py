x = 5
name = "real"
v = getattr(x, name)  # <-- error
print(x, name)
