# Default argument values are evaluated once, when `def` runs, from the
# globals' values at that moment; later rebinding does not change them.
base = 10
label = "first"

def f(x, y=base, tag=label):
    return f"{tag}:{x + y}"

base = 20
label = "second"
print(f(1), f(1, 2), f(1, tag="t"), f(y=5, x=1))

def g(n=base * 2 + 1, s=label * 2, fl=base / 4, b=base > 15, none=None):
    return f"{n} {s} {fl} {b} {none}"

base = 0
label = ""
print(g(), g(none=None), g(3, "x", 0.5, False))

def h(a, b=-1, c=-2.5, d="", e=True):
    return f"{a} {b} {c} {d!r} {e}"

print(h(0), h(0, e=False), h(0, d="q", b=7), h(c=0.0, a=1))
