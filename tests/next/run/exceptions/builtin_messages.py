# Built-in exceptions raised by the runtime, caught, with CPython's exact messages.
def show(label, msg):
    print(f"{label}: {msg}")


xs = [1, 2, 3]
d = {"a": 1}
try:
    print(xs[3])
except IndexError as e:
    show("IndexError", e)
try:
    xs[-4] = 0
except IndexError as e:
    show("IndexError", e)
try:
    print("abc"[5])
except IndexError as e:
    show("IndexError", e)
try:
    pair = (1, 2)
    k = len(xs) - 1
    print(pair[k])
except IndexError as e:
    show("IndexError", e)
try:
    [].pop()
except IndexError as e:
    show("IndexError", e)
try:
    xs.pop(10)
except IndexError as e:
    show("IndexError", e)
try:
    print(d["zz"])
except KeyError as e:
    show("KeyError", e)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    show("ZeroDivisionError", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    show("ZeroDivisionError", e)
try:
    print(1.5 / 0.0)
except ZeroDivisionError as e:
    show("ZeroDivisionError", e)
try:
    print(7 % 0)
except ZeroDivisionError as e:
    show("ZeroDivisionError", e)
try:
    print(divmod(7, 0))
except ZeroDivisionError as e:
    show("ZeroDivisionError", e)
try:
    xs.remove(42)
except ValueError as e:
    show("ValueError", e)
try:
    print(xs.index(42))
except ValueError as e:
    show("ValueError", e)
try:
    print("hello".index("z"))
except ValueError as e:
    show("ValueError", e)
try:
    print(int("12x"))
except ValueError as e:
    show("ValueError", e)
try:
    print(float("abc"))
except ValueError as e:
    show("ValueError", e)
try:
    a, b = [1, 2, 3]
    print(a, b)
except ValueError as e:
    show("ValueError", e)
try:
    a, b, c = [1, 2]
    print(a, b, c)
except ValueError as e:
    show("ValueError", e)
try:
    print(max([]))
except ValueError as e:
    show("ValueError", e)
try:
    print(chr(-5))
except ValueError as e:
    show("ValueError", e)
try:
    print("a,b".split(""))
except ValueError as e:
    show("ValueError", e)
try:
    s = {1, 2}
    s.remove(3)
except KeyError as e:
    show("KeyError", e)
try:
    set().pop()
except KeyError as e:
    show("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    show("KeyError", e)
try:
    print(ord(""))
except TypeError as e:
    show("TypeError", e)
try:
    print(range(1, 5, 0))
except ValueError as e:
    show("ValueError", e)
try:
    print(int(float("inf")))
except OverflowError as e:
    show("OverflowError", e)
try:
    print(int(float("nan")))
except ValueError as e:
    show("ValueError", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration:", repr(e))
