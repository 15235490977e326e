# The built-in hierarchy: LookupError, ArithmeticError, Exception; issubclass-like checks
# via isinstance on caught exceptions.
def classify(kind):
    try:
        if kind == "index":
            xs = [1, 2]
            print(xs[2])
        elif kind == "key":
            d = {"a": 1}
            print(d["k"])
        elif kind == "zero":
            print(1 % 0)
        elif kind == "overflow":
            print(int(float("inf")))
        elif kind == "value":
            int("?")
        elif kind == "assert":
            assert kind == "nope", "assertion message"
        elif kind == "notimpl":
            raise NotImplementedError("todo")
        elif kind == "runtime":
            raise RuntimeError("rt")
        elif kind == "type":
            raise TypeError("wrong type")
        return "none"
    except Exception as e:
        parts = []
        if isinstance(e, LookupError):
            parts.append("LookupError")
        if isinstance(e, ArithmeticError):
            parts.append("ArithmeticError")
        if isinstance(e, RuntimeError):
            parts.append("RuntimeError")
        if isinstance(e, IndexError):
            parts.append("IndexError")
        if isinstance(e, KeyError):
            parts.append("KeyError")
        if isinstance(e, ZeroDivisionError):
            parts.append("ZeroDivisionError")
        if isinstance(e, OverflowError):
            parts.append("OverflowError")
        if isinstance(e, ValueError):
            parts.append("ValueError")
        if isinstance(e, AssertionError):
            parts.append("AssertionError")
        if isinstance(e, NotImplementedError):
            parts.append("NotImplementedError")
        if isinstance(e, TypeError):
            parts.append("TypeError")
        return "/".join(parts) + " " + str(e)


for k in ["index", "key", "zero", "overflow", "value", "assert", "notimpl", "runtime", "type", "fine"]:
    print(k, "->", classify(k))
