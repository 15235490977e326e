# A dunder method pyrt does not implement: defining it would change nothing, so it is refused.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):  # <-- error
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)


print(f"{Money(1234)}")
