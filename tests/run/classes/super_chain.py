# super() through three levels, in __init__ and in ordinary methods.
class Base:
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x
        self.log = ["base"]

    def value(self):
        return self.x

    def tag(self):
        return "B"


class Middle(Base):
    def __init__(self, x, y):
        print("Middle.__init__", x, y)
        super().__init__(x * 10)
        self.y = y
        self.log.append("middle")

    def value(self):
        return super().value() + self.y

    def tag(self):
        return "M" + super().tag()


class Leaf(Middle):
    def __init__(self, x, y, z):
        print("Leaf.__init__", x, y, z)
        super().__init__(x, y + 1)
        self.z = z
        self.log.append("leaf")

    def value(self):
        return super().value() * self.z

    def tag(self):
        return "L" + super().tag()


b = Base(1)
m = Middle(2, 3)
l = Leaf(4, 5, 6)
print(b.value(), m.value(), l.value())
print(b.tag(), m.tag(), l.tag())
print(b.log, m.log, l.log)
print(l.x, l.y, l.z)
objs = [b, m, l]
print([o.value() for o in objs])
print("".join([o.tag() for o in objs]))
