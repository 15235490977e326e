# Ends with ZeroDivisionError raised deep in a call chain.
def level3(n):
    print("level3", n)
    return 100 % n

def level2(n):
    print("level2", n)
    return level3(n - 1) + 1

def level1(n):
    print("level1", n)
    return level2(n - 1) * 2

for start in range(5, 1, -1):
    print("result", level1(start))
print("never printed")
