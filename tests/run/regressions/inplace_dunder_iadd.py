# Regression (found by a bug hunt): inplace dunder iadd.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        print("add")
        return V(self.x + o.x)
    def __iadd__(self, o):
        print("iadd")
        self.x += o.x
        return self

a = V(1)
c = a
c += V(2)
print(a.x, c.x, a is c)
