# The wasm backend's proxy tables: a released proxy refuses calls (the Python
# object behind it may be gone), the next crossing makes a new one, JS values
# keep their identity however often they cross, and the table gives back
# what Python no longer holds.
import js

def inc(x: int) -> int:
    return x + 1

keep = js.Array.of(inc)
f = keep[0]
print(f(1), f is keep[0], js.Array.of(inc)[0] is f)
js.__pyrt__.destroy(f)
try:
    f(2)
except js.JsException as e:
    print("JsException:", e)
g = js.Array.of(inc)[0]
print(g(3), g is f)

base = int(js.__pyrt__.liveHandles())
for i in range(100000):
    o = js.Object.new()
    o.i = i
print("handles held after the loop:", int(js.__pyrt__.liveHandles()) - base < 100000)
same = js.Object.new()
box = js.Array.of(same, same)
print(box[0] is box[1], box[0] is same, js.Object.new() is js.Object.new())
try:
    inc_face = js.Array.of(inc)[0]
    inc_face("seven")
except js.JsException as e:
    print("JsException:", e)
