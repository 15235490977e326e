x = 1.5
print(f"{x:.2f}")
print(f"{x:d}")
