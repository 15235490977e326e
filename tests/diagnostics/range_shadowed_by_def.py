# A module-level function named `range` shadows the builtin in the loop below
# (it returns an int, which is not iterable).
print("start")

def range(n):  # <-- error
    return n * 2

print(range(4))
for i in range(3):
    print("never", i)
