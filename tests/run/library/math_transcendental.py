# math: sin, cos, tan, atan, atan2, asin, acos, log, log10, log2, exp, pow, degrees, radians.
# Transcendental functions may differ in the last bit between C libraries and JS engines,
# so results are printed rounded to 12 significant digits; exactly-defined cases print in full.
import math


def r(x):
    return f"{x:.12g}"


for deg in [0, 30, 45, 60, 90, 180, 270]:
    rad = math.radians(deg)
    print(deg, r(rad), r(math.sin(rad)), r(math.cos(rad)), r(math.degrees(rad)))
print(r(math.tan(0.5)), r(math.atan(1.0) * 4), r(math.asin(0.5)), r(math.acos(-1.0)))
for y, x in [(1.0, 1.0), (1.0, -1.0), (-1.0, -1.0), (-1.0, 1.0), (0.0, -1.0), (2.0, 0.0)]:
    print(y, x, r(math.atan2(y, x)))
print(r(math.log(math.e)), r(math.log(10.0)), r(math.log(8.0, 2.0)), r(math.log10(1000.0)), r(math.log2(1024.0)))
print(r(math.exp(1.0)), r(math.exp(-2.5)), r(math.pow(2.0, 0.5)), math.pow(2.0, 10.0), math.exp(0.0), math.log(1.0))
print(math.sin(0.0), math.cos(0.0), math.atan2(0.0, 1.0), math.log10(100.0) == 2.0, math.log2(8.0))
total = 0.0
for i in range(1, 200):
    total += math.sin(i * 0.1) * math.exp(-i * 0.01)
print(r(total))
print(r(math.atan2(1e-300, 1.0)), r(math.exp(-745.0)), math.exp(-1000.0), math.exp(710.0 - 1.0) > 1e307)
