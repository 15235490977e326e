# math domain and range errors, caught; then an uncaught one ends the program.
import math

for f, x in [("sqrt", -1.0), ("log", 0.0), ("log", -2.0), ("acos", 2.0), ("exp", 1000.0)]:
    try:
        if f == "sqrt":
            v = math.sqrt(x)
        elif f == "log":
            v = math.log(x)
        elif f == "acos":
            v = math.acos(x)
        else:
            v = math.exp(x)
        print(f, x, v)
    except ValueError as e:
        print(f, x, "ValueError:", e)
    except OverflowError as e:
        print(f, x, "OverflowError:", e)
try:
    print(math.factorial(-3))
except ValueError as e:
    print("ValueError:", e)
try:
    print(math.floor(math.inf))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(math.ceil(math.nan))
except ValueError as e:
    print("ValueError:", e)
print(math.sqrt(-0.0), math.log(math.inf), math.sqrt(math.inf))
print("about to fail")
print(math.sqrt(-4.0))
