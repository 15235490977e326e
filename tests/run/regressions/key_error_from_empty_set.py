# Regression (found by a bug hunt): key error from empty set.
e = set()
try:
    e.remove(3)
except KeyError as ex:
    print("KE", ex)
d = {}
try:
    d.pop("k")
except KeyError as ex:
    print("KE", ex)
try:
    print(d["k"])
except KeyError as ex:
    print("KE", ex)
l = []
try:
    l.index(3)
except ValueError as ex:
    print("VE", ex)
