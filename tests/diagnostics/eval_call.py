a = 2
b = eval("1 + a")  # <-- error
print(a, b)
