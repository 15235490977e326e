"""Generates test cases with CPython's answers for runtime/js/pyrt.js.

Prints one JSON document: {fn_name: [[args, expected], ...], ...}.
Values are JSON values, except floats, which are {"f": "<16 hex digits of the
IEEE bits>"}; expected is {"v": value} or {"e": [exception name, str(exc)]}.
Run by runtime.test.mjs (python3 must be CPython 3.11).
"""
import json
import math
import random
import struct
import sys
from decimal import Decimal, getcontext
from fractions import Fraction

SAFE = 2**53 - 1
OVF = "int too large for the js backend (beyond 2**53)"
R = random.Random(20240611)


def enc(v):
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        assert abs(v) <= SAFE, v
        return v
    if isinstance(v, float):
        return {"f": struct.pack(">d", v).hex()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    raise TypeError(type(v))


OUT = {}


def add(fn, args, thunk, cr=None):
    """Records fn(*args) -> thunk().  cr, when given, computes an alternative
    accepted float result (the correctly rounded one, for pow)."""
    try:
        r = thunk()
        if isinstance(r, int) and not isinstance(r, bool) and abs(r) > SAFE:
            exp = {"e": ["OverflowError", OVF]}
        else:
            exp = {"v": enc(r)}
    except Exception as e:  # noqa: BLE001
        exp = {"e": [type(e).__name__, str(e)]}
    if cr is not None and "v" in exp and isinstance(thunk(), float) and math.isfinite(thunk()) and thunk() != 0:
        exp["cr"] = enc(cr())
    OUT.setdefault(fn, []).append([enc(list(args)), exp])


def rand_float():
    k = R.random()
    if k < 0.3:
        # any finite double
        while True:
            x = struct.unpack(">d", R.getrandbits(64).to_bytes(8, "big"))[0]
            if math.isfinite(x):
                return x
    if k < 0.5:
        return R.uniform(-1000, 1000)
    if k < 0.65:
        return round(R.uniform(-100, 100), R.randint(0, 6))
    if k < 0.8:
        return R.choice([-1, 1]) * 10.0 ** R.randint(-30, 30) * R.randint(1, 9999)
    if k < 0.9:
        return float(R.randint(-2**53, 2**53))
    return R.choice([-1, 1]) * R.random() * 10.0 ** R.randint(-320, 308)


EDGE_FLOATS = [
    0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308,
    2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 0.5, 1.5, 2.5, 3.5,
    -0.5, -1.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1e16, 1e-5, 1.5e-7, 123456789012345.0,
    1e22, 1e21, 1e23, 1.5e300, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100.0, 1e-4, 9.999999999999999e-05,
    9999999999999998.0, 1e15, 1e17, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 1e-7, 1.0, -1.0, 2.0,
    10.0, 0.05, 0.25, 0.75, 5e-5, 0.00015, 12345.678, 99.995, 9.995, 0.9999999, 999999.5,
    9.5, 99.5, 0.95, 0.095, 1234567.0, 1e100, 1e-100, 4.35, 1.1, 2.2, 3.3, 1e200, 6.02214076e23,
    8.98846567431158e307, 4.9e-324, 1.0000000000000002, 0.9999999999999999, 7.0, 12.0, 25.0,
    1e-300, 123.456, -123.456, 0.001, 0.0005, 0.0015, 5.0, 15.0, 0.6, 0.7, 3.14159, 2.718281828,
]
EDGE_INTS = [
    0, 1, -1, 2, -2, 3, -3, 5, 7, -7, 10, -10, 100, 255, 256, 1000, 12345, -12345, 2**15,
    2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32 - 1, 2**32, -2**32, 2**32 + 1, 2**40 + 12345,
    2**52, -2**52, 2**52 + 1, 2**53 - 1, -(2**53 - 1), 2**53 - 2, -(2**53 - 2), 12345678901234,
    -9876543210987, 10**15, 2**53 - 3, 999999999999999, 3**33, -(3**33), 6**20, 0x5555555555555,
    -0x5555555555555, 0xAAAAAAAAAAAAA,
]


def rand_int():
    k = R.random()
    if k < 0.3:
        return R.randint(-1000, 1000)
    if k < 0.6:
        return R.randint(-2**31, 2**31)
    return R.randint(-SAFE, SAFE) >> R.randint(0, 52)


def gen_ints():
    vals = EDGE_INTS + [rand_int() for _ in range(40)]
    small = EDGE_INTS[:24]
    pairs = [(a, b) for a in vals for b in small] + [(a, b) for a in small for b in vals]
    pairs += [(rand_int(), rand_int()) for _ in range(1500)]
    for a, b in pairs:
        add("$int_add", (a, b), lambda: a + b)
        add("$int_sub", (a, b), lambda: a - b)
        add("$int_mul", (a, b), lambda: a * b)
        add("$int_floordiv", (a, b), lambda: a // b)
        add("$int_mod", (a, b), lambda: a % b)
        add("$int_truediv", (a, b), lambda: a / b)
        add("$int_and", (a, b), lambda: a & b)
        add("$int_or", (a, b), lambda: a | b)
        add("$int_xor", (a, b), lambda: a ^ b)
    for a in vals:
        add("$int_neg", (a,), lambda: -a)
        add("$int_abs", (a,), lambda: abs(a))
        add("$int_invert", (a,), lambda: ~a)
        for n in list(range(0, 64)) + [100, 1000, 10000, -1, -100]:
            add("$int_lshift", (a, n), lambda: a << n)
            add("$int_rshift", (a, n), lambda: a >> n)
        for n in list(range(-20, 4)):
            add("$int_round", (a, n), lambda: round(a, n))
    for a in list(range(-12, 13)) + [100, -100, 1000, 2**26, 3**20, 94906265, -94906266, 2**52]:
        for b in list(range(-3, 70)) + [1000, 2**40]:
            def p(a=a, b=b):
                if b < 0 and a == 0:
                    return a**b  # CPython's float pow raises ZeroDivisionError
                if b < 0:
                    raise ValueError("pyrt: int ** negative int gives a float; write float(x) ** n")
                if abs(a) >= 2 and b > 60:
                    return 2**60
                return a**b
            add("$int_pow", (a, b), p)
    # even / odd bit patterns near 2**53 for the bitwise ops
    for _ in range(500):
        a = R.randint(-SAFE, SAFE)
        b = R.randint(-SAFE, SAFE)
        add("$int_and", (a, b), lambda: a & b)
        add("$int_or", (a, b), lambda: a | b)
        add("$int_xor", (a, b), lambda: a ^ b)
    for a in [-(2**53 - 1), -(2**53 - 2), -(2**52) - 1, 2**53 - 1]:
        for b in [-(2**53 - 1), -(2**53 - 2), -(2**52) - 1, -1, 2**53 - 1, -2**52]:
            add("$int_and", (a, b), lambda: a & b)
            add("$int_or", (a, b), lambda: a | b)
            add("$int_xor", (a, b), lambda: a ^ b)


def gen_int_from():
    floats = EDGE_FLOATS + [rand_float() for _ in range(400)] + [
        9007199254740991.0, 9007199254740992.0, -9007199254740992.0, -0.7, 0.99999, -1e-300]
    for x in floats:
        add("$int_from_float", (x,), lambda: int(x))
        add("$float_round", (x,), lambda: round(x))
    strs = [
        "0", "-0", "+0", "42", " -42 ", "+7", "007", "1_000", "1__0", "_1", "1_", "+_1", "0_1",
        "abc", " abc ", "", " ", "1.5", "1e5", "0x10", "\x1c1", "\u00a01\u3000", "\u0661\u0662\u0663",
        "\U0001D7D9\U0001D7DA", "9007199254740991", "-9007199254740991", "9007199254740992",
        "99999999999999999999", "0000000000000000000000000012", "1" * 5000, "a" * 300, "\t\n 12 \r\x0b\x0c",
        "12\x00", "- 1", "--1", "1 2", "\u2007 5", "\ufeff5", "5\x7f", "٣", "1_2_3", "١_٢", "𝟘",
        "-9007199254740992", "1" * 16, "9" * 16, "0" * 30, "++1", "1\u200b", "x" * 250 + "'\"",
    ]
    for s in strs:
        add("$int_from_str", (s,), lambda: int(s))
    fstrs = [
        "0", "-0", "1.5", " 1e5 ", "inf", "-inf", "+inf", "Infinity", "-Infinity", "iNfInItY", "nan", "-nan",
        "NaN", "+nan", "1_000.5", "1_000_000", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", "1e_10",
        "1_e10", "x1", "", " ", ".", "1.", ".5", "-.5", "+.5e-3", "1e", "e5", "1e+", "1e400", "-1e400",
        "1e-400", "0x1p3", "\x1c1", "\u00a01.25\u3000", "\u0661.\u0665", "12\x00", "1.5f", "infinit",
        "in", "nanx", "0.1", "3.141592653589793238462643383279", "2.2250738585072011e-308",
        "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
        "1.7976931348623157e308", "1.7976931348623159e308", "x" * 300, " \t-12.5e-3\n", "1,5",
        "١٢٣.٤", "\u2003-7\u2003", "in f", "- 1", "+-1", "00012.5000",
        "123456789012345678901234567890", "0." + "0" * 400 + "1", "1" + "0" * 400,
    ]
    for s in fstrs:
        add("$float_from_str", (s,), lambda: float(s))


def gen_floats():
    vals = EDGE_FLOATS + [rand_float() for _ in range(600)]
    for x in vals:
        add("$float_repr", (x,), lambda: repr(x))
    fewer = EDGE_FLOATS + [rand_float() for _ in range(60)]
    pairs = [(a, b) for a in fewer for b in EDGE_FLOATS[:40]] + [(rand_float(), rand_float()) for _ in range(2000)]
    for a, b in pairs:
        add("$float_truediv", (a, b), lambda: a / b)
        add("$float_floordiv", (a, b), lambda: a // b)
        add("$float_mod", (a, b), lambda: a % b)
    # round(x, n)
    for x in vals[:400]:
        for n in [0, 1, 2, 3, -1, -2, 5, 10, 15, 17, 20, 100, 300, 323, 324, -300, -308, -309, -400, 400]:
            add("$float_round_digits", (x, n), lambda: round(x, n))
    for _ in range(3000):
        x = round(R.uniform(-10, 10), R.randint(1, 4)) + R.choice([0, 0, 5e-5, 5e-4, 5e-3])
        n = R.randint(0, 4)
        add("$float_round_digits", (x, n), lambda: round(x, n))


def cr_pow(x, y):
    """Correctly rounded x**y (reference; x**y assumed finite, nonzero and real)."""
    if not (math.isfinite(x) and math.isfinite(y)) or x == 0 or abs(x) == 1:
        return x**y
    sign = -1.0 if x < 0 and y == int(y) and int(y) % 2 else 1.0
    x = abs(x)
    if y == int(y) and abs(y) <= 3000:
        return sign * float(Fraction(x) ** int(y))
    getcontext().prec = 60
    return sign * float((Decimal(y) * Decimal(x).ln()).exp())


def gen_pow():
    specials = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, math.inf, -math.inf, math.nan,
                1e308, 1e-308, 5e-324, 10.0, 0.1, 1.5, -1.5, 2.5, 1e-10, 1e10, 0.999, 1.001, 7.0]
    exps = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 0.5, -0.5, 0.25, 1.5, 2.5, 10.0, 100.0, 1000.0,
            1e10, -1e10, 1e300, -1e300, math.inf, -math.inf, math.nan, 1 / 3, 53.0, 1023.0, 1024.0,
            -1074.0, -1075.0, 1e-10, 9007199254740993.0, 4503599627370497.0, 0.1]
    for x in specials:
        for y in exps:
            add("$float_pow", (x, y), lambda: pw(x, y), lambda: cr_pow(x, y))
    for x in [2.0, 10.0, 3.0, 7.0, 1.1, 0.9, 1.0000001, 1e-5, 123.456, 2.718281828459045]:
        for y in range(-40, 41):
            add("$float_pow", (x, float(y)), lambda: pw(x, float(y)), lambda: cr_pow(x, float(y)))
    for k in range(-1080, 1030, 7):
        add("$float_pow", (2.0, float(k)), lambda: pw(2.0, float(k)), lambda: cr_pow(2.0, float(k)))
        add("$float_pow", (2.0, k + 0.5), lambda: pw(2.0, k + 0.5), lambda: cr_pow(2.0, k + 0.5))
    for y in [709.78, 709.7827128933840, 709.782712893384, 709.79, -745.1, -745.13321910194, -745.2, -744.44]:
        add("$float_pow", (math.e, y), lambda: pw(math.e, y), lambda: cr_pow(math.e, y))
    # random: compared with CPython (glibc) and with the correctly rounded value
    getcontext().prec = 60
    rnd = []
    for i in range(4000):
        k = i % 5
        if k == 0:
            x, y = R.uniform(0, 10), R.uniform(-20, 20)
        elif k == 1:
            x, y = R.uniform(0, 2), float(R.randint(-30, 30))
        elif k == 2:
            x, y = R.expovariate(0.01), R.uniform(-3, 3)
        elif k == 3:
            x, y = R.uniform(0.5, 1.5), R.uniform(-300, 300)
        else:
            x, y = 2.0 ** R.uniform(-1070, 1020), R.uniform(-1.5, 1.5)
        try:
            r = x ** y
        except OverflowError:
            continue
        if r == 0.0 or math.isinf(r):
            continue
        rnd.append([enc([x, y]), enc(r), enc(cr_pow(x, y))])
    # exact midpoints: CPython (glibc) rounds them either way
    for a in range(3, 400, 2):
        for n in range(2, 40):
            if a**n > 2**54:
                break
            if a**n > 2**53:
                x, y = float(a), float(n)
                rnd.append([enc([x, y]), enc(x**y), enc(cr_pow(x, y))])
    OUT["pow_random"] = rnd


def pw(x, y):
    r = x ** y
    if isinstance(r, complex):
        raise ValueError("pyrt: complex result of float ** float is not supported")
    return r


FLOAT_SPECS = [
    "", "f", ".0f", ".1f", ".2f", ".3f", ".10f", ".20f", ".50f", "e", ".0e", ".1e", ".3e", ".16e",
    ".20e", "E", "g", ".0g", ".1g", ".2g", ".3g", ".10g", ".17g", ".25g", "G", "%", ".1%", ".0%", "n",
    ".3n", ".3", ".1", ".10", ".17", "10.3f", "<10.3f", "^12.4e", "=+12.3f", "+", " ", "-", "z", "z.1f",
    "z.0f", "+.2f", " .2e", "#", "#.0f", "#.0e", "#g", "#.3g", "#.0g", "#.3", ",", ",.2f", "_.3f",
    "015,.2f", "012.3f", "0=12.3f", "*^20,.3f", "x<15", "\U0001F600>10.2f", "020", "010e", ",g", "_",
    "F", ".3F", ",%", "020,.2%", "+020_.1f", "z+.3g", "^", "30", "-^30.15e", "=30,", "0", "08.3",
    ",.0f", "_.10g", "#020.0e", ".100f", ".99e", "z%", "d", "x", "c", "s", "abc", ".", ",_", "_,",
    ".2d", "+z", "z-", "\u0661\u0660.\u0662f", ".400f", ".800e", ".1000g", ".1100f", "#.600g",
    ".3000000000f", "1000000000000", "0100000000000.1f",
]
INT_SPECS = [
    "", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "n", ",", "_", ",d", "_x", "_b", "_o", "#_x",
    "#_X", "10", "<10", "^10", "=10", ">10", "010", "+", " ", "-", "+010,", "#012x", "#012_b", "e",
    ".2e", "f", ".3f", "g", "%", ".1%", "G", "E", "F", ".2", "z", "s", ",b", ",c", "+c", "#c", "abc",
    ",n", "*^15,", "0=+15_", "015,", "-#10o", " #10X", "x^9", ".", "_,", ",_", "c", "<c", "3c",
    "\U0001F600^11,", "20,", "021_", "016_x", "#020_b", ".0f", "z.1f", "#", "1000000000000",
    ".500f", ".3000000000f",
]
STR_SPECS = [
    "", "s", "10", "<10", ">10", "^10", "*^11", ".3", "10.3", ".0", "\U0001F600^7", "x>5s", "+", " ",
    "z", "#", "=5", ",", "d", "_", "010", "<05", "^", ".10", "1", ".1", "abc", ".", "-", "3.2s",
    "\u0661\u0662", "x^", "^^4", "1000000000000", ".1000000000000",
]
STRS = ["", "a", "ab", "hello", "hello world", "\U0001F600", "a\U0001F600b", "\U0001F600\U0001F601\U0001F602x",
        "h\u00e9llo", "\u4e2d\u6587", "x" * 12, "a\ud800b", "tab\there"]


def gen_format():
    vals = EDGE_FLOATS + [rand_float() for _ in range(150)]
    for spec in FLOAT_SPECS:
        for x in vals:
            add("$format_float", (x, spec), lambda: format(x, spec))
    ints = EDGE_INTS + [rand_int() for _ in range(60)] + [65, 0x10FFFF, 0x110000, 0xE9, 0x1F600]
    for spec in INT_SPECS:
        for v in ints:
            if spec.endswith("c") and not (0 <= v <= 0x10FFFF or v in (-1, 0x110000)):
                continue
            add("$format_int", (v, spec), lambda: format(v, spec))
    for spec in INT_SPECS + ["s", "^5", "x", "c"]:
        for b in (True, False):
            add("$format_bool", (b, spec), lambda: format(b, spec))
    for spec in STR_SPECS:
        for s in STRS:
            add("$format_str", (s, spec), lambda: format(s, spec))
    # .Nf on many random values and ties (the common f-string case)
    for _ in range(3000):
        x = R.choice([R.uniform(-1e6, 1e6), R.randint(-10**6, 10**6) / 8, R.randint(-999, 999) / 1000 + 0.0005,
                      rand_float()])
        spec = R.choice([".0f", ".1f", ".2f", ".3f", ".4f", ".6f", ".9f", ".2e", ".5g", ".1g", ".12g", "g", "e", "%", "8.3f"])
        add("$format_float", (x, spec), lambda: format(x, spec))


def gen_strings():
    strs = STRS + ["\U0001F600" * 3 + "abc", "\ue000\U00010000", "abc" * 20 + "\U0001F600" + "xyz" * 20]
    for s in strs:
        add("$str_len", (s,), lambda: len(s))
        n = len(s)
        for i in range(-n - 2, n + 2):
            add("$str_index", (s, i), lambda: s[i])
        idx = [None, 0, 1, 2, -1, -2, -3, 3, 5, 100, -100, n, -n]
        for a in idx:
            for b in idx:
                for c in [None, 1, 2, 3, -1, -2, -3, 0, 100, -100]:
                    add("$str_slice", (s, a, b, c), lambda: s[a:b:c])
        for k in [-1, 0, 1, 2, 5]:
            add("$str_repeat", (s, k), lambda: s * k)
    cmp_strs = ["", "a", "b", "ab", "abc", "B", "\uffff", "\ue000", "\U00010000", "\U0001F600", "a\U00010000",
                "a\uffff", "a\ue000", "\U00010000a", "\u00e9", "e", "\ud7ff", "zz", "a\x00", "\ud800", "\udc00",
                "\ud800\ue000", "\ud83d", "\ud83dA", "\ud83d\ue000", "\udfff", "\udfff\ud83d", "a\udc00"]
    # (a Python str holding a high surrogate followed by a low one has no
    # distinct UTF-16 representation, so such strings are not tested)
    for a in cmp_strs:
        for b in cmp_strs:
            add("$str_cmp", (a, b), lambda: (a > b) - (a < b))
            add("$str_contains", (a, b), lambda: b in a)
    reprs = [
        "", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\n\t\r", "\x00\x01\x1f\x7f\x80\x9f\xa0\xad",
        "\u00e9\u00ff", "\u0100\u0378\u200b\u2028\u3000", "\U0001F600", "\U0001F6DC", "\U000E0001", "\U0010FFFF",
        "\ud800", "a\udc00b", "\ufeff", "\u0600\u061c", "caf\u00e9 \u4e2d\u6587", "'\"", "\x7f" * 3, "\U00030000",
        "\U0002A6DF\U0002A6E0", "\u1680\u180e", "\U0001FAF8", "\u0e3a\u0e3b",
    ]
    for s in reprs:
        add("$str_repr", (s,), lambda: repr(s))
    # repr of the whole BMP (chunks) and samples of the other planes
    for lo in range(0, 0x10000, 512):
        s = "".join(chr(c) for c in range(lo, lo + 512) if not 0xD800 <= c <= 0xDFFF)
        add("$str_repr", (s,), lambda: repr(s))
    for lo in range(0x10000, 0x110000, 0x1000):
        s = "".join(chr(c) for c in range(lo, lo + 0x1000, 7))
        add("$str_repr", (s,), lambda: repr(s))
    for b in (True, False):
        add("$bool_str", (b,), lambda: str(b))


def main():
    gen_ints()
    gen_int_from()
    gen_floats()
    gen_pow()
    gen_format()
    gen_strings()
    sys.stdout.write(json.dumps(OUT, ensure_ascii=True))


main()
