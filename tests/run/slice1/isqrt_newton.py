# Integer square root via Newton's method, checked exactly with ints.
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = x // 2 + (x & 1)
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

def icbrt(n):
    lo = 0
    hi = 1
    while hi * hi <= n // hi:
        hi = hi * 2
    while lo < hi - 1:
        mid = (lo + hi) // 2
        if mid * mid <= n // mid:
            lo = mid
        else:
            hi = mid
    return lo

for n in range(0, 30):
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
tests = 0
ok = 0
n = 1
while n < 2 ** 52:
    for delta in range(-1, 2):
        m = n + delta
        r = isqrt(m)
        tests += 1
        if r * r <= m and (r + 1) * (r + 1) > m:
            ok += 1
    n = n * 3
print(tests, ok)
print(isqrt(9007199254740991), isqrt(4503599627370496), isqrt(94906265 * 94906265))
print(icbrt(27), icbrt(26), icbrt(1000000), icbrt(9007199254740991))
perfect = 0
for k in range(1, 5000):
    s = isqrt(k)
    if s * s == k:
        perfect += 1
print("perfect squares below 5000:", perfect)
