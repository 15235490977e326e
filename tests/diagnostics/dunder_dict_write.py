# Out of the subset: writing through __dict__ to add a field at run time.
class Bag:
    def __init__(self):
        self.size = 0


b = Bag()
b.__dict__["colour"] = "red"  # <-- error
print(b.size)
