# range() of a float is a TypeError in CPython (it does not truncate).
def half(n):
    return n / 2

print("start")
for i in range(3):
    print(i)
for j in range(half(5)):  # <-- error
    print("float loop", j)
print("never printed")
