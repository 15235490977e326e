# Calling a function directly before its `def` statement: NameError.
print("before")
print(compute_afterwards(3))

def compute_afterwards(x):
    return x + 1
