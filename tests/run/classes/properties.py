# Read-only @property and a @property with a setter that validates.
class Rect:
    def __init__(self, w, h):
        self._w = w
        self._h = h

    @property
    def area(self):
        return self._w * self._h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        if value < 0:
            print("ignoring negative width", value)
            return
        self._w = value

    @property
    def is_square(self):
        return self._w == self._h


r = Rect(3, 4)
print(r.area, r.width, r.is_square)
r.width = 4
print(r.area, r.width, r.is_square)
r.width = -2
print(r.area, r.width)
r.width += 6
print(r.area, r.width)


class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full_name(self):
        return self.first + " " + self.last

    @property
    def initials(self):
        return self.first[0] + "." + self.last[0] + "."


class Employee(Person):
    def __init__(self, first, last, salary):
        super().__init__(first, last)
        self.salary = salary

    @property
    def full_name(self):
        return "Emp. " + super().full_name


people = [Person("Ada", "Lovelace"), Employee("Alan", "Turing", 100), Person("Grace", "Hopper")]
for p in people:
    print(p.full_name, p.initials)
print(sorted([p.full_name for p in people]))
