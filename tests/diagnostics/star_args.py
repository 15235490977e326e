def total(*values):  # <-- error
    return 0

print(total(1, 2, 3))
