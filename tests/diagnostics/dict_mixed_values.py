# Out of the subset: a dict whose values do not unify (int and str).
person = {"name": "ann", "age": 31}  # <-- error
print(person["name"])
