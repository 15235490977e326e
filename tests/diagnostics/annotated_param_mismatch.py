def scale(x: float) -> float:
    return x * 2.0


print(scale(1.5))
print(scale(3))  # <-- error
