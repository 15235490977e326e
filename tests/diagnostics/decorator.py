x = 1

@staticmethod  # <-- error
def helper(n):
    return n + 1

print(x)
