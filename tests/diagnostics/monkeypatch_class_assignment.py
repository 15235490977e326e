# Out of the subset: changing an object's class at run time through __class__.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


obj = A()
obj.__class__ = B  # <-- error
print(obj.who())
