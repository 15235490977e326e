# Shortest round-trip repr of common floats.
print(0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3)
print(1.0, 2.5, -2.5, 100.0, 1e3, 1.5e3)
print(1e15, 1e16, 1e17, 1e-4, 1e-5, 1e-6)
print(123456789.0, 1234567890123456.0, 12345678901234567.0)
print(1e22, 1e21, 1e23, 9.999999999999999e22)
print(1e15 + 0.3, 1e16 + 1.0, 2.0 ** 53, 2.0 ** 53 + 1.0)
print(0.000123, 0.0001, 0.00001, 3.14159, 2.718281828459045)
print(5e-324, 2.5e-320, 2.2250738585072014e-308, 1.7976931348623157e308)
print(100.0 / 3.0, 1e100, 1.5e-100, 4.35, 0.7 * 3)
print(float(10 ** 15), float(10 ** 15 * 9), float(2 ** 52 + 1))
print(str(0.1), str(1e16), str(1e-5), str(-1.5e-7))

x = 1.0
for i in range(25):
    print(i, x, -x, x / 7)
    x = x * 10.0

y = 1.0
for i in range(12):
    y = y / 10.0
    print(y, y * 3)

total = 0.0
for i in range(10):
    total = total + 0.1
print(total, total == 1.0, total < 1.0)
