# sys.exit raises SystemExit: `except Exception` does not catch it, finally still runs,
# and the exit status is the given code.
import sys


def work(n):
    try:
        if n == 3:
            sys.exit(3)
        print("worked", n)
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        print("finally", n)


try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code)
for i in range(5):
    work(i)
print("not reached")
