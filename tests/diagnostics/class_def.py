x = 1
class Point:  # <-- error
    y = 2
print(x)
