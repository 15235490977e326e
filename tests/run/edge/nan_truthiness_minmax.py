# NaN is truthy in Python (falsy in JS); comparisons with NaN are all False
# except !=; min/max keep the first argument unless a later one compares
# strictly less/greater, so NaN handling depends on argument order.
nan = float("nan")
inf = float("inf")
print(bool(nan), not nan, nan or 1.5, nan and 2.5, 1.5 if nan else 2.5)
if nan:
    print("nan is truthy")
else:
    print("nan is falsy")
k = 0
x = nan
while x and k < 2:
    k += 1
print("while ran", k)
print(nan == nan, nan != nan, nan < 1.0, nan > 1.0, nan <= nan, nan >= inf, 1.0 < nan < 2.0)
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan), max(1.0, nan, 2.0), min(2.0, nan, 1.0))
print(max(nan, inf), max(inf, nan), min(-inf, nan), min(nan, -inf), max(-0.0, nan, 0.0))
print(nan + 1, nan * 0, inf - inf, inf * 0, 0 * -inf, -nan, abs(-nan), round(nan, 2), round(inf, 1))
print(f"{nan}", f"{nan:f}", f"{nan:+.2f}", f"{-inf:e}", f"{inf:g}", f"{inf:%}", f"{nan:=^9}", f"{inf:010}")
print(float("NaN"), float("-nan"), float(" +Infinity "), float("-inf"), float("iNF"), repr(-inf), str(nan))
print(inf == inf, -inf < -1e308, inf > 1.7976931348623157e308, 9007199254740991 < inf)
print(inf % 1.0, -inf % 2.5, inf // 3.0, 5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf, 5.0 % -inf, -0.0 % inf)
