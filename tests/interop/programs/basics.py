import js

print("start")
js.console.log("from JS", 1, 2.5)
m = js.Map.new()
m.set("a", 1)
print(m.get("a"), m.size, len(m))
arr = js.Array.new()
arr.push(3)
arr.push("x")
print(len(arr), arr[0], arr[1], str(arr))
for x in arr:
    print("item", x)
print(js.Object is js.Object, js.Math is js.Object)
print(js.Math.sqrt(2.0), int(js.Math.floor(7.5)) + 1, float(js.Math.PI))
print(bool(arr), bool(js.Array.new()))
o = js.Object.new()
o.name = "pyrt"
o["n"] = 3
print(o.name, o["n"], o.missing is None)

def twice(x):
    return x * 2

def show(v, i):
    print("map saw", v, i)
    return str(v) + "!"

nums = [1, 2, 3]
r = js.Array["from"](nums).map(show)
print(r)
try:
    js.JSON.parse("{bad")
except js.JsException as e:
    print("caught:", e)

def later():
    print("timer ran")
js.setTimeout(later, 0)
print("end of main")
