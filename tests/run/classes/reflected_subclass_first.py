# An operator between an instance and an instance of a subclass that overrides the
# reflected method: the subclass's method goes first (CPython's rule).
class V:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return "V.add " + str(self.n + o.n)

    def __lt__(self, o):
        return self.n < o.n

    def __eq__(self, o):
        return self.n == o.n


class W(V):
    def __radd__(self, o):
        return "W.radd " + str(o.n * 100 + self.n)

    def __gt__(self, o):
        return True

    def __eq__(self, o):
        return False


items = [V(1), W(2), V(3)]
for a in items:
    for b in items:
        print(type(a).__name__, type(b).__name__, a + b, a < b, a == b, a != b)
