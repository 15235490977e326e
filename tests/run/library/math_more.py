# math: every function's values and CPython's errors (domain, range, division,
# conversions of inf and nan to int), fsum's exact sums, hypot and dist.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.sqrt(2.0), math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7), math.fabs(-3))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1.0), math.degrees(math.pi), math.radians(180))
print(math.copysign(3.0, -0.0), math.fmod(7.5, 2), math.fmod(-7.5, 2), math.remainder(7, 2), math.remainder(-4.0, 2.0), math.ldexp(1.5, 10))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-1e-310), math.modf(3.25), math.modf(-3.25), math.modf(math.inf))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.gcd(12, 18), math.gcd(-4, 6), math.gcd(0, 0), math.lcm(4, 6), math.lcm(0, 5), math.lcm(-4, 6), math.factorial(10), math.factorial(18))
print(math.comb(10, 3), math.comb(5, 7), math.comb(50, 25), math.perm(5, 2), math.perm(5, 0), math.isqrt(99), math.isqrt(9007199254740991))
print(math.hypot(3, 4), math.hypot(1e300, 1e300), math.hypot(1e-320, 1e-320), math.hypot(math.inf, math.nan), math.hypot(0.1, 0.7))
print(math.dist([0.0, 0.0], [3.0, 4.0]), math.dist((1, 2, 3), (4, 5, 6)), math.dist([1.5], [-2.5]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([1, 2, 3]), math.fsum([]))
print(math.fsum([1e-16, 1.0, 1e16]), math.fsum((2.5, -1e308, 1e308)), math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]))
print(math.exp(1), math.exp2(10), math.expm1(1e-10), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1000), math.log1p(1e-10))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(0.0, 0), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(1.0, math.nan), math.pow(-1.0, math.inf))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1.0))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5), math.cbrt(27), math.cbrt(-8))
print(math.exp(-1000), math.log(1e-320), math.sqrt(-0.0), math.sin(math.nan), math.log(math.inf))


def show(name: str, x: float) -> None:
    try:
        print(name, math.log(x), math.sqrt(x), math.acos(x))
    except ValueError as e:
        print(name, "ValueError", e)


show("a", 0.5)
show("b", -1.0)
show("c", 0.0)
show("d", 2.0)
try:
    print(math.exp(1000))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(math.pow(0.0, -1))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.pow(10.0, 400))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(math.pow(-2.0, 0.5))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.fmod(1, 0))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.ldexp(1.0, 5000))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(math.log(10, 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(math.atanh(1))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.cosh(1000))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(math.log1p(-1))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.factorial(-1))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.comb(-1, 2))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.perm(3, -1))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.isqrt(-5))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.floor(math.inf))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(math.ceil(math.nan))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.isclose(1, 2, rel_tol=-1))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.dist([1.0], [1.0, 2.0]))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.fsum([math.inf, -math.inf]))
except ValueError as e:
    print("ValueError", e)
try:
    print(math.fsum([1e308, 1e308]))
except OverflowError as e:
    print("OverflowError", e)
