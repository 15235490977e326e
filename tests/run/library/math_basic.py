# math: sqrt, floor, ceil, trunc, fabs, hypot, pi, e, inf, nan, isnan, isinf, isfinite,
# copysign, fmod, modf, gcd, factorial, isqrt. (Correctly rounded operations: full repr.)
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2.0), math.sqrt(16.0), math.sqrt(0.0), math.sqrt(1e-300), math.sqrt(2))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5), math.ceil(-0.5))
print(math.trunc(3.9), math.trunc(-3.9), math.fabs(-3), math.fabs(2.5), math.fabs(-0.0))
print(math.hypot(3.0, 4.0), math.hypot(5, 12), math.hypot(1e200, 1e200) > 1e200)
print(math.isinf(math.inf), math.isinf(1e308), math.isinf(-math.inf), math.isnan(1.0), math.isfinite(1.0), math.isfinite(math.nan))
print(math.copysign(3.0, -0.0), math.copysign(-2.0, 1.0), math.fmod(7.5, 2.0), math.fmod(-7.5, 2.0), -7.5 % 2.0)
print(math.modf(3.25), math.modf(-3.25), math.gcd(48, 180), math.gcd(0, 7), math.gcd(-12, 18))
print(math.factorial(0), math.factorial(10), math.factorial(18), math.isqrt(99), math.isqrt(10 ** 15))
print(math.floor(1e15 + 0.5), math.ceil(4503599627370495.5), math.floor(-1e-300), math.ceil(1e-300))
print(math.inf > 1e308, -math.inf < -1e308, math.inf == math.inf, math.nan == math.nan, math.inf - math.inf)
print(math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.dist((0.0, 0.0), (3.0, 4.0)))
r = 0.0
for k in range(1, 50):
    r = math.sqrt(r + k)
print(r)
