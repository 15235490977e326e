# CPython's default recursion limit is 1000: depth 900 works, depth 5000 raises
# RecursionError even though a JS engine's stack could go deeper.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(10))
print(depth(900))
print("going deep")
print(depth(5000))
print("never printed")
