# Regression (found by a bug hunt): print writes the values before a __str__ that raises.
class Bad:
    def __str__(self):
        raise ValueError("no str")
try:
    print("first", Bad())
except ValueError as e:
    print("caught", e)
