"""Generates test cases with CPython's answers for runtime/js/strings.js.

Prints one JSON document:
  {fn_name: [[args, expected], ...], ...,
   "props": {name: [first value, run lengths...]},   predicates of every code point
   "casemap": [[cp, upper, lower, title, casefold, swapcase], ...]}
Plain arguments are JSON values (str, int, None, lists for tuples);
expected is {"v": value} or {"e": [exception name, str(exc)]}.
$str_percent and $str_format take typed values: {"t": kind, "v": ...} (see
tv() below), from which strings.test.mjs builds the values and descriptors.
Run by strings.test.mjs (python3 must be CPython 3.11).
"""
import itertools
import json
import random
import struct
import sys

R = random.Random(20240612)
OUT = {}
SAFE = 2**53 - 1


def add(fn, args, thunk):
    try:
        r = thunk()
        if isinstance(r, tuple):
            r = list(r)
        exp = {"v": r}
    except Exception as e:  # noqa: BLE001
        exp = {"e": [type(e).__name__, str(e)]}
    OUT.setdefault(fn, []).append([args, exp])


# ---------------------------------------------------------------------------
# Text material
# ---------------------------------------------------------------------------

PIECES = [
    "a", "b", "ab", "abc", "Hello", "wORLD", "x", "X", "z9", "_id", "it's", "o'neil", "e.g.", "3", "42", "0",
    "-", "+", "*", ",", ".", ":", "'", "\\", "\"", "{", "}", "%",
    " ", "  ", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0",
    "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\x00", "\x7f",
    "café", "ÉTÉ", "ß", "ÿ", "µ", "ŉ", "ǰ", "ǅ", "ǆ", "Ǆ", "ﬁ", "ﬀ", "İ", "ı", "K", "Å", "ſ", "ẞ",
    "Σ", "σ", "ς", "ΟΔΟΣ", "ΑΣ.", "Σ'Α", "ᾳ", "ᾼ", "ΐ", "ͅ", "\u0301", "a\u0301", "\u00ad", "ΣΣ",
    "ǈ", "ǋ", "ᾈ", "ᾏ", "ⓐ", "Ⓐ", "ʰ", "ꭰ", "Ꭰ", "ﬓ", "և", "ᲀ", "ა", "Ა",
    "中文", "字", "日本語", "한국어", "ｶﾀｶﾅ", "ＡＢ", "ｚ",
    "😀", "😀😁", "a😀b", "𝐀", "𝐚", "𐐀", "𐐨", "𞤀", "𞤢", "𝟘", "𝟗", "🀄",
    "٣", "²", "½", "Ⅻ", "ⅻ", "〇", "一", "፩", "①", "߀", "९", "᠐",
    "\u0378", "\ue000", "\U000e0001", "\ufeff", "\uffff",
]


def rand_text(maxn=6):
    n = R.randint(0, maxn)
    return "".join(R.choice(PIECES) for _ in range(n))


TEXTS = ["", " ", "a", "abc", "Hello World", "  padded  ", "a b  c\td\ne", "\x1c\x1d\x1e\x1f a \x85\xa0\u3000",
         "😀", "x😀y😀z", "日本語のテキスト", "ÀÉÎÕÜ àéîõü", "straße", "ΌΣΟΣ ΣΊΣΥΦΟΣ", "ǅemal ǆ Ǆ",
         "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x85line8\u2028line9\u2029end", "\n\n", "\r\n",
         "tab\there\t\tx", "éé\t😀\tx\n\ty", "İstanbul", "ﬁnal ﬂow", "ŉ ǰ ΐ", "'twas the night", "a.b.c",
         "hello_world42", "42", "-17", "+3", "0x1F", "٣٤", "²³", "½", "Ⅻ", "𝟘𝟙", "MiXeD CaSe", "ALL CAPS",
         "all lower", "Title Case Words", "they're bill's friends", "ΑΣ'Α", "aΣ\u0301", "Σ", "aΣ", "aΣb",
         "𐐀𐐁𐐂 𐐨𐐩", "ᾈᾉ ᾀ", "\u0345x", "ʰʱ", "a\u00adΣ", "x" * 30 + "😀" + "y" * 30]


def texts(k):
    return TEXTS + [rand_text() for _ in range(k)]


def idx():
    return R.choice([None, None, 0, 1, 2, 3, 5, 8, 100, -1, -2, -3, -5, -100, R.randint(-12, 12)])


def sub_of(s):
    """a substring of s (by code point), a random piece, or empty"""
    k = R.random()
    if k < 0.5 and s:
        a = R.randint(0, len(s))
        b = R.randint(a, min(len(s), a + R.randint(0, 4)))
        return s[a:b]
    if k < 0.85:
        return R.choice(PIECES)
    return ""


# ---------------------------------------------------------------------------
# str methods
# ---------------------------------------------------------------------------

def gen_methods():
    T = texts(400)
    for s in T:
        for fn, f in (("$str_upper", str.upper), ("$str_lower", str.lower), ("$str_capitalize", str.capitalize),
                      ("$str_title", str.title), ("$str_swapcase", str.swapcase), ("$str_casefold", str.casefold),
                      ("$str_isdigit", str.isdigit), ("$str_isdecimal", str.isdecimal),
                      ("$str_isnumeric", str.isnumeric), ("$str_isalpha", str.isalpha),
                      ("$str_isalnum", str.isalnum), ("$str_isspace", str.isspace), ("$str_isupper", str.isupper),
                      ("$str_islower", str.islower), ("$str_istitle", str.istitle),
                      ("$str_isidentifier", str.isidentifier), ("$str_isascii", str.isascii),
                      ("$str_isprintable", str.isprintable)):
            add(fn, [s], lambda f=f, s=s: f(s))
        for keep in (False, True):
            add("$str_splitlines", [s, keep], lambda s=s, keep=keep: s.splitlines(keep))
        add("$str_ord", [s], lambda s=s: ord(s))
    # predicates on homogeneous strings (random mixtures are rarely all-alpha etc.)
    for ch in ["٣", "²", "½", "Ⅻ", "𝟘", "a", "A", "ǅ", "中", "😀", " ", "\u3000", "_", "ͅ", "ʰ", "𐐀", "𐐨", "ᾈ", "1"]:
        for n in (1, 2, 3):
            for pre in ("", "A", "a", "1", " "):
                s = pre + ch * n
                for fn, f in (("$str_isdigit", str.isdigit), ("$str_isdecimal", str.isdecimal),
                              ("$str_isnumeric", str.isnumeric), ("$str_isalpha", str.isalpha),
                              ("$str_isalnum", str.isalnum), ("$str_isspace", str.isspace),
                              ("$str_isupper", str.isupper), ("$str_islower", str.islower),
                              ("$str_istitle", str.istitle), ("$str_isidentifier", str.isidentifier)):
                    add(fn, [s], lambda f=f, s=s: f(s))
    for s in T:
        for _ in range(3):
            sep = R.choice([None, None, sub_of(s), " ", ",", "ab", "😀", "Σ", ""])
            ms = R.choice([-1, -1, 0, 1, 2, 3, -5])
            add("$str_split", [s, sep, ms], lambda s=s, sep=sep, ms=ms: s.split(sep, ms))
            add("$str_rsplit", [s, sep, ms], lambda s=s, sep=sep, ms=ms: s.rsplit(sep, ms))
        for _ in range(2):
            chars = R.choice([None, None, sub_of(s), " ", "ab", "😀a", "", "Σσ", " \t\n"])
            add("$str_strip", [s, chars], lambda s=s, c=chars: s.strip(c))
            add("$str_lstrip", [s, chars], lambda s=s, c=chars: s.lstrip(c))
            add("$str_rstrip", [s, chars], lambda s=s, c=chars: s.rstrip(c))
        for _ in range(3):
            old = R.choice([sub_of(s), sub_of(s), "", "a", "😀"])
            new = R.choice(["", "-", "XY", "😀", "中"])
            cnt = R.choice([-1, -1, 0, 1, 2, 5, -3])
            add("$str_replace", [s, old, new, cnt], lambda s=s, o=old, n=new, c=cnt: s.replace(o, n, c))
        for _ in range(4):
            sub = sub_of(s)
            a, b = idx(), idx()
            add("$str_find", [s, sub, a, b], lambda s=s, u=sub, a=a, b=b: s.find(u, a, b))
            add("$str_rfind", [s, sub, a, b], lambda s=s, u=sub, a=a, b=b: s.rfind(u, a, b))
            add("$str_index_of", [s, sub, a, b], lambda s=s, u=sub, a=a, b=b: s.index(u, a, b))
            add("$str_rindex", [s, sub, a, b], lambda s=s, u=sub, a=a, b=b: s.rindex(u, a, b))
            add("$str_count", [s, sub, a, b], lambda s=s, u=sub, a=a, b=b: s.count(u, a, b))
            p = R.choice([sub, sub_of(s), s[:R.randint(0, len(s))], s[R.randint(0, len(s)):], ""])
            if R.random() < 0.25:
                p = [p, sub_of(s)]
            add("$str_startswith", [s, p, a, b],
                lambda s=s, p=p, a=a, b=b: s.startswith(tuple(p) if isinstance(p, list) else p, a, b))
            add("$str_endswith", [s, p, a, b],
                lambda s=s, p=p, a=a, b=b: s.endswith(tuple(p) if isinstance(p, list) else p, a, b))
        for _ in range(2):
            w = R.choice([-1, 0, len(s) - 1, len(s), len(s) + 1, len(s) + 2, len(s) + 5, 20, R.randint(0, 15)])
            fill = R.choice([None, None, "*", "😀", "中", "", "ab", " "])
            for fn, f in (("$str_center", str.center), ("$str_ljust", str.ljust), ("$str_rjust", str.rjust)):
                add(fn, [s, w, fill], lambda f=f, s=s, w=w, fill=fill: f(s, w) if fill is None else f(s, w, fill))
            add("$str_zfill", [s, w], lambda s=s, w=w: s.zfill(w))
        sep = R.choice([sub_of(s), sub_of(s), " ", "😀", ""])
        add("$str_partition", [s, sep], lambda s=s, sep=sep: s.partition(sep))
        add("$str_rpartition", [s, sep], lambda s=s, sep=sep: s.rpartition(sep))
        ts = R.choice([None, None, 8, 4, 1, 0, -1, 3])
        t2 = s if "\t" in s or R.random() < 0.3 else s + "\t" + rand_text(2) + "\t" + rand_text(2)
        add("$str_expandtabs", [t2, ts], lambda s=t2, ts=ts: s.expandtabs(8 if ts is None else ts))
        p = sub_of(s)
        add("$str_removeprefix", [s, p], lambda s=s, p=p: s.removeprefix(p))
        add("$str_removesuffix", [s, p], lambda s=s, p=p: s.removesuffix(p))
        add("$str_removeprefix", [s, s[:2]], lambda s=s: s.removeprefix(s[:2]))
        add("$str_removesuffix", [s, s[-2:]], lambda s=s: s.removesuffix(s[-2:]))
    for _ in range(150):
        parts = [rand_text(2) for _ in range(R.randint(0, 5))]
        sep = R.choice(["", ", ", "😀", "-", "\n"])
        add("$str_join", [sep, parts], lambda sep=sep, parts=parts: sep.join(parts))
    add("$str_join", ["-", ["a", 1]], lambda: "-".join(["a", 1]))
    add("$str_join", ["-", [None]], lambda: "-".join([None]))
    # split edge cases
    for s, sep, ms in [("", None, -1), ("", ",", -1), ("   ", None, -1), ("   ", None, 0), (" a ", None, 0),
                       (" a b ", None, 1), ("a,,b,", ",", -1), (",", ",", -1), ("aaa", "aa", -1),
                       ("aaaa", "aa", 1), ("a😀b😀", "😀", -1), ("abc", "", 1), ("a\x1cb\x1fc\x85d\u200be", None, -1)]:
        add("$str_split", [s, sep, ms], lambda s=s, sep=sep, ms=ms: s.split(sep, ms))
        add("$str_rsplit", [s, sep, ms], lambda s=s, sep=sep, ms=ms: s.rsplit(sep, ms))
    for s, o, n, c in [("", "", "x", -1), ("", "", "x", 0), ("abc", "", "-", -1), ("abc", "", "-", 2),
                       ("a😀b", "", "-", 3), ("aaa", "a", "b", 2), ("aaa", "aa", "x", -1), ("abc", "abc", "", -1)]:
        add("$str_replace", [s, o, n, c], lambda s=s, o=o, n=n, c=c: s.replace(o, n, c))
    for s, u, a, b in [("abc", "", 3, None), ("abc", "", 4, None), ("abc", "", None, -5), ("", "", None, None),
                       ("", "", 1, None), ("abc", "", -100, 100), ("a😀c", "c", 2, 3), ("a😀c", "😀", 1, 2)]:
        for fn, f in (("$str_find", str.find), ("$str_rfind", str.rfind), ("$str_count", str.count),
                      ("$str_index_of", str.index), ("$str_rindex", str.rindex)):
            add(fn, [s, u, a, b], lambda f=f, s=s, u=u, a=a, b=b: f(s, u, a, b))
        add("$str_startswith", [s, u, a, b], lambda s=s, u=u, a=a, b=b: s.startswith(u, a, b))
        add("$str_endswith", [s, u, a, b], lambda s=s, u=u, a=a, b=b: s.endswith(u, a, b))
    for s, p in [("abc", []), ("abc", ["x", "ab"]), ("abc", ["", "z"])]:
        add("$str_startswith", [s, p, None, None], lambda s=s, p=p: s.startswith(tuple(p)))
        add("$str_endswith", [s, p, None, None], lambda s=s, p=p: s.endswith(tuple(p)))
    for n in [0, 1, 65, 127, 128, 255, 256, 0x3a3, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000, -1, 0xd7ff, 0xe000]:
        add("$str_chr", [n], lambda n=n: chr(n))
    for n in [0, 1, -1, 5, 31, -31, 255, 256, -256, 2**31, 2**52 + 3, -(2**53 - 1), SAFE, True, False]:
        for base, f in ((16, hex), (8, oct), (2, bin)):
            add("$int_to_base", [n, base], lambda f=f, n=n: f(n))
    for s in ["", "ab", "😀", "😀😀", "abc", "é", "\x00"]:
        add("$str_ord", [s], lambda s=s: ord(s))


# ---------------------------------------------------------------------------
# Typed values for % and str.format
# ---------------------------------------------------------------------------

def encf(x):
    return {"f": struct.pack(">d", x).hex()}


class Obj:
    def __repr__(self):
        return "<Obj ü>"

    def __str__(self):
        return "obj!"


def tv(x):
    """typed JSON form of a Python value"""
    if x is None:
        return {"t": "none"}
    if isinstance(x, bool):
        return {"t": "bool", "v": x}
    if isinstance(x, int):
        assert abs(x) <= SAFE
        return {"t": "int", "v": x}
    if isinstance(x, float):
        return {"t": "float", "v": encf(x)}
    if isinstance(x, str):
        return {"t": "str", "v": x}
    if isinstance(x, list):
        return {"t": "list", "v": [tv(e) for e in x], "repr": repr(x)}
    if isinstance(x, tuple):
        return {"t": "tuple", "v": [tv(e) for e in x], "repr": repr(x)}
    if isinstance(x, dict):
        return {"t": "dict", "repr": repr(x), "str": str(x), "name": "dict"}
    if isinstance(x, set):
        return {"t": "set", "repr": repr(x), "str": str(x), "name": "set"}
    if isinstance(x, Obj):
        return {"t": "object", "repr": repr(x), "str": str(x), "name": "Obj"}
    raise TypeError(type(x))


class Opt:
    """an Optional[inner] value: x is None or of type inner"""

    def __init__(self, x, inner):
        self.x = x
        self.inner = inner


def tvo(x):
    if isinstance(x, Opt):
        return {"t": "opt", "inner": x.inner, "x": None if x.x is None else tv(x.x)}
    return tv(x)


def py(x):
    return x.x if isinstance(x, Opt) else x


INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1000000, 2**40 + 5, -(2**53 - 1), 2**53 - 1]
FLOATS = [0.0, -0.0, 1.5, -2.25, 0.1, 3.14159, 1e20, 1.5e300, 1e-7, 123456.789, -0.5, 2.5, 1e16, 9.999999,
          float("inf"), float("-inf"), float("nan"), 5e-324, 1e100]
STRS = ["", "a", "abc", "héllo", "中文字", "😀x", "it's", "tab\t", "Σ", "a\"b'c"]
OTHERS = [None, True, False, [1, 2], [], ["a", "b"], (1, "x"), (), {"a": 1}, {}, {3}, Obj(),
          Opt(None, "int"), Opt(5, "int"), Opt(None, "str"), Opt("s", "str"), Opt(2.5, "float")]
ALLVALS = INTS + FLOATS + STRS + OTHERS


def gen_percent():
    def case(fmt, vals, single=False):
        if single:
            args = [fmt, [tvo(vals)], True]
            add("$str_percent", args, lambda: fmt % py(vals))
        else:
            args = [fmt, [tvo(v) for v in vals], False]
            add("$str_percent", args, lambda: fmt % tuple(py(v) for v in vals))

    convs = "sradiuoxXeEfFgGc"
    for _ in range(2500):
        flags = "".join(R.choice(["", "", "-", "+", " ", "#", "0"]) for _ in range(R.randint(0, 3)))
        width = R.choice(["", "", "", "1", "5", "12", "0", "03"])
        prec = R.choice(["", "", "", ".0", ".1", ".3", ".10", "."])
        c = R.choice(convs)
        v = R.choice(ALLVALS + [97, 0x1f600, 0x110000, -1, "x", "😀"] if c == "c" else ALLVALS)
        pre = R.choice(["", "", "x=", "é ", "😀"])
        post = R.choice(["", "", ";", " end"])
        case(pre + "%" + flags + width + prec + c + post, [v])
    for _ in range(300):
        # star arguments
        c = R.choice("sdxfge")
        wv = R.choice([5, -5, 0, 3, True, 2.0, "x"])
        pv = R.choice([2, -1, 0, 1])
        v = R.choice(INTS + FLOATS + STRS)
        if R.random() < 0.5:
            case("%*" + c, [wv, v])
        else:
            case("%*.*" + c, [wv, pv, v])
    for _ in range(300):
        # several conversions in one format
        n = R.randint(0, 4)
        fmt = R.choice(["", "a"])
        vals = []
        for _ in range(n):
            c = R.choice("sdrfx%")
            fmt += "%" + c + R.choice(["", " ", "|", "😀"])
            if c != "%":
                vals.append(R.choice(INTS + STRS if c in "sr" else INTS))
        k = R.random()
        if k < 0.15 and vals:
            vals.pop()
        elif k < 0.3:
            vals.append(1)
        case(fmt, vals)
    fixed = [
        ("%", ()), ("%%", ()), ("abc%", ()), ("%5", (1,)), ("%.", (1,)), ("%-", (1,)), ("%y", (1,)), ("%y", ()),
        ("ab%yc", (1,)), ("😀%y", (1,)), ("é%é", (1,)), ("%\x1f", (1,)), ("%5%", (1,)), ("%5%", ()), ("%s %s", (1,)),
        ("%s", (1, 2)), ("%(a)s", (1,)), ("%ld %hd %Lf", (1, 2, 3.5)), ("%c", ("ab",)), ("%c", ("",)),
        ("%c", (1.5,)), ("%c", (None,)), ("%c", (0x110000,)), ("%c", (-1,)), ("%c", (True,)), ("%*d", ("5", 1)),
        ("%.*f", (1.5, 2.0)), ("%*d", (1,)), ("%#o %#x %#X", (8, 255, 255)), ("%#o %#x %#X", (-8, -255, -255)),
        ("%05d|%-05d|%+05d|% 05d", (-42, -42, 42, 42)), ("%#010x|%#-10x|%-#10o", (255, 255, 8)),
        ("%.3d|%.3x|%5.3d|%-5.3d|%+.3d", (7, 7, -7, 7, 7)), ("%010.3f|%-10.3e|%+g|% G", (-3.5, 1234.5, 1e-5, 1e20)),
        ("%#.0f|%#.0e|%#g|%#.3g", (2.0, 2.0, 2.0, 2.0)), ("%s|%r|%a", ("é😀", "é😀", "é😀")),
        ("%.2s|%.2r|%.2a|%5.1s|%-5.1s", ("héllo", "héllo", "héllo", "😀x", "😀x")), ("%05s|%05c", ("ab", "z")),
        ("%d %i %u", (3.99, -3.99, 1e20)), ("%d", (float("inf"),)), ("%d", (float("nan"),)), ("%x", (3.0,)),
        ("%d", ("3",)), ("%x", ("3",)), ("%f", ("3",)), ("%f", (None,)), ("%f", ([1],)), ("%d", (None,)),
        ("%o", ([],)), ("%e", (Obj(),)), ("%d", (Obj(),)), ("%s %r %a", (Obj(), Obj(), Obj())), ("%x", (True,)),
        ("%s %d %r %f", (True, True, False, True)), ("%s", ((1, 2),)), ("%s", ([1, "a"],)), ("%s", ({"a": 1},)),
        ("%s|%r", (None, None)), ("%5s|%-5s|", (None, True)), ("%3c|%-3c|", (0x1f600, "é")),
        ("%.0s|%.0d|%.0f", ("abc", 0, 0.5)), ("%123456789012345678901d", (1,)), ("%.123456789012d", (1,)),
        ("%f|%F|%e|%E|%g|%G", (float("inf"),) * 6), ("%05f|%-6F|%+e", (float("-inf"), float("nan"), float("inf"))),
        ("%.30f|%.25e|%.17g", (0.1, 0.1, 0.1)), ("%.150f", (1e-100,)), ("%f", (1e300,)), ("%i", (True,)),
        ("%s", (Opt(None, "int"),)), ("%d", (Opt(None, "int"),)), ("%d", (Opt(7, "int"),)),
        ("%x", (Opt(None, "int"),)), ("%f", (Opt(None, "float"),)), ("%s", (5e-324,)), ("%r", (-0.0,)),
        ("no args", ()), ("no args", (1,)), ("%s and %%", ("x",)), ("%-+ #0d", (5,)), ("%#5.3o", (8,)),
        ("%#-8.3X", (255,)), ("%0-5d|", (3,)), ("% +d", (3,)), ("%+ d", (3,)), ("%%%d%%", (50,)),
    ]
    for fmt, vals in fixed:
        case(fmt, list(vals))
    singles = [("%s", 5), ("%s", "x"), ("%s", [1, 2]), ("%s", {"a": 1}), ("abc", [1]), ("abc", {"a": 1}),
               ("abc", []), ("abc", 5), ("abc", "x"), ("abc", None), ("%d", 3.7), ("%s %s", "ab"), ("%s", None),
               ("%s", (1,)), ("abc", Obj()), ("%r", Obj()), ("%s", Opt(None, "str")), ("abc", {3}),
               ("%d %d", [1, 2]), ("%c", "😀"), ("%s", ())]
    for fmt, v in singles:
        if isinstance(v, tuple):
            case(fmt, list(v))
        else:
            case(fmt, v, single=True)


SPECS = {
    "int": ["", "d", "5", "<5", "^7", ">+8", "=+8", "05", "x", "#x", "#X", "#o", "#b", ",", "_", "_x", "+,d",
            "c", "e", ".2f", "%", "n", "s", "z", ".3", "*^9,", "😀>5", ">", "10.2", "{", "^"],
    "float": ["", ".2f", "10.3e", "g", ".0%", "+.1f", ",.2f", "_g", "z.1f", "#g", "e", "E", "F", "n", "d", "<10",
              "012.4f", "^+12.3G", "😀^9.1f", ".30g", "x", "s", "10", "="],
    "str": ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "😀^7", "x", "d", "+", " ", "=", "#", "05",
            "z", ",", ".0", "ab"],
    "bool": ["", "d", "5", "x", "s", ">6", ".2f", "c", "b"],
    "none": ["", "s", "5", ">5"],
    "other": ["", "s", "10"],
}


def spec_for(v):
    v = py(v)
    if v is None:
        k = "none"
    elif isinstance(v, bool):
        k = "bool"
    elif isinstance(v, int):
        k = "int"
    elif isinstance(v, float):
        k = "float"
    elif isinstance(v, str):
        k = "str"
    else:
        k = "other"
    return R.choice(SPECS[k])


def gen_format():
    def case(fmt, args, kw=None):
        kw = kw or {}
        names = list(kw)
        a = [fmt, [tvo(x) for x in args], names, [tvo(kw[n]) for n in names]]
        add("$str_format", a, lambda: fmt.format(*[py(x) for x in args], **{n: py(kw[n]) for n in names}))

    for _ in range(2000):
        n = R.randint(0, 3)
        args = [R.choice(ALLVALS) for _ in range(n)]
        kw = {}
        if R.random() < 0.3:
            kw = {R.choice(["a", "name", "x_1", "é"]): R.choice(ALLVALS)}
        mode = R.choice(["auto", "manual", "mixed"])
        fmt = R.choice(["", "x ", "é", "{{", "}}", "😀"])
        for i in range(R.randint(0, 3)):
            if mode == "auto":
                field = ""
            elif mode == "manual":
                field = str(R.randint(0, 3))
            else:
                field = R.choice(["", "0", "1"] + list(kw))
            val = None
            if field == "":
                val = args[i] if i < len(args) else None
            elif field.isdigit():
                val = args[int(field)] if int(field) < len(args) else None
            else:
                val = kw.get(field)
            conv = R.choice(["", "", "", "!r", "!s", "!a"])
            spec = spec_for(val) if not conv else R.choice(SPECS["str"])
            fmt += "{" + field + conv + (":" + spec if spec or R.random() < 0.1 else "") + "}"
            fmt += R.choice(["", " ", "|", "{{}}", "中"])
        case(fmt, args, kw)
    fixed = [
        ("{}", []), ("{0}", []), ("{} {}", [1]), ("{0} {}", [1, 2]), ("{} {0}", [1, 2]), ("{1} {0}", ["a", "b"]),
        ("{0}{0}", ["x"]), ("{", []), ("}", []), ("a{", []), ("a}", []), ("{}}", [1]), ("{{}", [1]), ("{{", []),
        ("}}", []), ("{}{", [1]), ("x}y", []), ("{0!}", [1]), ("{0!r", [1]), ("{0!rx}", [1]), ("{0!x}", [1]),
        ("{0!😀}", [1]), ("{0!\x01}", [1]), ("{!r:}", ["s"]), ("{0:}", [5]), ("{:{}}", ["ab", 5]),
        ("{:{}.{}f}", [3.14159, 10, 2]), ("{0:{1}{2}}", [42, ">", 6]), ("{:{:{}}}", [1, 2, 3]),
        ("{0:{a}}", [1]), ("{a:{b}}", []), ("{0[1]}", [[1, 2, 3]]), ("{0[5]}", [[1, 2]]), ("{0[x]}", [[1]]),
        ("{0[0]}", ["abc"]), ("{0[9]}", ["abc"]), ("{0[x]}", ["abc"]), ("{0[1]}", [(1, "two", 3.0)]),
        ("{0[1]:>6}", [(1, "two")]), ("{0[2]:.2f}", [(1, "two", 3.14159)]), ("{0[3]}", [(1, 2)]),
        ("{0[0]}", [5]), ("{0[0]}", [None]), ("{0[0]}", [2.5]), ("{0[0]}", [True]), ("{0[0]}", [{3}]),
        ("{0[{]}", [[1]]), ("{0[}]}", [(1,)]), ("{0[:]}", ["ab"]), ("{0[1]!a:>4}", [["x", "é"]]), ("{0[]}", [[1]]), ("{0[0}", [[1]]), ("{0[0]x}", [[1]]), ("{0[0]!r}", [["a"]]), ("{0[0][1]}", [["ab"]]),
        ("{0.}", [1]), ("{0..x}", [1]), ("{0.real}", [5]), ("{0.imag:+}", [5]), ("{0.numerator}", [True]),
        ("{0.denominator}", [7]), ("{0.real:.1f}", [2.25]), ("{0.imag}", [2.5]), ("{0.real.imag}", [3]),
        ("{0.x}", [None]), ("{0.foo}", ["s"]), ("{0.foo}", [[1]]), ("{0.real}", ["s"]), ("{0[0].real}", [[4]]), ("{a}", []), ("{a}", [1]), ("{-1}", [1]), ("{ 0}", [1]), ("{00}", ["z"]),
        ("{٠}", ["arabic zero"]), ("{99999999999999999999}", [1]), ("{999999999999}", [1]),
        ("{9999999999999999999}", [1]), ("{0[99999999999999999999]}", [[1]]), ("{0[9999999999]}", [[1]]),
        ("{a{}", []), ("{0:{{}", [1]), ("{0:}}", [1]), ("{0:{}", [1]), ("{0!r:{1}}", ["x", 8]),
        ("{:x}", [None]), ("{:}", [None]), ("{!r:>5}", [None]), ("{:5}", [[1]]), ("{:s}", [{"a": 1}]),
        ("{}", [Obj()]), ("{!r}", [Obj()]), ("{!a}", [Obj()]), ("{:>3}", [Obj()]), ("{}", [Opt(None, "int")]),
        ("{:5}", [Opt(None, "int")]), ("{:5}", [Opt(3, "int")]), ("{:.1f}", [Opt(2.25, "float")]),
        ("{!a}", ["é😀\x00"]), ("{!r}", ["it's \"q\""]), ("{:😀^9}", ["中"]), ("{:=^7}", [True]),
        ("{0:{1}}", [1, "{"]),
        ("{name} {0}", ["p"]), ("{}", []), ("{0}{1}{2}{3}", [0, 1, 2, 3]), ("{0[0]}", [[]]), ("{0:,}", [10**15]),
        ("{:{}}", [1]), ("{:{}}", [1, "d", "x"]), ("{0}{}", [1]), ("{:0>{}}", ["x", 4, "y"]),
        ("{!s:!<5}", ["ab"]), ("{0!s}", [2.0]), ("{0!r}", [1e16]), ("{0}", [-0.0]), ("{}", [True]),
        ("{0:z.0f}", [-0.4]), ("{:#}", [5]), ("{[", []), ("{0[", [1]), ("{0]", [1]), ("{]}", [1]),
        ("{:%}", [0.25]), ("{:c}", [0x1f600]), ("{:c}", [-1]), ("{:n}", [1234567]), ("{:,.3}", [1234.5678]),
    ]
    for fmt, args in fixed:
        case(fmt, args)
    kwcases = [
        ("{a}-{b}", [], {"a": 1, "b": "x"}), ("{a!r:>6}", [], {"a": "q"}), ("{a[1]}", [], {"a": [5, 6]}),
        ("{0}{a}", [1], {"a": 2}), ("{}{a}{}", [1, 2], {"a": 3}), ("{a:{w}}", [], {"a": 3, "w": 5}),
        ("{b}", [], {"a": 1}), ("{é}", [], {"é": "accent"}), ("{a.b}", [], {"a": 1}), ("{}", [], {"a": 1}),
        ("{:{w}.{p}f}", [2.5], {"w": 10, "p": 3}), ("{a}", [], {"a": Opt(None, "str")}),
    ]
    for fmt, args, kw in kwcases:
        case(fmt, args, kw)


def gen_garbage():
    """random format strings made of the syntax characters"""
    for _ in range(400):
        fmt = "".join(R.choice("%%%sdrxfgc*.-+ #0123aé😀(") for _ in range(R.randint(1, 8)))
        vals = [R.choice([1, -2, 2.5, "s", "😀", None, [1]]) for _ in range(R.randint(0, 3))]
        add("$str_percent", [fmt, [tv(v) for v in vals], False], lambda fmt=fmt, vals=vals: fmt % tuple(vals))
    for _ in range(600):
        fmt = "".join(R.choice("{{{}}}!:[].0123rsa<>^=x,_%-+ #*dfé😀ab") for _ in range(R.randint(1, 10)))
        vals = [R.choice([1, -2, 2.5, "s", "😀", None, [1, 2], (3, "t")]) for _ in range(R.randint(0, 4))]
        add("$str_format", [fmt, [tv(v) for v in vals], ["a"], [tv(7)]],
            lambda fmt=fmt, vals=vals: fmt.format(*vals, a=7))


# ---------------------------------------------------------------------------
# Every code point
# ---------------------------------------------------------------------------

def segments(C, before, after, method, test):
    """test(method(before + c + after)) for every c in C, computed on long strings
    joined with NUL, which is neither cased nor case-ignorable (so each segment
    sees the same context as alone) and is never produced by a case mapping."""
    out = [test(method(before + C[0] + after))]
    for a in range(1, len(C), 4096):
        parts = method("\x00".join(before + c + after for c in C[a:a + 4096])).split("\x00")
        out.extend(map(test, parts))
    assert len(out) == len(C)
    return out


PROP_COLUMNS = [
    # name, predicate over the list of all one-character strings
    ("isalpha", lambda C: map(str.isalpha, C)),
    ("isdigit", lambda C: map(str.isdigit, C)),
    ("isnumeric", lambda C: map(str.isnumeric, C)),
    ("isdecimal", lambda C: map(str.isdecimal, C)),
    ("isspace", lambda C: map(str.isspace, C)),
    ("isupper", lambda C: map(str.isupper, C)),
    ("islower", lambda C: map(str.islower, C)),
    ("istitle", lambda C: map(str.istitle, C)),
    ("isalnum", lambda C: map(str.isalnum, C)),
    ("isidentifier", lambda C: map(str.isidentifier, C)),
    ("isprintable", lambda C: map(str.isprintable, C)),
    # ("a" + c).isidentifier(): XID_Continue
    ("xid_continue", lambda C: map(str.isidentifier, ["a" + c for c in C])),
    # (c + "a").title() keeps the "a": c is cased
    ("cased", lambda C: segments(C, "", "a", str.title, lambda t: t[-1] == "a")),
    # sigma after a cased letter and before c is final: c is case-ignorable or not cased
    ("sigma_final_before", lambda C: segments(C, "a\u03a3", "", str.lower, lambda t: t[1] == "\u03c2")),
    # sigma between "a" and c + "a" is final: c is neither case-ignorable nor cased
    ("sigma_final_between", lambda C: segments(C, "a\u03a3", "a", str.lower, lambda t: t[1] == "\u03c2")),
]


def gen_props():
    """props: {name: [first value, run length, run length, ...]} over all code points;
    casemap: the code points whose upper/lower/title/casefold/swapcase differ from themselves."""
    C = [chr(c) for c in range(0x110000)]
    props = {}
    for name, f in PROP_COLUMNS:
        vals = list(f(C))
        props[name] = [bool(vals[0])] + [len(list(g)) for _, g in itertools.groupby(vals)]
    OUT["props"] = props
    cm = []
    for a in range(0, 0x110000, 256):
        cs = C[a:a + 256]
        # each character preceded by a space: title() and lower() see no context
        t = " ".join(cs)
        if t.upper() == t and t.lower() == t and t.title() == t and t.casefold() == t and t.swapcase() == t:
            continue
        for cp, c in enumerate(cs, a):
            row = [c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase()]
            if any(x != c for x in row):
                cm.append([cp] + row)
    OUT["casemap"] = cm


def main():
    gen_methods()
    gen_percent()
    gen_format()
    gen_garbage()
    gen_props()
    json.dump(OUT, sys.stdout, ensure_ascii=True, separators=(",", ":"))


main()
