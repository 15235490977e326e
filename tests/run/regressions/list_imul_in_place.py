# Regression (found by a bug hunt): list imul in place.
a = [1, 2]
b = a
a *= 2
print(a, b, a is b)
