# Submodule geo.vec.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


def dot(a, b):
    return a.x * b.x + a.y * b.y
