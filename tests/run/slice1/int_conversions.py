# int() from float, str and bool.
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(-0.0), int(1e15), int(-1e15))
print(int(2.0 ** 52), int(4503599627370495.5), int(1e-300), int(123456.789))
print(int(True), int(False), int(True) + int(True))
print(int("42"), int("-42"), int("+42"), int("  17  "), int("007"), int("0"))
print(int("-0"), int("1_000"), int("9007199254740991"), int("-9007199254740991"))
print(int("\t99\n"), int(" -1_2_3 "))
print(int(7), int(-7))
s = "12345"
total = 0
for i in range(len(s)):
    total = total * 10 + int(s[i])
print(total, total == int(s))
f = 0.1
while f < 100.0:
    print(f, int(f), int(-f), round(f))
    f = f * 3.7
text = "31415926535"
acc = 0
for i in range(len(text)):
    d = int(text[i])
    if d % 2 == 1:
        acc += d
print(acc)
print(int(str(123) + str(456)), int(str(-5) + "0"), int(float("1e10")))
