# except with a tuple of classes, handler order, and base classes catching subclasses.
def risky(kind):
    if kind == 0:
        return [1][5]
    if kind == 1:
        return {"a": 1}["b"]
    if kind == 2:
        return 1 // 0
    if kind == 3:
        return int("x")
    return 0


for k in range(5):
    try:
        print(k, "result", risky(k))
    except (IndexError, KeyError) as e:
        print(k, "lookup problem:", e)
    except (ZeroDivisionError, OverflowError) as e:
        print(k, "arithmetic problem:", e)
    except Exception as e:
        print(k, "other:", e)
for k in range(4):
    try:
        risky(k)
    except LookupError:
        print(k, "LookupError")
    except ArithmeticError:
        print(k, "ArithmeticError")
    except ValueError:
        print(k, "ValueError")
