# A call that spreads a sequence into *args: its length is not known when translating.
def total(*values):
    s = 0
    for v in values:
        s += v
    return s


nums = [1, 2, 3]
print(total(*nums))  # <-- error
