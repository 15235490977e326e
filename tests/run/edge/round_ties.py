# round(): half to even for ints and floats, with ndigits positive, zero and
# negative; floats whose decimal looks like a tie but is not exactly one.
for i in range(-6, 7):
    x = i + 0.5
    print(x, round(x), round(x, 0), round(-x), round(x, -1))
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(-3.5))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(-35, -1))
print(round(150, -2), round(250, -2), round(-250, -2), round(1250, -2), round(1350, -2))
print(round(123456789, -4), round(-123456789, -4), round(5, -2), round(50, -2), round(51, -2))
print(round(4.5e15 + 0.5), round(4503599627370495.5), round(-4503599627370495.5))
print(round(1234.5678, 2), round(1234.5678, -2), round(-1234.5678, -2), round(1234.5678, -4))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1e300, -300), round(1.5e300, -300), round(2.5e-300, 300))
print(round(7.5, 400), round(7.5, -400), round(-7.5, -400), round(1e22, -22), round(5e22, -23))
print(round(True), round(False), round(True, 2), round(3, 0), round(-3, 5))
print(round(0.49999999999999994), round(-0.49999999999999994), round(2.5000000000000004))
print(round(1e15 + 2.5), round(9007199254740993.0 - 4.0), round(-4503599627370496.5))
print(round(1.25, 1), round(1.35, 1), round(1.45, 1), round(-1.25, 1), round(1.125, 2), round(1.375, 2))
print(round(-0.5) == 0, round(0.5, 0) == 0.0, round(-2.5, 0))
