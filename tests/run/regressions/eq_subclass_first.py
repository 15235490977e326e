# Regression (found by a bug hunt): a subclass overriding __eq__ on the right goes first.
class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
class Sub(Base):
    def __eq__(self, o):
        return True
print(Base(1) == Sub(2))
