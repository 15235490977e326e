# A bare `raise` outside an `except` clause re-raises whatever exception is active
# when it runs (here the one passing through the finally clause): not tracked yet.
def f():
    try:
        return 1 // 0
    finally:
        raise  # <-- error


try:
    f()
except ZeroDivisionError as e:
    print("caught", e)
