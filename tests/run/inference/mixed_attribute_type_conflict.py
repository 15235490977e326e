# Out of the subset: one attribute holding an int in one place and a str in another.
class Slot:
    def __init__(self):
        self.value = 0

    def clear(self):
        self.value = "empty"


s = Slot()
s.clear()
print(s.value)
