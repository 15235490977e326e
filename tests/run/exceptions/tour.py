def f(x):
    if x > 2:
        raise ValueError("too big: " + str(x))
    return x * 2

total = 0
for i in range(5):
    try:
        total += f(i)
    except ValueError as e:
        print("caught", e)
    else:
        print("ok", i)
    finally:
        print("finally", i)
print(total)

def g(d, k):
    n = 0
    try:
        n = 1
        v = d[k]
        n = 2
    except KeyError as e:
        print("missing", e, n)
        return -1
    return v + n

print(g({"a": 1}, "a"), g({"a": 1}, "b"))

class MyError(Exception):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code

try:
    raise MyError(42)
except Exception as e:
    print(type(e).__name__, e, e.code)

def h():
    try:
        return 1 // 0
    except ZeroDivisionError:
        print("div")
        raise
try:
    h()
except ArithmeticError as e:
    print("outer", e)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("rec", e)
raise MyError(7)
