# return, break and continue passing through finally; finally overriding a return value.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally runs")


def f2():
    try:
        return "try"
    finally:
        return "finally"


def f3(n):
    total = 0
    for i in range(n):
        try:
            if i == 2:
                continue
            if i == 5:
                break
            total += i
        finally:
            print("iteration", i, "total", total)
    return total


def f4():
    i = 0
    while True:
        try:
            i += 1
            if i > 3:
                return i
        finally:
            print("f4 finally", i)


def f5():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def f6(items):
    for x in items:
        try:
            try:
                if x < 0:
                    raise ValueError(str(x))
            finally:
                print("inner", x)
        except ValueError as e:
            print("negative", e)
            continue
        print("ok", x)


print(f1())
print(f2())
print(f3(10))
print(f4())
print(f5())
f6([1, -2, 3])
