# Python objects that went into JS and come back as JsObject values (their
# proxies): str() and print show Python's text of the object.
import js


class Point:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

    def __str__(self) -> str:
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"


class Loud:
    def __init__(self, n: int):
        self.n = n

    def __str__(self) -> str:
        raise ValueError("no text for " + str(self.n))


def twice(n: int) -> int:
    return 2 * n


keep = js.Array.new()
keep.push([1, 2, 3])
keep.push({"a": 1, "b": 2})
keep.push((1, "x", 2.5))
keep.push(Point(3, 4))
keep.push(Loud(5))
for i in range(4):
    v = keep[i]
    print(str(v), v)
print(f"{keep[3]}!")
try:
    print(str(keep[4]))
except ValueError as e:
    print("ValueError:", e)
same = keep[0]
print(same is keep[0], str(js.Array.isArray(same)))
