# str() of each scalar type.
print(str(0), str(-12), str(2 ** 52), str(-9007199254740991))
print(str(True), str(False), str(None))
print(str(0.0), str(-0.0), str(1.5), str(1e16), str(1e-7), str(123456789.0))
print(str(float("inf")), str(float("nan")), str(float("-inf")))
print(str("text"), str(""), str("日本"), str("😀"))
print(len(str(12345)), len(str(-1.25)), len(str(True)), len(str(None)))
a = str(7) + str(8)
b = str(7.0) + str(8.0)
c = str(True) + str(None)
print(a, b, c, len(a), len(b), len(c))
line = ""
for i in range(10):
    line = line + str(i * i)
print(line, len(line))
neg = ""
for i in range(-3, 4):
    neg = neg + str(i) + ","
print(neg)
print(str(1 / 4) + "|" + str(10 / 4) + "|" + str(1e300 * 10))
print(str(3 > 2) + str(3 < 2) + str(3 == 3.0))
print(str(round(2.5)) + str(round(2.5, 1)) + str(int(2.5)) + str(float(2)))
