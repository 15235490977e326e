# A module-level call of a function whose `def` has not run yet is a
# NameError in CPython, even if the function is defined later in the file.
def a(n):
    return b(n) + 1

print("start")
print(a(1))
def b(n):
    return n * 2

print(a(2))
