a = 2
exec("a = 3")  # <-- error
print(a)
