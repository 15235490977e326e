# Out of the subset: __dict__ — instances have fixed fields, not a dictionary.
class Record:
    def __init__(self, name, age):
        self.name = name
        self.age = age


r = Record("ann", 31)
fields = r.__dict__  # <-- error
print(len(fields))
