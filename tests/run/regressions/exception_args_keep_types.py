# Regression (found by a bug hunt): exception args keep types.
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print(ValueError([5]))
print(ValueError({"a": 1}))
print(ValueError({1, 2}))
print(ValueError(1.0))
print(repr(ValueError(2.5, [1])))
print(ValueError(P()))
