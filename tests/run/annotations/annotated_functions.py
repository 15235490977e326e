# Annotations are checked and used: declared types seed inference.
cached: int = 3


def area(w: float, h: float = 2.0) -> float:
    return w * h


def label(n: int, unit: str = "m") -> str:
    return f"{n}{unit}"


def first_even(limit: int) -> "Optional[int]":
    for i in range(1, limit):
        if i % 2 == 0:
            return i
    return None


def maybe(flag: bool) -> int | None:
    return 7 if flag else None


print(area(1.5), area(3.0, h=0.5))
print(label(5), label(12, unit="km"))
print(first_even(1), first_even(9))
print(maybe(True), maybe(False))
