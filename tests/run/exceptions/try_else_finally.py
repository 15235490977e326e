# Execution order of try/except/else/finally for the normal path and the error path.
def attempt(n):
    print("start", n)
    try:
        print("  try")
        if n == 0:
            raise ValueError("zero")
        if n < 0:
            raise KeyError(n)
        r = 10 // n
    except ValueError as e:
        print("  except ValueError", e)
        r = -1
    except KeyError as e:
        print("  except KeyError", e)
        r = -2
    else:
        print("  else", r)
        r += 100
    finally:
        print("  finally")
    print("end", r)
    return r


print([attempt(n) for n in [5, 0, -3]])


def nested(n):
    try:
        try:
            if n > 1:
                raise IndexError("inner")
            print("inner ok")
        finally:
            print("inner finally")
        print("after inner")
    except IndexError as e:
        print("outer caught", e)
    finally:
        print("outer finally")


nested(1)
nested(2)
