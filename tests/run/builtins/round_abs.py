# round with and without ndigits (banker's rounding, float representation), abs.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(12345.6789, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0), round(5, -1))
print(round(3.14159, 3), round(-3.14159, 1), round(1e20, 2), round(0.0, 1), round(-0.4))
print(round(2.5) + 1, round(2.5, 0), round(-2.5, 0))
print(abs(-7), abs(7.25), abs(-0.0), abs(-(2 ** 52)), abs(True))
vals = [1.25, 1.35, 2.45, -2.55, 0.05]
print([round(v, 1) for v in vals])
print(sum(round(x / 7, 3) for x in range(10)))
