# Out of the subset: monkeypatching — replacing a method of a class at run time.
class Dog:
    def speak(self):
        return "woof"


def loud(self):
    return "WOOF"


d = Dog()
print(d.speak())
Dog.speak = loud  # <-- error
print(d.speak())
