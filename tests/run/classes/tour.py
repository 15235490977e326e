class Animal:
    legs = 4
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
    def speak(self):
        return self.name + " says " + self.sound
    def __repr__(self):
        return "Animal(" + self.name + ")"

class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []
    def speak(self):
        return super().speak() + "!"
    def add(self, t):
        self.tricks.append(t)

class Bird(Animal):
    legs = 2

a = Animal("cat", sound="meow")
d = Dog("rex")
d.add("sit")
zoo = [a, d, Bird("tweety")]
for x in zoo:
    print(x.speak(), x.legs)
print(d.tricks, zoo)
print(isinstance(d, Dog), isinstance(a, Dog))
for x in zoo:
    if isinstance(x, Dog):
        print("dog with", x.tricks)
Animal.legs = 5
print(a.legs, d.legs, zoo[2].legs)
