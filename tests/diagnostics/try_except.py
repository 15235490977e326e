x = 0
try:  # <-- error
    x = 10 // 2
except ZeroDivisionError:
    x = -1
print(x)
