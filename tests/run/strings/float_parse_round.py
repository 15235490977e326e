# float(str) (Unicode spaces and digits, underscores, inf/nan spellings, CPython's
# error message) and round() with and without digits: half to even on the exact
# binary value.
for s in ["1.5", "  -2e3 ", "1_000.5", "inf", "-Infinity", "+inf", "INFINITY", "nan", "-nan", ".5", "5.", "1e999",
          "-1e-999", "\u2003 7.25\u3000", "1_0e1_0", "\u0663.\u0661\u0664", "0.1", "123456789012345678901234567890"]:
    print(repr(s), float(s))
for bad in ["abc", "1_", "_1", "1__0", "", " ", "1e", "e5", "+-1", "0x10", "1.5.5", "in f", "nan(1)",
            "\u00a01_", "infinit", "1e+", "1 0", "\u0663_", "nan0", "++1", ".", "-.e1", "\u00e9", "1\x00"]:
    try:
        print(float(bad))
    except ValueError as e:
        print(e)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.4), round(1e15 + 0.5))
print(round(2.675, 2), round(1234.5678, -2), round(5.0, -1), round(15.0, -1), round(25.0, -1), round(1e300, -299))
print(round(0.125, 2), round(0.375, 2), round(1.0 / 3, 5), round(-1.5e-10, 3), round(123456789.0, -20), round(5e-324, 400))
print(round(0.5, 0), round(-0.5, 0), round(1.5, 0), round(2.5, 0), round(-0.0, 2), round(123.456, -1), round(-123.456, -2))
print(round(0.0001, 3), round(-0.0001, 3), round(1e22, -22), round(5e22, -23), round(2.5e-5, 5), round(1.005, 2))
print(round(1.23456789e-300, 305), round(0.1 + 0.2, 16), round(-5e-324, 323), round(1.5, 400), round(-7.5, -400))
print(round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(1250, -2), round(1350, -2), round(7, 2), round(-7, -30))
for x in [float("nan"), float("inf"), -float("inf")]:
    try:
        print(round(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    print(round(x, 2))
try:
    print(round(1.7976931348623157e308, -308))
except OverflowError as e:
    print(e)
