# Code reached only by leaving a `try` (a loop exit after a `break` inside it,
# the code after a `try` whose body always raises) runs after the statement:
# its finally clause has run, and its handlers do not catch what that code raises.
def first_negative(xs):
    i = 0
    while True:
        try:
            if xs[i] < 0:
                break
            i += 1
        finally:
            print("checked", i)
    print("found at", i)
    return i


first_negative([3, 1, -4, 1])


def two_levels():
    n = 0
    while True:
        try:
            try:
                n += 1
                if n == 3:
                    break
            finally:
                print("inner finally", n)
        except ValueError:
            print("not reached")
        finally:
            print("outer finally", n)
    raise ValueError("raised after the loop")


try:
    two_levels()
except ValueError as e:
    print("caught outside:", e)


def always_raises(k):
    try:
        raise KeyError(k)
    except KeyError:
        print("handled", k)
    # Not inside the handler: an error here is not caught by `except KeyError`.
    d = {}
    return d[k + 1]


try:
    always_raises(1)
except KeyError as e:
    print("KeyError from after the try:", e)


def search(rows):
    for row in rows:
        while True:
            try:
                if row > 2:
                    break
                row += 1
            except ZeroDivisionError:
                pass
        print("row done", row)
    return "end"


print(search([0, 5]))
