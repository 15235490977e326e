# `%` formatting and str.format corner cases: flags with signs and prefixes,
# precision on ints and strings, %a/%r, '*' arguments, mappings, the errors'
# messages; str.format's fields, conversions, nested specs and its errors.


class Pt:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Pt(%d, %d)" % (self.x, self.y)

    def __str__(self):
        return "<%d,%d>" % (self.x, self.y)


def pct(fmt: str, args: tuple[int, int]) -> str:
    return fmt % args


print("%+05d|% 5d|%-+6d|%+.3d|% 05d|%05d" % (42, 42, 7, -5, 42, -42))
print("%#x|%#X|%#o|%#08x|%-#8x|%#5o|%+#x|%#.4x" % (255, 255, 8, 255, 255, 8, 255, 10))
print("%x|%X|%o" % (-255, -255, -8), "%#x" % -255, "%08.3d|%-8.3d|" % (-7, 7))
print("%.0e|%#.0e|%#.3g|%#g|%.0g|%G|%E|%F" % (1.0, 1.0, 1.0, 1e-4, 0.5, 1e-20, 12345.6789, 2.5))
print("%05f|%-7f|%+f|%+06.1f|%010.2e" % (float("inf"), float("nan"), float("-inf"), 2.25, -1234.5))
print("%.15g|%.17g|%.1f|%.2f|%.3f" % (0.1, 0.1, 0.05, 2.675, 1.0005))
print("%.2s|%5.1r|%a|%-6a|%a" % ("hello", "abc", "é", "x", "😀\n"))
print("%s|%r|%a" % (Pt(1, 2), Pt(3, 4), Pt(5, 6)))
print(repr("%5c|%-3c|%c|%c" % ("x", 65, True, 0x1F600)))
print("%*s|%-*s|%*d|%.*s|%*.*f" % (5, "ab", 4, "cd", -4, 7, 2, "xyz", 8, 3, 3.14159))
print("%d %i %u" % (3.99, -2.5, True), "%s %s" % (True, None), "%5s|" % False)
print("%(a)s-%(b)5.1s-%(a)r" % {"a": "q", "b": "rs"}, "%(n)05.1f|%(n)d" % {"n": 2.5}, "%(x)s" % {"x": [1, 2]})
print("%s" % [1, 2], "%s" % {"k": 1}, "%r" % ("t",), "no args" % {}, "none" % [])
print("%ld %hd %Lf" % (1, 2, 3.5), "%%|%%%%|" % ())
print(pct("%d-%d", (1, 2)), pct("%x|%o", (255, 8)))
opt: tuple[int, int] | None = (3, 4)
print("%d+%d" % opt)

try:
    print(repr('%d' % 'x'))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%x' % 1.5))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%c' % 'ab'))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%c' % 1.5))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%f' % '1'))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%y' % 1))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%' % 1))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('abc%' % 1))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%s %s' % ('a',)))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%s' % ('a', 'b')))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('x' % 5))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%(k)s' % 1))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%(k)s' % {'j': 1}))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%(k' % {'k': 1}))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%*d' % ('a', 1)))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%c' % -1))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%c' % 1114112))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%d' % None))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%.*f' % (1.5, 2.0)))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%(k)s' % [1]))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%x' % 's'))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%e' % None))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%é' % 1))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%d' % float("nan")))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%s %' % 1))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%5%' % 1))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(repr('%(a)%' % {'a': 1}))
except (TypeError, ValueError, KeyError, OverflowError) as e:
    print(type(e).__name__, e)

print("{} {} {}".format(1, 2.5, "s"), "{0}{1}{0}".format("a", "b"), "{x}{y}".format(x=1, y="z"))
print("{0!r:>8}|{0!s:^8}|{0!a}|{1!r}".format("é", Pt(1, 2)), "{!s:>6}".format(Pt(7, 8)))
print("{:{w}.{p}f}|{:>{w}}|{:{}{}{}}".format(3.14159, "r", "mid", "*", "^", 9, w=10, p=2))
print("{0[0]}{0[1]}|{0[2]}|{1[k]}|{4[1]}|{2[1]}|{3[-]}|{5[2]}".format([7, 8, 9], {"k": "v"}, "xyz", {"-": 0}, {1: "one"}, {2.0: "two"}))
print("{0.real} {0.imag} {0.numerator} {0.denominator} {1.real} {1.imag} {2.real}".format(5, 2.5, True))
print("{{}} {{{0}}} }}{{ {0:{{<5}}".format(1) if False else "{{}} {{{0}}} }}{{".format(1))
print("{:d}|{:5}|{:<5}|{:x}|{:,}|{:_b}|{:e}|{:%}|{:.3}".format(42, 42, True, 255, 1234567, 255, 12.5, 0.25, "abcdef"))
print("{}|{:}|{!r}|{!s}".format(None, [1, 2], (1,), {1: 2}))
print("{0}".format(3), "{٣}".format(0, 1, 2, "arabic"), "{a[b]}".format(a={"b": 5}))

try:
    print(repr('{'.format()))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('}'.format()))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0'.format(1)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0!x}'.format(1)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0!}'.format(1)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{!r'.format(1)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0!rx}'.format(1)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{}{0}'.format(1, 2)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0}{}'.format(1, 2)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{1}'.format(1)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{}{}'.format(1)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{k}'.format(1)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0[}'.format([1])))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0[5]}'.format([1])))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0[a]}'.format([1])))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0[a]}'.format((1,))))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0[1]}'.format('a')))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0[a]}'.format('a')))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0[x]}'.format({1: 2})))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0[5]}'.format({1: 2})))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0[0]}'.format(None)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0.foo}'.format([1])))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0.}'.format(1)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0[]}'.format([1])))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0[0]x}'.format([1])))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{:x}'.format([1])))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{:x}'.format(None)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{:d}'.format('s')))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{:s}'.format(1)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{:{:{}}}'.format(1, 2, 3)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0:{1}'.format(1, 2)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0{}'.format(1)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{99999999999999999999}'.format(1)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0[99999999999999999999]}'.format([1])))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{:>5} {}'.format(1)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('{0!é}'.format(1)))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(repr('a}b'.format()))
except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
    print(type(e).__name__, e)

for x in [0, -1, 255, 1 << 40]:
    print("%8.3x|%-#10o|%+5d" % (x, x, x), "{:#010x}|{:>+8,}".format(x, x))
print(format([1], ""), format(Pt(1, 2), ""), format((1, "a"), ""))
try:
    print(format([1], "x"))
except TypeError as e:
    print("TypeError", e)
try:
    print(format((1, 2), "x"))
except TypeError as e:
    print("TypeError", e)
try:
    print(format(Pt(1, 2), ">5"))
except TypeError as e:
    print("TypeError", e)

# widths and precisions too big for CPython's C ints
for f in ["%99999999999999999999d", "%.99999999999d", "%.21474836480d"]:
    try:
        print(len(f % 7))
    except ValueError as e:
        print("ValueError:", e)
