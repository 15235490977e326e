# rarithmetic for CPython: the plain-Python version of the module pyrt provides,
# so that a program importing it runs unchanged under CPython (put this directory
# on PYTHONPATH). Under pyrt, `import rarithmetic` is the built-in module.
#
#   intmask(x)   -> int: x wrapped to a signed 64-bit integer (two's complement).
#   r_uint(x)    -> r_uint: an int subclass holding x mod 2**64. Arithmetic and bitwise
#                   operators with an r_uint operand (on either side, mixed with int)
#                   wrap mod 2**64 and return r_uint; comparisons, hashing, str/repr and
#                   formatting are those of the underlying non-negative int.
#                   `/` and `**` are not part of the interface. intmask(r_uint) gives the
#                   signed reinterpretation.
#   ovfcheck(x)  -> x unchanged if it fits in a signed 64-bit integer, else raises
#                   OverflowError("signed integer expression did overflow"), as in RPython: use it around one
#                   arithmetic operation, `ovfcheck(a * b)`.
#   LONG_BIT     -> 64.
# Like RPython's rarithmetic but fixed at 64 bits on every backend.

LONG_BIT = 64
_MASK = (1 << 64) - 1
_SIGN = 1 << 63


def intmask(x):
    x = int(x) & _MASK
    if x & _SIGN:
        return x - (1 << 64)
    return x


def ovfcheck(x):
    if x < -_SIGN or x >= _SIGN:
        raise OverflowError("signed integer expression did overflow")
    return x


class r_uint(int):
    def __new__(cls, value=0):
        return int.__new__(cls, int(value) & _MASK)

    def __add__(self, other):
        return r_uint(int(self) + int(other))

    __radd__ = __add__

    def __sub__(self, other):
        return r_uint(int(self) - int(other))

    def __rsub__(self, other):
        return r_uint(int(other) - int(self))

    def __mul__(self, other):
        return r_uint(int(self) * int(other))

    __rmul__ = __mul__

    def __floordiv__(self, other):
        return r_uint(int(self) // (int(other) & _MASK))

    def __rfloordiv__(self, other):
        return r_uint((int(other) & _MASK) // int(self))

    def __mod__(self, other):
        return r_uint(int(self) % (int(other) & _MASK))

    def __rmod__(self, other):
        return r_uint((int(other) & _MASK) % int(self))

    def __and__(self, other):
        return r_uint(int(self) & int(other))

    __rand__ = __and__

    def __or__(self, other):
        return r_uint(int(self) | int(other))

    __ror__ = __or__

    def __xor__(self, other):
        return r_uint(int(self) ^ int(other))

    __rxor__ = __xor__

    def __lshift__(self, n):
        return r_uint(int(self) << int(n))

    def __rshift__(self, n):
        return r_uint(int(self) >> int(n))

    def __invert__(self):
        return r_uint(~int(self))

    def __neg__(self):
        return r_uint(-int(self))

    def __pos__(self):
        return self

    def __repr__(self):
        return int.__repr__(self)

    __str__ = __repr__
