# str() and repr() of exception objects, raised and not raised.
e1 = ValueError("bad value")
e2 = KeyError("k")
e3 = IndexError()
e4 = ZeroDivisionError("division by zero")


class MyErr(Exception):
    pass


e5 = MyErr("mine")
print(str(e1), repr(e1))
print(str(e2), repr(e2))
print("[" + str(e3) + "]", repr(e3))
print(str(e4), repr(e4))
print(str(e5), repr(e5), repr(MyErr()))
print(repr(ValueError("it's")), repr(RuntimeError('say "x"')))
errors = [ValueError("a"), ValueError("b")]
print([str(x) for x in errors])
try:
    raise e1
except ValueError as caught:
    print(caught is e1, caught)
