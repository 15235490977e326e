# Single inheritance: overridden methods, super().__init__, a list of base-typed objects.
import math


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def perimeter(self):
        return 0.0

    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r * self.r

    def perimeter(self):
        return 2.0 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2.0 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def describe(self):
        return "[" + super().describe() + "]"


shapes = [Circle(1.0), Rect(2.0, 3.5), Square(4.0), Circle(0.5), Shape("point")]
for s in shapes:
    print(s.describe())

total = 0.0
for s in shapes:
    total += s.area()
print(f"total area {total:.6f}")

biggest = shapes[0]
for s in shapes:
    if s.area() > biggest.area():
        biggest = s
print("biggest is", biggest.name)
print(isinstance(shapes[2], Rect), isinstance(shapes[2], Square), isinstance(shapes[1], Square))
print(isinstance(shapes[0], Shape), isinstance(shapes[4], Circle))
