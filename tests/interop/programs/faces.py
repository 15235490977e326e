import js

class Point:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

    def norm2(self) -> int:
        return self.x * self.x + self.y * self.y

    def scale(self, k: int) -> None:
        self.x *= k
        self.y *= k

    def __str__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"

p = Point(3, 4)
holder = js.Object.new()
holder.p = p
holder.q = p
print(holder.p is holder.q, holder.p is p)
print(js.Object["is"](holder.p, holder.q))
f = js.Function.new("o", "return o.norm2() + o.x")
print(f(p))
g = js.Function.new("o", "o.scale(10); return String(o)")
print(g(p), p.x)
lst = [1, 2, 3]
h = js.Function.new("a", "a.push(4); a[0] = 10; return a.length")
print(h(lst), lst)
bad = js.Function.new("a", "a.push('x')")
try:
    bad(lst)
except js.JsException as e:
    print("JsException:", e)
d = {"a": 1, "b": 2}
k = js.Function.new("d", "return [...d.keys()].join('+') + '=' + d.get('b')")
print(k(d))
def cb(n: int) -> int:
    return n + 1
arr = js.Array.of(1, 2, 3)
print(arr.map(cb))
def boom(x):
    raise ValueError("no " + str(x))
try:
    arr.map(boom)
except ValueError as e:
    print("back as ValueError:", e)
thrower = js.Function.new("f", "try { f(1) } catch (e) { return e.name + '|' + e.message }")
print(thrower(boom))
base = int(js.__pyrt__.liveProxies())

keep = js.Array.new()
class Counter:
    def __init__(self):
        self.n = 0
    def hit(self, x):
        self.n += 1
for i in range(1000):
    c = Counter()
    keep.push(c.hit)
print("live after push", int(js.__pyrt__.liveProxies()) - base)
