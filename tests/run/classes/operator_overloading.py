# Arithmetic dunders on a small vector class (__add__, __sub__, __mul__, __neg__, __abs__).
import math


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def dot(self, other):
        return self.x * other.x + self.y * other.y


a = Vec(3.0, 4.0)
b = Vec(1.0, -2.0)
print(a + b, a - b, a * 2.0, -b, abs(a))
print(a.dot(b), a + b == Vec(4.0, 2.0), a == b)
acc = Vec(0.0, 0.0)
for i in range(5):
    acc = acc + Vec(float(i), 1.0) * 0.5
print(acc)
acc += a
acc -= b
print(acc)
pos = Vec(0.0, 10.0)
vel = Vec(1.5, 0.0)
g = Vec(0.0, -9.81)
dt = 0.1
steps = 0
while pos.y > 0.0:
    vel = vel + g * dt
    pos = pos + vel * dt
    steps += 1
print(steps, f"{pos.x:.4f} {pos.y:.4f}", round(abs(vel), 6))
