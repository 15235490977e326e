a = 1
n = len({"k": 1, "v": 2})  # <-- error
print(a, n)
