# A rich comparison with an operand of a proper subclass asks the subclass first,
# through its reflected method, even when it only inherits it (CPython rule).
class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("A.__lt__", type(self).__name__, type(other).__name__)
        return self.v < other.v
    def __gt__(self, other):
        print("A.__gt__", type(self).__name__, type(other).__name__)
        return self.v > other.v
    def __eq__(self, other):
        print("A.__eq__", type(self).__name__)
        return self.v == other.v

class B(A):
    pass

class C(B):
    def __gt__(self, other):
        print("C.__gt__")
        return True

xs = [A(1), B(2), C(3)]
for x in xs:
    for y in xs:
        print(x < y, x == y, x != y, x > y)
print(sorted([B(3), A(1), C(2)], key=lambda o: o.v)[0].v)
