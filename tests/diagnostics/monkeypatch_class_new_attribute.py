# Out of the subset: monkeypatching — adding a method to a class after its definition.
class Cat:
    def __init__(self, name):
        self.name = name


def purr(self):
    return self.name + " purrs"


Cat.purr = purr  # <-- error
print(Cat("tom").name)
