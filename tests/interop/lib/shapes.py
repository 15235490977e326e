"""A library for the interop tests: translated with --lib, imported by JS."""
import js


class Counter:
    def __init__(self, start: int):
        self.n = start

    def add(self, k: int) -> int:
        self.n += k
        return self.n

    def __str__(self):
        return "Counter(" + str(self.n) + ")"


_shared = [1, 2, 3]
_one = Counter(100)


def add(a: int, b: int) -> int:
    return a + b


def ratio(a: float, b: float) -> float:
    return a / b


def greet(name: str, loud: bool) -> str:
    s = "hello, " + name
    return s.upper() if loud else s


def maybe(n: int | None) -> str:
    return "nothing" if n is None else "got " + str(n)


def total(xs: list[int]) -> int:
    return sum(xs)


def shared() -> list[int]:
    return _shared


def the_counter() -> Counter:
    return _one


def bump(c: Counter, k: int) -> int:
    return c.add(k)


def same(x):
    return x


def fail(msg: str) -> int:
    raise ValueError(msg)


def divide(a: int, b: int) -> int:
    return a // b


def call_js(f) -> str:
    try:
        f()
    except js.JsException as e:
        return "caught: " + str(e)
    return "no error"


def call_back(f, x: int) -> int:
    return int(f(x))


def hand_out(sink, n: int) -> int:
    for i in range(n):
        sink(Counter(i).add)
    return n


def after(ms: int, value: int):
    def run(resolve, reject):
        js.setTimeout(lambda: resolve(value * 2), ms)
    return js.Promise.new(run)


async def slow_sum(a: int, b: int) -> int:
    x = await after(1, a)
    y = await after(1, b)
    return (int(x) + int(y)) // 2


async def slow_fail(msg: str) -> int:
    await after(1, 0)
    raise KeyError(msg)


def tally() -> dict[str, int]:
    return {"a": 1, "b": 2}


def _private() -> int:
    return 0
