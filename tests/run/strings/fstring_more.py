# f-strings with containers, objects, !r/!s, = debugging, nested format specs and expressions.
class Temp:
    def __init__(self, c):
        self.c = c

    def __str__(self):
        return f"{self.c:.1f}°C"

    def __repr__(self):
        return f"Temp({self.c!r})"


t = Temp(21.456)
items = ["a", "b"]
table = {"x": 1}
print(f"{t} {t!r} {t!s} [{str(t):>10}]")
print(f"{items} {items!r} {table} {items[0]!r} {table['x']}")
width = 8
prec = 3
val = 2.0 / 3.0
print(f"[{val:{width}.{prec}f}] [{val:<{width}}] [{'s':^{width}}]")
print(f"{width=} {val=:.2f} {items=} {width * 2 = }")
print(f"{'nested ' + 'concat'} {len(items) * 10:>5d} {max(3, 7)}")
print(f"{3 if val > 0.5 else 4} {[i * i for i in range(4)]} {', '.join(items)}")
print(f"{{braces}} {{{width}}}")
name = "pyrt"
print(f"{name.upper():*^12} {name[::-1]} {name!r:>8}")
for i, row in enumerate([[1, 2], [30, 4]]):
    print(f"row {i}: " + " ".join(f"{v:>3}" for v in row))
print(f"{1e6:,.0f} {0.000123:.2e} {255:#06x} {-7:+05d} {True} {None}")
