# Very large and very small magnitudes, subnormals, overflow to inf.
big = 1.7976931348623157e308
print(big, big * 10, -big * 10, big + big, big / 2)
tiny = 5e-324
print(tiny, tiny / 2, tiny * 2, -tiny, tiny * 1e300)
print(2.5e-320, 1e-310, 4.9e-324, 2.225e-308)
print(1e308 * 10.0, 1e-320 / 1e10, 1e200 * 1e200, -1e200 * 1e200)
v = 1.0
n = 0
while v > 0.0:
    v = v / 2.0
    n += 1
print(n, v)
w = 1.0
m = 0
while w != w * 2.0:
    w = w * 2.0
    m += 1
print(m, w)
x = 1e-300
for i in range(6):
    x = x / 1000.0
    print(i, x)
e = 1.0
k = 0
while 1.0 + e / 2.0 != 1.0:
    e = e / 2.0
    k += 1
print(k, e, 1.0 + e, 1.0 - e / 2.0)
print(0.1 * 1e308, 1e16 / 1e-300, 123e-330, 9.8765e307 * 2.0)
