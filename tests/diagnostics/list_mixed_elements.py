# Out of the subset: a list whose element types do not unify (int and str).
def describe(items):
    return len(items)


values = [1, "a"]  # <-- error
print(describe(values))
