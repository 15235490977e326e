# Base class module for modules/classes_across/main.py.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def __str__(self):
        return f"{self.name}({self.area():.1f})"
