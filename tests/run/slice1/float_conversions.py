# float() from ints and strings.
print(float(0), float(-7), float(2 ** 52), float(9007199254740991), float(True))
print(float("inf"), float("-inf"), float("nan"), float("+inf"), float("-nan"))
print(float("Infinity"), float("-iNF"), float("NaN"), float("infinity"))
print(float("1e5"), float(" 2.5 "), float("1E-3"), float(".5"), float("5."))
print(float("-0"), float("+1.5"), float("1_000.5"), float("0.1"), float("\n3.25\t"))
print(float("123456789012345678"), float("1e400"), float("1e-400"), float("-1e-400"))
print(float("0.30000000000000004"), float("2.5e-320"), float("4.9e-324"))
print(float("007.50"), float("1e+2"), float("1e-0"), float(-0.5), float(2.5))
print(float(str(0.1)) == 0.1, float(str(1 / 3)) == 1 / 3, float(str(1e22)))
s = "3.14159"
v = float(s)
print(v, v * 2, int(v), round(v, 2), str(v) == s)
n = 1
while n < 10 ** 15:
    print(n, float(n), float(-n) / 3)
    n = n * 1000
word = "2.75"
print(float(word + "e2"), float("-" + word), float(word[1:]), float(word[:1]))
