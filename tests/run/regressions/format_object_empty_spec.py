# Regression (found by a bug hunt): format object empty spec.
class P:
    def __repr__(self):
        return "P"
print(format(P()))
