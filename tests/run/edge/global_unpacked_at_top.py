# Globals bound by a top-level unpacking before any call need no definedness
# check; one bound by an unpacking after a call that reads it still raises.
[A, B, C] = range(1, 4)
(D, (E, F)) = ("d", ("e", "f"))


def show():
    return (A, B, C, D, E, F)


def late():
    return G + H


print(show())
try:
    print(late())
except NameError as e:
    print("NameError:", e)
G, H = 10, 20
print(late())
