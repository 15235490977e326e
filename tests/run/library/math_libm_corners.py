# The math functions each backend takes from its own kernels or C library
# (on wasm: runtime/wasm/libm.c) at their corners: zeros, subnormals, huge
# arguments (Payne-Hanek reduction), multiples of pi/2, overflow, the poles and
# domain edges, inf and nan, printed in full with CPython's errors.
import math


def call(name: str, x: float) -> float:
    if name == "sin":
        return math.sin(x)
    if name == "cos":
        return math.cos(x)
    if name == "tan":
        return math.tan(x)
    if name == "asin":
        return math.asin(x)
    if name == "acos":
        return math.acos(x)
    if name == "atan":
        return math.atan(x)
    if name == "sinh":
        return math.sinh(x)
    if name == "cosh":
        return math.cosh(x)
    if name == "tanh":
        return math.tanh(x)
    if name == "asinh":
        return math.asinh(x)
    if name == "acosh":
        return math.acosh(x)
    if name == "atanh":
        return math.atanh(x)
    if name == "expm1":
        return math.expm1(x)
    if name == "log1p":
        return math.log1p(x)
    if name == "log10":
        return math.log10(x)
    return math.cbrt(x)


def show(name: str, x: float) -> None:
    try:
        print(name, repr(x), repr(call(name, x)))
    except ValueError as e:
        print(name, repr(x), "ValueError", e)
    except OverflowError as e:
        print(name, repr(x), "OverflowError", e)


args = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 1e-310, 2.2250738585072014e-308,
        1e-300, -1e-20, 3e-9, -1.4e-8, 1e-5, 0.25, -0.5, 0.75, 1.0, -1.0, 1.5, 2.0, -3.0, 10.0, 22.5,
        -100.0, 709.5, 710.0, -745.0, 1e6, 1048576.5, 2.0 ** 60, -1e22, 1e22, 1e300, -1.7976931348623157e308]
for k in [1, 2, 3, 4, 5, 100]:
    args.append(k * (math.pi / 2))
    args.append(-k * (math.pi / 2))
for name in ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
             "expm1", "log1p", "log10", "cbrt"]:
    for x in args:
        show(name, x)
for y in [0.0, -0.0, 1.0, -2.5, 1e-300, -1e300, math.inf, -math.inf, math.nan]:
    print("atan2", repr(y), [repr(math.atan2(y, x)) for x in [0.0, -0.0, 3.0, -0.5, 1e-300, 1e300, math.inf, -math.inf, math.nan]])
