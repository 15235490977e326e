# __len__ and __getitem__ on a user container; len() and truthiness use __len__.
class Ring:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        n = len(self.items)
        return self.items[i % n]


class Grid:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.cells = [0] * (width * height)

    def __len__(self):
        return self.width * self.height

    def __getitem__(self, pos):
        x, y = pos
        if x < 0 or x >= self.width or y < 0 or y >= self.height:
            raise IndexError("grid index out of range")
        return self.cells[y * self.width + x]

    def set(self, x, y, v):
        self.cells[y * self.width + x] = v


class Bag:
    def __init__(self):
        self.things = []

    def __len__(self):
        return len(self.things)

    def add(self, thing):
        self.things.append(thing)


r = Ring(["a", "b", "c"])
print(len(r), r[0], r[4], r[-1], r[-5])
print([r[i] for i in range(7)])

g = Grid(4, 3)
for y in range(3):
    for x in range(4):
        g.set(x, y, x * y)
print(len(g), g[3, 2], g[(1, 1)], g[0, 2])
total = 0
for y in range(3):
    for x in range(4):
        total += g[x, y]
print("total", total)
try:
    print(g[4, 0])
except IndexError as e:
    print("IndexError:", e)

b = Bag()
print(len(b), bool(b), "empty" if not b else "full")
b.add("apple")
print(len(b), bool(b), "empty" if not b else "full")
if b:
    print("bag has", len(b))
