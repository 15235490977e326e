# A module-level function named like a builtin shadows it, but only after its
# `def` has run: the earlier call still uses the builtin.
print(len("abcd"), abs(-3))

def len(s):  # <-- error
    return 100

def abs(x):
    return x + 1000

print(len("abcd"), abs(-3))
