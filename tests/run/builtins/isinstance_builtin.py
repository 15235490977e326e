# isinstance with user classes, tuples of classes, and builtin types (bool is an int).
class Animal:
    pass


class Cat(Animal):
    pass


class Robot:
    pass


things = [Animal(), Cat(), Animal()]
print([isinstance(t, Cat) for t in things], [isinstance(t, Animal) for t in things])
c = Cat()
print(isinstance(c, (Robot, Cat)), isinstance(c, (Robot,)), isinstance(Robot(), Animal))
n = 5
f = 2.5
s = "x"
b = True
print(isinstance(n, int), isinstance(n, float), isinstance(f, float), isinstance(s, str))
print(isinstance(b, int), isinstance(b, bool), isinstance(n, bool), isinstance(n, (str, int)))
print(isinstance([1], list), isinstance({}, dict), isinstance((1,), tuple), isinstance({1}, set))
print(isinstance(ValueError("v"), Exception), isinstance(KeyError("k"), LookupError))
