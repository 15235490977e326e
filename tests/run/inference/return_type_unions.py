# Functions returning T-or-None, instances of sibling classes unified to the base, tuples.
class Shape:
    def area(self):
        return 0.0


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circ(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r


def make(kind, size):
    if kind == "sq":
        return Sq(size)
    if kind == "circ":
        return Circ(size)
    return None


def parse_pair(s):
    parts = s.split(",")
    if len(parts) != 2:
        return None
    return int(parts[0]), int(parts[1])


for kind in ["sq", "circ", "hex"]:
    sh = make(kind, 2.0)
    if sh is None:
        print(kind, "unknown")
    else:
        print(kind, sh.area(), isinstance(sh, Sq))
for s in ["3,4", "5", "10,-2"]:
    p = parse_pair(s)
    if p is not None:
        a, b = p
        print(s, a + b)
    else:
        print(s, "invalid")


def min_max(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
    return lo, hi


lo, hi = min_max([4, -2, 9, 0])
print(lo, hi, min_max([7]), min_max([3, 3, -3]))
