# Out of the subset: getattr with a name computed at run time.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
for field in ["x", "y"]:
    print(field, getattr(p, field))  # <-- error
