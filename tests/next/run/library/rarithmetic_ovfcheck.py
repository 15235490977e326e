# rarithmetic.ovfcheck: detect signed 64-bit overflow of single operations.
from rarithmetic import ovfcheck


def checked_factorial(n):
    r = 1
    for i in range(2, n + 1):
        r = ovfcheck(r * i)
    return r


for n in [5, 15, 20, 21, 25]:
    try:
        print(n, checked_factorial(n))
    except OverflowError as e:
        print(n, "overflow:", e)


def checked_power(b, e):
    r = 1
    for _ in range(e):
        try:
            r = ovfcheck(r * b)
        except OverflowError:
            return -1
    return r


print(checked_power(3, 39), checked_power(3, 40), checked_power(-2, 63), checked_power(2, 63))
x = 2 ** 62
print(ovfcheck(x + (x - 1)))
try:
    print(ovfcheck(x + x))
except OverflowError:
    print("x + x overflows")
try:
    print(ovfcheck(-x - x))
    print(ovfcheck(-x - x - 1))
except OverflowError:
    print("-x - x - 1 overflows")
total = 0
steps = 0
try:
    while True:
        total = ovfcheck(total + 1234567890123456789)
        steps += 1
except OverflowError:
    print("sum overflowed after", steps, "steps at", total)
