# abs, min and max over ints, floats and strings.
print(abs(-5), abs(5), abs(0), abs(-9007199254740991))
print(abs(-2.5), abs(2.5), abs(-0.0), abs(float("-inf")))
print(min(3, 1, 2), max(3, 1, 2), min(-1, -5), max(-1, -5))
print(min(1.5, 0.5, 2.5), max(1.5, 0.5, 2.5), min(-0.1, 0.1))
print(min("pear", "apple", "fig"), max("pear", "apple", "fig"))
print(min("a", "B"), max("a", "B"), min("abc", "ab"), max("", "z"))
print(min(1, 2, 3, 4, 5, 6, 7), max(7, 6, 5, 4, 3, 2, 1))
print(min(0, -0), max(-0, 0), min(0.0, -0.0), max(-0.0, 0.0, -0.0))
print(min(2 ** 52, 2 ** 51), max(-(2 ** 52), -(2 ** 51)))
lo = 1000
hi = -1000
x = 17
for i in range(20):
    x = (x * 37 + 11) % 101 - 50
    lo = min(lo, x)
    hi = max(hi, x)
    print(i, x, abs(x), lo, hi)
fl = 0.0
fh = 0.0
y = 0.3
for i in range(8):
    y = y * -1.7
    fl = min(fl, y)
    fh = max(fh, y)
print(fl, fh, abs(fl - fh))
print(max(abs(-3), abs(2), abs(-1)), min(abs(-3.5), abs(4.5)))
