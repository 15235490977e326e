# Python dicts and tuples as JS sees them: a Map-like proxy over the dict
# itself (reads and writes go to it, typed), an Array-like one over a tuple.
import js
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
k = js.Function.new("d", "return [...d.keys()].join('+') + '=' + d.get('b') + d.get('c') + d.has('zz') + d.size")
print(k(d))
w = js.Function.new("d", "d.set('q', 7); d.delete('b'); return d.get('q')")
print(w(d), d)
try:
    js.Function.new("d", "d.set('q', 'x')")(d)
except js.JsException as e:
    print("JsException:", e)
t = (1, "two", 3.5)
print(js.JSON.stringify(t), js.Function.new("t", "return t[1] + t.length")(t))
