x = 1
def f(:  # <-- error
    return x
print(x)
