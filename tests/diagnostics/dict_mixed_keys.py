# Out of the subset: a dict whose keys do not unify (str written, then int).
table = {}
table["one"] = 1
table[2] = 2  # <-- error
print(len(table))
