# Regression (found by a bug hunt): contains result is bool.
class C:
    def __contains__(self, x):
        return x * 2
print(3 in C())
