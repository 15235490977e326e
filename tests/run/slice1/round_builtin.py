# round() with one argument (int result) and two arguments.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.4999), round(2.5001), round(-2.5), round(-3.5), round(1e15 + 0.5))
print(round(0.49999999999999994), round(4503599627370497.0), round(-7.0))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1.0005, 3), round(3.14159, 4), round(-3.14159, 1), round(1234.5678, -2))
print(round(1e300, 2), round(1.5e-300, 2), round(123.456, 0), round(0.5, 0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(-35, -1), round(7, 0), round(7, 3))
print(round(999999999999999, -15), round(123456789, -4), round(5, -1))
x = 0.0
while x < 3.0:
    print(x, round(x), round(x, 1), round(-x), round(x * 1.1, 2))
    x += 0.25
n = -25
while n <= 25:
    print(n, round(n, -1), round(n, -2), round(n))
    n += 5
r = round(10 / 3, 3)
print(r, r * 3, round(r * 3, 2))
print(round(5e-324, 400), round(2.5, 20), round(1.23456789e10, -5))
