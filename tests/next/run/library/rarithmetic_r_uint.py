# rarithmetic.r_uint: unsigned 64-bit arithmetic that wraps modulo 2**64, mixing with ints.
from rarithmetic import r_uint, intmask

a = r_uint(5)
b = r_uint(7)
print(a + b, a - b, b - a, a * b, r_uint(-1), r_uint(-9223372036854775807 - 1))
print(intmask(a - b), intmask(r_uint(1) << 63), r_uint(1) << 63, (r_uint(1) << 63) * 2)
print(~r_uint(0), ~r_uint(0) >> 60, r_uint(0xF0) & 0x3C, r_uint(0xF0) | 0x0F, r_uint(0xFF) ^ 0x0F)
print(a + 1, 1 + a, a * 3, 10 - a, a - 10, r_uint(100) // 7, r_uint(100) % 7, -a)
print(a < b, r_uint(-1) > r_uint(0), a == 5, hex(r_uint(-1)), f"{r_uint(-2):x}", str(r_uint(3)))


def fnv1a(s):
    h = r_uint(14695981039346656037)
    for ch in s:
        h = h ^ ord(ch)
        h = h * 1099511628211
    return h


for s in ["", "a", "foobar", "pyrt"]:
    h = fnv1a(s)
    print(repr(s), h, intmask(h), h % 1000, h >> 48)


def xorshift64(state, n):
    out = []
    x = r_uint(state)
    for _ in range(n):
        x = x ^ (x << 13)
        x = x ^ (x >> 7)
        x = x ^ (x << 17)
        out.append(x)
    return out


print(xorshift64(88172645463325252, 4))
print([int(v % 100) for v in xorshift64(1, 8)])
