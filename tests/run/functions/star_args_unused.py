def total(*values):
    return 0

print(total(1, 2, 3))
