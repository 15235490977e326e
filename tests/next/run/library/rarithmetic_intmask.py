# rarithmetic.intmask: wrap-around arithmetic on signed 64-bit machine words. As in RPython,
# intmask() wraps the single operation it encloses (`intmask(a * b)`); every plain int value
# in this program fits in a signed 64-bit word.
from rarithmetic import intmask, LONG_BIT

MAXINT = 9223372036854775807
print(LONG_BIT)
print(intmask(0), intmask(1), intmask(-1), intmask(MAXINT), intmask(MAXINT + 1), intmask(-MAXINT - 2))
big = 4611686018427387904
print(intmask(big + big), intmask(big * 4), intmask(-big * 3), intmask(MAXINT * MAXINT))
print(intmask(big << 1), intmask(3 << 62), intmask(1 << 63))


def hash_string(s):
    # the classic CPython 2 string hash, on 64-bit words
    if not s:
        return 0
    x = ord(s[0]) << 7
    for ch in s:
        x = intmask(1000003 * x) ^ ord(ch)
    x ^= len(s)
    if x == -1:
        x = -2
    return x


for w in ["", "a", "pyrt", "hello world", "é😀"]:
    print(repr(w), hash_string(w))


def lcg(seed, n):
    out = []
    x = seed
    for _ in range(n):
        x = intmask(x * 6364136223846793005)
        x = intmask(x + 1442695040888963407)
        out.append(x)
    return out


vals = lcg(42, 6)
print(vals)
print([v >> 33 for v in vals], [v & 0xFFFF for v in vals], [v % 1000 for v in vals])
