"""Generates test cases with CPython's answers for runtime/js/library.js.

Prints one JSON document:
  {"math": {fn: [[args, expected], ...]}, "cr": {fn: [...]}, "random": [...]}
Floats are {"f": "<16 hex digits of the IEEE bits>"}; expected is {"v": value}
or {"e": [exception name, str(exc)]}.  For the functions glibc computes
without correct rounding guarantees, expected may also carry "cr": the
correctly rounded value (needs mpmath; absent without it).
Random programs: {"seed": [kind, value], "ops": [[method, args], ...],
"out": [expected, ...]}.
Run by library.test.mjs (python3 must be CPython 3.11).  Argument: a scale
factor for the number of random inputs (default 1).
"""
import json
import math
import random
import struct
import sys
import warnings

warnings.simplefilter("ignore")  # randrange() with float arguments warns

try:
    import mpmath
    mpmath.mp.prec = 160
except ImportError:  # the correctly rounded references are then skipped
    mpmath = None

SAFE = 2**53 - 1
OVF = "int too large for the js backend (beyond 2**53)"
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
R = random.Random(20240611)


def enc(v):
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        assert abs(v) <= SAFE, v
        return v
    if isinstance(v, float):
        return {"f": struct.pack(">d", v).hex()}
    if isinstance(v, range):
        return {"range": [v.start, v.stop, v.step]}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if isinstance(v, dict) and list(v) == ["range"]:
        return v
    raise TypeError(type(v))


def outcome(thunk):
    try:
        r = thunk()
        if isinstance(r, int) and not isinstance(r, bool) and abs(r) > SAFE:
            return {"e": ["OverflowError", OVF]}
        if isinstance(r, list) and any(isinstance(x, int) and not isinstance(x, bool) and abs(x) > SAFE for x in r):
            return {"e": ["OverflowError", OVF]}
        return {"v": enc(r)}
    except Exception as e:  # noqa: BLE001
        return {"e": [type(e).__name__, str(e)]}


MATH = {}


def add(fn, args, thunk, cr=None):
    exp = outcome(thunk)
    if cr is not None and mpmath is not None and "v" in exp and isinstance(thunk(), float) \
            and math.isfinite(thunk()) and thunk() != 0 and all(math.isfinite(a) and a != 0 for a in args):
        try:
            c = cr()
            if c is not None:
                exp["cr"] = enc(c)
        except Exception:  # noqa: BLE001
            pass
    MATH.setdefault(fn, []).append([enc(list(args)), exp])


def n(k):
    return max(1, int(k * SCALE))


def any_double():
    while True:
        x = struct.unpack(">d", R.getrandbits(64).to_bytes(8, "big"))[0]
        if math.isfinite(x):
            return x


def rand_float():
    k = R.random()
    if k < 0.25:
        return any_double()
    if k < 0.45:
        return R.uniform(-1000, 1000)
    if k < 0.6:
        return round(R.uniform(-100, 100), R.randint(0, 6))
    if k < 0.75:
        return R.choice([-1, 1]) * 10.0 ** R.randint(-30, 30) * R.randint(1, 9999)
    if k < 0.85:
        return float(R.randint(-2**53, 2**53))
    return R.choice([-1, 1]) * R.random() * 10.0 ** R.randint(-320, 308)


EDGE = [
    0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 1e-310, 2.2250738585072014e-308,
    1.7976931348623157e308, -1.7976931348623157e308, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 1.5, 2.5, 3.0,
    0.1, 1e-8, 1e-17, 1e-300, 1e16, 1e22, 1e300, 2.0**52, 2.0**53, 2.0**53 + 2, 2.0**63, 9007199254740991.0,
    4503599627370495.5, -4503599627370495.5, 0.49999999999999994, 0.9999999999999999, 1.0000000000000002,
    math.pi, math.pi / 2, math.pi / 4, -math.pi, 2 * math.pi, math.e, 709.782712893384, 709.7827128933841,
    -745.1332191019411, -745.1332191019412, -708.3964185322641, 710.0, -746.0, 22.0, 0.34657359027997264,
    1e-5, 100.0, 1000.0, 12345.678,
]


def to_double(v):
    """mpf -> the nearest double (mpmath's float() rounds twice below 2**-1022)."""
    if abs(v) < mpmath.mpf(2) ** -1022:
        return float(int(mpmath.nint(v * mpmath.mpf(2) ** 1074))) * 2.0 ** -1074 if v >= 0 else \
            -float(int(mpmath.nint(-v * mpmath.mpf(2) ** 1074))) * 2.0 ** -1074
    return float(v)


def cr_of(f):
    """Correctly rounded f via mpmath (f takes mpf)."""
    def mk(*xs):
        return lambda: to_double(f(*[mpmath.mpf(x) for x in xs]))
    return mk


def unary(name, fn, gen, count, cr=None):
    xs = EDGE + [gen() for _ in range(n(count))]
    for x in xs:
        add(name, [x], lambda x=x: fn(x), cr and cr(x))


def binary(name, fn, gen, count, cr=None):
    pairs = [(a, b) for a in EDGE[:14] for b in EDGE[:14]] + [(gen(), gen()) for _ in range(n(count))]
    for a, b in pairs:
        add(name, [a, b], lambda a=a, b=b: fn(a, b), cr and cr(a, b))


# ---- exactly specified functions ----

def gen_mixed():
    return rand_float() if R.random() < 0.7 else R.uniform(-10, 10)


for name in ["sqrt", "fabs", "isnan", "isinf", "isfinite", "degrees", "radians", "frexp", "modf", "ulp"]:
    fn = getattr(math, name)
    unary(name, (lambda fn: lambda x: list(fn(x)) if isinstance(fn(x), tuple) else fn(x))(fn), gen_mixed, 600)
for name in ["floor", "ceil", "trunc"]:
    fn = getattr(math, name)
    unary(name, fn, lambda: R.choice([rand_float(), R.uniform(-1e16, 1e16), R.uniform(-5, 5)]), 600)
binary("fmod", math.fmod, gen_mixed, 800)
binary("remainder", math.remainder, gen_mixed, 800)
binary("copysign", math.copysign, gen_mixed, 300)
binary("nextafter", math.nextafter, gen_mixed, 300)
for x in EDGE[:20]:
    for i in [0, 1, -1, 5, -5, 52, 1023, 1024, 1075, -1022, -1074, -1075, -1080, 2000, -2000, 2**31, -2**31 - 1]:
        add("ldexp", [x, i], lambda x=x, i=i: math.ldexp(x, i))
for _ in range(n(800)):
    x = gen_mixed()
    i = R.choice([R.randint(-20, 20), R.randint(-1100, 1100), R.randint(-2200, 2200)])
    add("ldexp", [x, i], lambda x=x, i=i: math.ldexp(x, i))


def vec(k):
    mode = R.random()
    if mode < 0.3:
        return [R.uniform(-100, 100) for _ in range(k)]
    if mode < 0.5:
        return [R.choice([-1, 1]) * 10.0 ** R.randint(-320, 308) * R.random() for _ in range(k)]
    if mode < 0.6:
        return [R.choice([1e-310, 3e-320, -2e-315, 5e-324, 0.0]) for _ in range(k)]
    if mode < 0.7:
        return [R.choice(EDGE) for _ in range(k)]
    return [rand_float() for _ in range(k)]


for _ in range(n(800)):
    v = vec(R.randint(0, 6))
    add("hypot", v, lambda v=v: math.hypot(*v))
for _ in range(n(500)):
    k = R.randint(0, 5)
    p, q = vec(k), vec(k)
    add("dist", [p, q], lambda p=p, q=q: math.dist(p, q))
add("dist", [[1.0, 2.0], [1.0]], lambda: math.dist([1.0, 2.0], [1.0]))
for _ in range(n(800)):
    v = vec(R.randint(0, 12)) if R.random() < 0.5 else [R.choice([1e16, 1.0, -1e16, 1e-16, 0.1, 1e308, -1e308,
                                                                  math.inf, -math.inf, 2.0**-1074, 3.5])
                                                        for _ in range(R.randint(0, 8))]
    add("fsum", [v], lambda v=v: math.fsum(v))
for v in [[1e308, 1e308], [math.inf, -math.inf], [math.nan, 1.0], [1e308, 1e308, -1e308], [1e-16, 1, 1e16],
          [0.1] * 10, []]:
    add("fsum", [v], lambda v=v: math.fsum(v))
for _ in range(n(300)):
    v = [R.uniform(-3, 3) for _ in range(R.randint(0, 8))]
    add("prod", [v], lambda v=v: math.prod(v))
    iv = [R.randint(-1000, 1000) for _ in range(R.randint(0, 7))]
    add("prod_int", [iv], lambda iv=iv: math.prod(iv))
add("prod_int", [[2**40, 2**40, 0]], lambda: 0)
add("prod", [[2.0, 3.0], 0.5], lambda: math.prod([2.0, 3.0], start=0.5))
for _ in range(n(400)):
    a = R.choice([rand_float(), R.uniform(-1, 1), 1.0])
    b = a * (1 + R.choice([0, 1e-10, 1e-9, 2e-9, -1e-8, 1e-15])) if R.random() < 0.7 else rand_float()
    rt = R.choice([1e-9, 1e-5, 0.0, 0.5])
    at = R.choice([0.0, 1e-12, 1.0])
    add("isclose", [a, b, rt, at], lambda a=a, b=b, rt=rt, at=at: math.isclose(a, b, rel_tol=rt, abs_tol=at))
add("isclose", [1.0, 1.0, -1.0, 0.0], lambda: math.isclose(1.0, 1.0, rel_tol=-1.0))
for x in [math.inf, -math.inf, math.nan]:
    for y in [math.inf, 1.0, math.nan]:
        add("isclose", [x, y, 1e-9, 0.0], lambda x=x, y=y: math.isclose(x, y))


def rint():
    return R.choice([R.randint(-50, 50), R.randint(-10**6, 10**6), R.randint(-2**53 + 1, 2**53 - 1), 0])


for _ in range(n(500)):
    args = [rint() for _ in range(R.randint(0, 4))]
    add("gcd", args, lambda a=args: math.gcd(*a))
    args = [R.choice([R.randint(-100, 100), R.randint(-10**5, 10**5), rint()]) for _ in range(R.randint(0, 4))]
    add("lcm", args, lambda a=args: math.lcm(*a))
for k in range(-3, 25):
    add("factorial", [k], lambda k=k: math.factorial(k))
for _ in range(n(800)):
    a = R.choice([R.randint(-3, 70), R.randint(0, 10**6), R.randint(0, 2**53 - 1)])
    b = R.choice([R.randint(-3, 70), R.randint(0, 10), a - R.randint(0, 10), a + R.randint(0, 3),
                  R.randint(-3, 3)])
    if a < 0 or b < 0 or b > a or min(b, a - b) < 2000:  # CPython computes huge results exactly
        add("comb", [a, b], lambda a=a, b=b: math.comb(a, b))
    if a < 0 or b < 0 or b > a or b < 2000:
        add("perm", [a, b], lambda a=a, b=b: math.perm(a, b))
for a in [-1, 0, 5, 18, 19]:
    add("perm", [a, None], lambda a=a: math.perm(a))
for _ in range(n(500)):
    a = R.choice([R.randint(-5, 10**4), R.randint(0, 2**53 - 1), R.randint(0, 94906265) ** 2 + R.randint(-1, 1)])
    add("isqrt", [a], lambda a=a: math.isqrt(a))
for a in [0, 1, 2**53 - 1, 94906265**2, 94906265**2 - 1, 94906266**2 - 1]:
    if a <= SAFE:
        add("isqrt", [a], lambda a=a: math.isqrt(a))

# ---- functions that call the C library ----


def g_wide():
    k = R.random()
    if k < 0.5:
        return R.uniform(-10, 10)
    if k < 0.7:
        return R.uniform(-1000, 1000)
    return rand_float()


def g_pos():
    k = R.random()
    if k < 0.3:
        return R.uniform(0, 10)
    if k < 0.5:
        return 1 + R.uniform(-0.01, 0.01)
    if k < 0.7:
        return abs(any_double())
    return abs(rand_float())


CR = None if mpmath is None else {
    "exp": cr_of(mpmath.exp), "log": cr_of(mpmath.log), "log2": cr_of(lambda x: mpmath.log(x, 2)),
    "sin": cr_of(mpmath.sin), "cos": cr_of(mpmath.cos), "tan": cr_of(mpmath.tan),
    "asin": cr_of(mpmath.asin), "acos": cr_of(mpmath.acos), "atan": cr_of(mpmath.atan),
    "exp2": cr_of(lambda x: mpmath.mpf(2) ** x), "atan2": cr_of(mpmath.atan2),
}


def cr_fn(name):
    if CR is None:
        return None
    f = CR[name]
    return lambda *xs: (lambda: f(*xs)())


C = 1500
unary("exp", math.exp, lambda: R.choice([R.uniform(-745.2, 709.8), R.uniform(-5, 5), g_wide()]), C, cr_fn("exp"))
unary("exp2", math.exp2, lambda: R.choice([R.uniform(-1075, 1024), R.uniform(-5, 5), g_wide()]), C // 2,
      cr_fn("exp2"))
unary("expm1", math.expm1, lambda: R.choice([R.uniform(-40, 709.8), R.uniform(-1, 1), R.uniform(-1e-5, 1e-5),
                                             g_wide()]), C)
unary("log", math.log, g_pos, C, cr_fn("log"))
unary("log2", math.log2, g_pos, C, cr_fn("log2"))
unary("log10", math.log10, g_pos, C)
unary("log1p", math.log1p, lambda: R.choice([R.uniform(-1, 1), R.uniform(-1e-6, 1e-6), g_pos(), g_wide()]), C)
for x, b in [(8.0, 2.0), (100.0, 10.0), (1.0, 1.0), (2.0, 1.0), (0.0, 2.0), (2.0, 0.0), (2.0, -1.0),
             (math.e, math.e), (1e300, 1e-300), (3.0, 0.5)] + [(g_pos(), g_pos()) for _ in range(n(300))]:
    add("log_base", [x, b], lambda x=x, b=b: math.log(x, b))
trig = lambda: R.choice([R.uniform(-7, 7), R.uniform(-1e5, 1e5), R.uniform(-1e-3, 1e-3), g_wide(),
                         R.choice([-1, 1]) * 2.0 ** R.uniform(-60, 1023)])
unary("sin", math.sin, trig, C, cr_fn("sin"))
unary("cos", math.cos, trig, C, cr_fn("cos"))
unary("tan", math.tan, trig, C, cr_fn("tan"))
unit = lambda: R.choice([R.uniform(-1, 1), 1 - 2.0 ** -R.randint(1, 53), R.uniform(-1e-9, 1e-9), g_wide()])
unary("asin", math.asin, unit, C, cr_fn("asin"))
unary("acos", math.acos, unit, C, cr_fn("acos"))
unary("atan", math.atan, lambda: R.choice([R.uniform(-2, 2), g_wide(), any_double()]), C, cr_fn("atan"))
binary("atan2", math.atan2, lambda: R.choice([R.uniform(-2, 2), g_wide(), any_double()]), C, cr_fn("atan2"))
hyp = lambda: R.choice([R.uniform(-3, 3), R.uniform(-25, 25), R.uniform(-712, 712), R.uniform(-1e-6, 1e-6),
                        g_wide()])
unary("sinh", math.sinh, hyp, C)
unary("cosh", math.cosh, hyp, C)
unary("tanh", math.tanh, hyp, C)
unary("asinh", math.asinh, lambda: R.choice([R.uniform(-3, 3), g_wide(), any_double()]), C)
unary("acosh", math.acosh, lambda: R.choice([1 + R.uniform(0, 1), R.uniform(1, 100), abs(g_wide()),
                                             abs(any_double())]), C)
unary("atanh", math.atanh, unit, C)
unary("cbrt", math.cbrt, lambda: R.choice([R.uniform(-100, 100), g_wide(), any_double()]), C)


def g_pow():
    k = R.random()
    if k < 0.4:
        return (R.uniform(0, 10), R.uniform(-20, 20))
    if k < 0.6:
        return (R.uniform(-10, 10), float(R.randint(-30, 30)))
    if k < 0.8:
        return (rand_float(), rand_float())
    return (R.choice(EDGE), R.choice(EDGE))


for x, y in [(a, b) for a in EDGE[:14] for b in EDGE[:14]] + [g_pow() for _ in range(n(C))]:
    add("pow", [x, y], lambda x=x, y=y: math.pow(x, y),
        None if mpmath is None or not (x > 0 and math.isfinite(x) and math.isfinite(y)) else
        (lambda x=x, y=y: to_double(mpmath.power(mpmath.mpf(x), mpmath.mpf(y)))))

# ---- random ----

PROGS = []


def rng_prog(seed_kind, seed, ops):
    r = random.Random()
    r.seed(seed)
    out = []
    for m, args in ops:
        pargs = [range(*a["range"]) if isinstance(a, dict) else a for a in args]
        if m == "sample_counts":
            res = outcome(lambda: r.sample(pargs[0], pargs[1], counts=pargs[2]))
        elif m == "choices":
            res = outcome(lambda: r.choices(pargs[0], pargs[1], cum_weights=pargs[2], k=pargs[3]))
        elif m == "shuffle":
            lst = list(pargs[0])
            res = outcome(lambda: (r.shuffle(lst), lst)[1])
        elif m == "getstate_roundtrip":
            st = r.getstate()
            a1 = r.random()
            r.setstate(st)
            res = outcome(lambda: [a1, r.random()])
        else:
            res = outcome(lambda: getattr(r, m)(*pargs))
        if "v" in res and isinstance(res["v"], tuple):
            res["v"] = list(res["v"])
        out.append(res)
    PROGS.append({"seed": [seed_kind, enc(seed)], "ops": enc(ops), "out": out})


def rnd_ops(k):
    ops = []
    for _ in range(k):
        c = R.randint(0, 34)
        if c < 3:
            ops.append(["random", []])
        elif c < 5:
            ops.append(["getrandbits", [R.randint(0, 53)]])
        elif c == 5:
            ops.append(["randrange", [R.randint(1, 2**R.randint(1, 52))]])
        elif c == 6:
            a = R.randint(-1000, 1000)
            ops.append(["randrange", [a, a + R.randint(-3, 2**R.randint(1, 40))]])
        elif c == 7:
            a = R.randint(-1000, 1000)
            ops.append(["randrange", [a, a + R.randint(-50, 10**6), R.choice([-7, -1, 2, 3, 1000, 1])]])
        elif c == 8:
            a = R.randint(-2**40, 2**40)
            ops.append(["randint", [a, a + R.randint(0, 2**R.randint(0, 50))]])
        elif c == 9:
            ops.append(["choice", [[R.randint(0, 99) for _ in range(R.randint(1, 30))]]])
        elif c == 10:
            ops.append(["choice", [R.choice(["abc", "h\u00e9llo \U0001F600!", "x" * 40])]])
        elif c == 11:
            ops.append(["choice", [{"range": [R.randint(-50, 50), R.randint(60, 10**9), R.randint(1, 9)]}]])
        elif c == 12:
            ops.append(["shuffle", [list(range(R.randint(0, 60)))]])
        elif c == 13:
            m = R.randint(0, 40)
            ops.append(["sample", [list(range(m)), R.randint(0, m)]])
        elif c == 14:
            nn = R.randint(0, 10**R.randint(1, 12))
            ops.append(["sample", [{"range": [0, nn, 1]}, R.randint(0, min(nn, 60))]])
        elif c == 15:
            ops.append(["sample", ["abcdefghij", R.randint(0, 10)]])
        elif c == 16:
            m = R.randint(1, 6)
            ops.append(["sample_counts", [list("ABCDEF"[:m]), R.randint(0, 8), [R.randint(0, 4) for _ in range(m)]]])
        elif c == 17:
            m = R.randint(1, 6)
            w = [R.choice([R.uniform(0, 5), R.randint(0, 5)]) for _ in range(m)] if R.random() < 0.6 else None
            ops.append(["choices", [list(range(m)), w, None, R.randint(0, 8)]])
        elif c == 18:
            m = R.randint(1, 6)
            cw = sorted(R.uniform(0, 10) for _ in range(m))
            ops.append(["choices", ["xyzuvw"[:m], None, cw, R.randint(1, 5)]])
        elif c == 19:
            ops.append(["uniform", [R.uniform(-10, 10), R.uniform(-10, 10)]])
        elif c == 20:
            lo, hi = R.uniform(-5, 5), R.uniform(-5, 5)
            ops.append(["triangular", [lo, hi, R.choice([None, R.uniform(lo, hi), lo])]])
        elif c == 21:
            ops.append(["gauss", [R.uniform(-5, 5), R.uniform(0, 3)]])
        elif c == 22:
            ops.append(["normalvariate", [R.uniform(-5, 5), R.uniform(0, 3)]])
        elif c == 23:
            ops.append(["lognormvariate", [R.uniform(-1, 1), R.uniform(0, 1)]])
        elif c == 24:
            ops.append(["expovariate", [R.choice([R.uniform(0.1, 5), -1.5])]])
        elif c == 25:
            ops.append(["vonmisesvariate", [R.uniform(0, 6), R.choice([0.0, 0.5, 4.0])]])
        elif c == 26:
            ops.append(["gammavariate", [R.choice([0.3, 1.0, 2.5, 20.0]), R.uniform(0.5, 2)]])
        elif c == 27:
            ops.append(["betavariate", [R.choice([0.5, 2.0]), R.choice([0.7, 3.0])]])
        elif c == 28:
            ops.append(["paretovariate", [R.uniform(0.5, 3)]])
        elif c == 29:
            ops.append(["weibullvariate", [R.uniform(0.5, 3), R.uniform(0.5, 3)]])
        elif c == 30:
            ops.append(["gauss", []])
        elif c == 31:
            ops.append(["randrange", [R.choice([0, -5, 10]), R.choice([None, 0, 5, 3])] +
                        R.choice([[], [0], [2], [-1]])])
        elif c == 32:
            ops.append(["getstate_roundtrip", []])
        elif c == 33:
            ops.append(["randint", [R.randint(-10, 10), R.randint(-10, 10)]])
        else:
            ops.append(["getrandbits", [R.randint(1, 32)]])
    return ops


SEEDS = [("int", 0), ("int", 1), ("int", 42), ("int", -42), ("int", 2**32 - 1), ("int", 2**32), ("int", 2**32 + 7),
         ("int", 2**53 - 1), ("int", -(2**40) - 3), ("int", 123456789), ("bool", True), ("bool", False),
         ("str", ""), ("str", "hello"), ("str", "h\u00e9llo w\u00f6rld \U0001F600"), ("str", "x" * 200),
         ("str", "seed-" * 30), ("float", 1.5), ("float", -2.0), ("float", 0.1), ("float", 1e300),
         ("float", -1e-300), ("float", math.inf), ("float", -math.inf), ("float", 2.0**61 - 1), ("float", -1.0),
         ("num", 0.1), ("num", -1.5), ("num", 2.0**60), ("num", -1e300)]  # num: floats given to seed()
for kind, s in SEEDS:
    rng_prog(kind, s, rnd_ops(n(60)))
for i in range(n(40)):
    rng_prog("int", R.randint(-2**53 + 1, 2**53 - 1), rnd_ops(n(40)))
# long runs through several twists, and the fixed errors
rng_prog("int", 2024, [["random", []]] * 700 + [["getrandbits", [53]]] * 400)
rng_prog("int", 7, [["randrange", [10, 5]], ["randrange", [0]], ["randrange", [10, 10, 2]], ["randrange", [0, 10, 0]],
                    ["randrange", [5, None, 2]], ["randrange", [2.5]], ["randrange", [0, 7.5]],
                    ["randrange", [0, 10, 1.5]], ["randrange", [10.0]], ["choice", [[]]], ["choice", [""]],
                    ["sample", [[1, 2, 3], 4]], ["sample", [[1, 2, 3], -1]], ["getrandbits", [-1]],
                    ["gammavariate", [0.0, 1.0]], ["sample_counts", [["a", "b"], 1, [1]]],
                    ["sample_counts", [["a", "b"], 1, [0, 0]]], ["choices", [[1, 2], [1, 1], [1, 2], 1]],
                    ["choices", [[1, 2], [1], None, 1]], ["choices", [[1, 2], [0, 0], None, 1]],
                    ["choices", [[], None, None, 2]], ["choices", [[], None, None, 0]],
                    ["triangular", [2.0, 2.0, 2.0]], ["expovariate", [0.0]], ["randrange", [-3, 3, -1]]])

# one write: json.dump() would make a system call per fragment (slow on an unbuffered pipe)
sys.stdout.write(json.dumps({"math": MATH, "random": PROGS, "mpmath": mpmath is not None}))
