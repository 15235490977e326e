total = 0
n = len([i * i for i in range(5)])  # <-- error
print(total, n)
