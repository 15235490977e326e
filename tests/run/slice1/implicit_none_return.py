# Functions that return None implicitly or with a bare return.
def say(msg):
    print("say:", msg)

def maybe_print(n):
    if n < 0:
        return
    print("non-negative", n)

def first_div(n, d):
    for i in range(1, n + 1):
        if i % d == 0:
            return i
    return None

r = say("hello")
print(r)
print(say("inline"))
print(maybe_print(-1))
print(maybe_print(3))
print(maybe_print(5) is None)
for d in range(5, 12, 3):
    v = first_div(10, d)
    if v is None:
        print(d, "none")
    else:
        print(d, "found", v)

def nothing():
    pass

print(nothing(), nothing() is None, nothing() is not None)
x = nothing()
print(x is None, x is not None, str(x), f"{x}")

def side(n):
    if n % 2 == 0:
        print("even side", n)

for i in range(4):
    res = side(i)
    print(i, res)
