# Out of the subset: a set whose element types do not unify (int and str).
seen = {1, 2}
seen.add("three")  # <-- error
print(len(seen))
