# inf and nan arithmetic, comparisons and printing.
inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan, -inf, -nan)
print(inf + 1.0, inf - inf, inf * 0.0, inf * -2.0, 1.0 / inf, -1.0 / inf)
print(inf > 1e308, ninf < -1e308, inf == inf, inf == -ninf)
print(nan == nan, nan != nan, nan < 1.0, nan > 1.0, nan <= nan, nan >= 0.0)
print(nan + 1.0, nan * 0.0, 0.0 * nan, abs(nan), abs(ninf))
print(min(nan, 1.0), min(1.0, nan), max(nan, 1.0), max(1.0, nan))
print(min(inf, 5.0), max(ninf, -5.0), min(ninf, inf), max(inf, ninf))
print((-7.0) % inf, 7.0 % ninf, 7.0 % inf, -7.0 % ninf)
print(7.0 // inf, -7.0 // inf, 7.0 // ninf, -7.0 // ninf)
print(inf // 1.0, inf % 1.0, 2.0 ** inf, 0.5 ** inf, inf ** 0.0)
print(str(inf), str(nan), str(ninf))
print(inf == 1e309, float("1e309"), float("-1e309"))
x = nan
if x == x:
    print("equal")
else:
    print("nan is not equal to itself")
count = 0
f = 1.0
while f < inf:
    f = f * 1e10
    count += 1
print(count, f)
print(1e308 + 1e308 == inf, -(1e308 + 1e308) == ninf)
print(round(inf, 2), round(nan, 1), round(ninf, 0))
