def scale(v, factor=2):
    return v * factor

print(scale(3, factor=4))
print(scale(3, fctor=4))  # <-- error
