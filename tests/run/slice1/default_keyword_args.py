# Default parameter values and keyword arguments at call sites.
def greet(name, greeting="Hello", punct="!"):
    print(greeting + ", " + name + punct)

def area(w, h=1.0, scale=1.0):
    return w * h * scale

def clamp(v, lo=0, hi=100):
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v

def describe(n, verbose=False, prefix=">"):
    if verbose:
        return prefix + " number " + str(n) + " squared is " + str(n * n)
    return prefix + " " + str(n)

greet("Ann")
greet("Bob", "Hi")
greet("Cid", punct="?")
greet("Dee", greeting="Hey", punct=".")
greet(punct="...", name="Eve")
greet("Fay", "Yo", "!!")
print(area(2.0), area(2.0, 3.0), area(2.0, scale=0.5), area(h=4.0, w=1.5))
print(area(1.0, 2.0, 3.0), area(w=2.0, scale=2.0, h=2.0))
for v in range(-50, 200, 45):
    print(v, clamp(v), clamp(v, 10), clamp(v, hi=50), clamp(v, lo=-20, hi=20))
print(clamp(hi=5, v=7, lo=1), clamp(3, 1, 2))
print(describe(3))
print(describe(4, True))
print(describe(5, prefix="#"))
print(describe(6, verbose=True, prefix="*"))
print(describe(n=7, prefix="@", verbose=False))
