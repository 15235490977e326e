# A base class plus mixins that supply methods built on the host class's methods.
class ComparableMixin:
    def key(self):
        return 0

    def less_than(self, other):
        return self.key() < other.key()

    def same_as(self, other):
        return self.key() == other.key()


class DescribeMixin:
    def label(self):
        return "?"

    def describe(self):
        return "<" + self.label() + ">"


class Animal:
    def __init__(self, name, legs):
        self.name = name
        self.legs = legs

    def sound(self):
        return "..."

    def speak(self):
        return self.name + " says " + self.sound()


class Dog(Animal, ComparableMixin, DescribeMixin):
    def __init__(self, name, weight):
        Animal.__init__(self, name, 4)
        self.weight = weight

    def sound(self):
        return "woof"

    def key(self):
        return self.weight

    def label(self):
        return "dog " + self.name + " " + str(self.weight) + "kg"


class Bird(Animal, DescribeMixin):
    def __init__(self, name):
        Animal.__init__(self, name, 2)

    def sound(self):
        return "tweet"

    def label(self):
        return "bird " + self.name


rex = Dog("rex", 30)
fido = Dog("fido", 12)
bo = Dog("bo", 30)
tweety = Bird("tweety")
print(rex.speak(), "|", tweety.speak())
print(rex.describe(), fido.describe(), tweety.describe())
print(rex.less_than(fido), fido.less_than(rex), rex.same_as(bo), rex.same_as(fido))
print(rex.legs, tweety.legs)
dogs = [rex, fido, bo, Dog("max", 7)]
smallest = dogs[0]
for d in dogs:
    if d.less_than(smallest):
        smallest = d
print("smallest", smallest.name)
print(isinstance(rex, ComparableMixin), isinstance(rex, DescribeMixin), isinstance(tweety, Animal))
