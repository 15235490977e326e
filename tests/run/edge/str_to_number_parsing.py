# int()/float() of strings: surrounding whitespace (including non-ASCII),
# signs, leading zeros, underscores, non-ASCII digits, special values.
print(int("  -0012 "), int("+7"), int("0"), int("-0"), int("000"), int("1_000_000"), int("\t42\n"))
print(int("\u2003 7\u00a0"), int("\u0663\u0664"), int("\uff11\uff12"), int("-\u0661_\u0662"))
print(int(" 9007199254740991 "), int("-9007199254740991"), int("0_0"), int("00009"))
print(float("1_000.5"), float("1_0e1_0"), float(" .5 "), float("5."), float("-.5e-3"), float("+1E+2"))
print(float("0.1"), float("1e-400"), float("-1e-400"), float("1e400"), float("-1e400"), float("4.9e-324"))
print(float("123456789012345678901234567890"), float("0.30000000000000004"), float("2.5e-324"))
print(float("\u0663.\u0661\u0664"), float("\u00a0-2.5\u3000"), float("0000.0001"), float("1" * 30))
print(int(" 12 ") + int("-12"), float(str(0.1)) == 0.1, float(repr(1 / 3)) == 1 / 3)
print(int(3.99), int(-3.99), int(-0.5), int(1e15 + 0.5), int(float("-0")), int(True), float(False))
print(int(str(-123)), str(int("-0")), repr(float("-0")), float(str(2 ** 52)))
s = "12x"
print("parsing", repr(s))
print(int(s))
