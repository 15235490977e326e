# Assigning a name anywhere in a function makes it local everywhere in the
# function: reading it before the assignment is UnboundLocalError, even though a
# global with the same name exists.
total = 100

def uses_global():
    return total + 1

def shadows(n):
    if n > 5:
        total = n
    return total

print(uses_global())
print(shadows(9))
print(shadows(2))
