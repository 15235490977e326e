# Out of the subset: globals() as a dictionary (a module's namespace is not a dict).
counter = 0


def bump(name):
    globals()[name] += 1  # <-- error


bump("counter")
print(counter)
