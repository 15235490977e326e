# Imported by main and by b: its body runs exactly once.
print("a: loading")
import b

VALUE = b.BASE * 2
print("a: loaded, VALUE =", VALUE)


def get():
    return VALUE + b.BASE
