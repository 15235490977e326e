# Attribute types come from every write in every method; fields added outside __init__.
class Stats:
    def __init__(self):
        self.count = 0
        self.mean = 0.0
        self.names = []

    def add(self, name, value):
        self.count += 1
        self.mean += (value - self.mean) / self.count
        self.names.append(name)
        self.last = name

    def reset(self):
        self.count = 0
        self.mean = 0.0
        self.names = []
        self.last = "(reset)"


s = Stats()
s.add("a", 4.0)
s.add("b", 8.0)
s.add("c", 3.0)
print(s.count, s.mean, s.names, s.last)
s.reset()
print(s.count, s.mean, s.names, s.last)
s.add("z", -1.5)
print(s.count, s.mean, s.names, s.last)


class Cell:
    def __init__(self):
        self.value = 0

    def bump(self, by):
        self.value = self.value + by


cells = [Cell() for _ in range(3)]
for i, c in enumerate(cells):
    c.bump(i * 7)
    c.bump(-2)
print([c.value for c in cells])
