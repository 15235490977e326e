# @staticmethod helpers and @classmethod alternative constructors (also via subclasses).
class Temperature:
    unit = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @staticmethod
    def c_to_f(c):
        return c * 9.0 / 5.0 + 32.0

    @staticmethod
    def parse_number(text):
        text = text.strip()
        if text.endswith("C") or text.endswith("F"):
            text = text[:-1]
        return float(text)

    @classmethod
    def from_string(cls, text):
        return cls(Temperature.parse_number(text))

    @classmethod
    def freezing(cls):
        return cls(0.0)

    def show(self):
        return f"{self.degrees:.1f}{self.unit}"


class Kelvin(Temperature):
    unit = "K"

    def show(self):
        return "kelvin " + super().show()


print(Temperature.c_to_f(100.0), Temperature.c_to_f(-40.0))
t = Temperature.from_string(" 21.5C ")
print(t.show(), t.c_to_f(t.degrees))
k = Kelvin.from_string("273.15")
print(k.show(), isinstance(k, Kelvin), isinstance(t, Kelvin))
f = Kelvin.freezing()
print(f.show(), Temperature.freezing().show())
readings = [Temperature.from_string(s) for s in ["10", "12.5C", " 9.25 ", "30F"]]
print([r.show() for r in readings])
print(sum([r.degrees for r in readings]) / len(readings))


class MathUtil:
    @staticmethod
    def clamp(x, lo, hi):
        return lo if x < lo else hi if x > hi else x

    @staticmethod
    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a


print([MathUtil.clamp(x, 0, 10) for x in range(-3, 14, 4)])
print(MathUtil.gcd(84, 36), MathUtil().gcd(17, 5))
