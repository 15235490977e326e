# Regression (found by a bug hunt): diamond mro method.
class Base:
    def m(self):
        return "Base"
class A(Base):
    pass
class B(Base):
    def m(self):
        return "B"
class C(A, B):
    pass
print(C().m())
