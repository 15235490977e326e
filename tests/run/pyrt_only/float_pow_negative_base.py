# float ** non-integral float with a negative base gives a complex number in
# CPython 3.
def p(b, e):
    return b ** e

print(p(-8.0, 2.0), p(-2.0, -1.0), p(4.0, 0.5))
print(p(-8.0, 1.0 / 3.0))
