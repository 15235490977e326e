# Exactly at CPython's recursion limit (1000 frames including <module>):
# depth(998) fits, depth(999) raises RecursionError.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(998))
print(depth(999))
print("never printed")
