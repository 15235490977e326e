# __str__ and __repr__: print uses str, containers print the repr of their elements,
# f-strings use format/str, and !r forces repr.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __str__(self):
        return self.rank + self.suit

    def __repr__(self):
        return "Card(" + repr(self.rank) + ", " + repr(self.suit) + ")"


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


p = Point(1, -2)
print(p)
print(str(p), repr(p))
print([p, Point(0, 0)])
print((p,), {"origin": Point(0, 0)})
print(f"{p} {p!r} {p!s}")

c = Card("Q", "h")
print(c)
print(str(c), repr(c))
print([c, Card("10", "s")])
print(f"{c} and {c!r}")
hand = [Card("A", "s"), Card("7", "d"), c]
print(" ".join([str(h) for h in hand]))
print({"best": hand[0]})

m = Money(12345)
print(m, str(m), "total: " + str(Money(7)))
print(f"[{m}] [{Money(100)}]")
print("%s|%s" % (m, c))
print("%r" % (c,))
