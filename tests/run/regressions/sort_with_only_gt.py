# Regression (found by a bug hunt): sort with only gt.
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "G%d" % self.v
print(sorted([G(3), G(1), G(2)]))
