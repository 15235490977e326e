# Regression (found by a bug hunt): fstring spec on object.
class P:
    def __repr__(self):
        return "P"
print(f"{P():>3}")
