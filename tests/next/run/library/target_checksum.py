# RPython target mode with rarithmetic: Adler-32, FNV-1a 64 and a Murmur-style mixer over text.
from rarithmetic import r_uint, intmask, ovfcheck

TEXT = "The quick brown fox jumps over the lazy dog. Ünïcödé and 😀 too."


def adler32(s):
    a = 1
    b = 0
    for ch in s:
        a = (a + ord(ch)) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def fnv1a64(s):
    h = r_uint(14695981039346656037)
    for ch in s:
        h = (h ^ ord(ch)) * 1099511628211
    return h


def mix64(k):
    k = k ^ (k >> 33)
    k = k * r_uint(0xFF51AFD7ED558CCD)
    k = k ^ (k >> 33)
    k = k * r_uint(0xC4CEB9FE1A85EC53)
    k = k ^ (k >> 33)
    return k


def checked_sum(values):
    total = 0
    for v in values:
        total = ovfcheck(total + v)
    return total


def entry_point(argv):
    print("adler32", adler32(TEXT), hex(adler32("Wikipedia")))
    h = fnv1a64(TEXT)
    print("fnv1a64", h, hex(h), intmask(h))
    mixed = [mix64(r_uint(i)) for i in range(1, 6)]
    print("mix64", mixed)
    print("signed", [intmask(m) for m in mixed])
    small = [intmask(m >> 40) for m in mixed]
    print("sum", checked_sum(small))
    try:
        checked_sum([intmask(m >> 1) for m in mixed])
        print("no overflow")
    except OverflowError:
        print("overflow detected")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
