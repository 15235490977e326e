# Subclasses defined in a different module from their base class.
from shapes_base import Shape


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


class Tri(Shape):
    def __init__(self, b, h):
        super().__init__("tri")
        self.b = b
        self.h = h

    def area(self):
        return 0.5 * self.b * self.h
