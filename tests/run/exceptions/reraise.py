# Bare `raise` re-raises the current exception; raising from handlers; finally blocks on the way out.
log = []


def low(n):
    try:
        if n % 2:
            raise ValueError(f"odd {n}")
        return n
    finally:
        log.append(f"low-finally {n}")


def mid(n):
    try:
        return low(n) * 10
    except ValueError:
        log.append(f"mid saw {n}")
        raise


def top(n):
    try:
        return mid(n)
    except ValueError as e:
        log.append("top handled " + str(e))
        return -1


print([top(n) for n in range(4)])
for entry in log:
    print(entry)


def convert(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError(s)


for s in ["12", "x"]:
    try:
        print(convert(s))
    except KeyError as e:
        print("converted to KeyError", e)


def chained(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input " + repr(s)) from e


try:
    chained("q")
except RuntimeError as e:
    print("RuntimeError:", e)
