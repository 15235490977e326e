# A try statement whose body (or finally) always leaves the function: no
# path reaches the code after it, so a declared result type holds. (Once
# refused with "declared int but is None here".)


def returns_in_body() -> int:
    try:
        return 7
    finally:
        print("finally of returns_in_body")


def returns_in_some_paths(n: int) -> int:
    try:
        if n > 1:
            return 7
    finally:
        print("finally of returns_in_some_paths", n)
    return 3


def returns_in_finally(n: int) -> int:
    try:
        print("body", n)
    finally:
        return n + 1


def returns_in_a_loop(n: int) -> int:
    while True:
        try:
            return n
        finally:
            print("finally in a loop")


def returns_or_raises(n: int) -> int:
    try:
        if n < 0:
            raise ValueError("negative")
        return n
    except ValueError:
        print("caught")
        return 0
    else:
        print("never printed")


def raises_in_handler(n: int) -> str:
    try:
        return str(10 // n)
    except ZeroDivisionError:
        raise KeyError(n)
    finally:
        print("finally of raises_in_handler", n)


print(returns_in_body())
print(returns_in_some_paths(2), returns_in_some_paths(0))
print(returns_in_finally(5), returns_in_a_loop(4))
print(returns_or_raises(3), returns_or_raises(-1))
print(raises_in_handler(5))
try:
    print(raises_in_handler(0))
except KeyError as e:
    print("KeyError", e)
