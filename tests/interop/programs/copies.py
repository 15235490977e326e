# JS Arrays, Maps and plain objects passed where Python takes a list, tuple
# or dict are copied into new Python containers, their items checked; an
# instance of a derived class fits where its base class is taken.
import js


class Animal:
    def __init__(self, name: str):
        self.name = name


class Dog(Animal):
    def speak(self) -> str:
        return self.name + " says woof"


def total(xs: list[int]) -> int:
    xs.append(100)
    return sum(xs)


def repeat(p: tuple[int, str]) -> str:
    return p[1] * p[0]


def summary(d: dict[str, float]) -> str:
    return ", ".join([k + "=" + str(d[k]) for k in d])


def lengths(xss: list[list[str]]) -> list[int]:
    return [len(xs) for xs in xss]


def describe(a: Animal) -> str:
    return "an animal called " + a.name


call = js.Function.new("f", "x", "return f(x)")
parse = js.JSON.parse
arr = parse("[1, 2, 3]")
print(call(total, arr), int(arr.length))
print(call(repeat, parse('[3, "ab"]')))
print(call(summary, parse('{"x": 1.5, "y": 2}')))
m = js.Map.new()
m.set("k", 0.25)
print(call(summary, m))
print(call(lengths, parse('[["a", "b"], [], ["c"]]')))
print(call(describe, Dog("Rex")), call(describe, Animal("Tom")))
for bad, f in [('[1, "2"]', total), ('[1, 2]', repeat), ('[[1]]', lengths), ('{"x": "y"}', summary)]:
    try:
        call(f, parse(bad))
    except js.JsException as e:
        print("JsException:", e)
try:
    call(describe, parse("{}"))
except js.JsException as e:
    print("JsException:", e)
