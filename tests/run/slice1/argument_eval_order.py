# Arguments, operands and keyword arguments are evaluated left to right.
def v(label, x):
    print("eval", label)
    return x

def vs(label, x):
    print("eval", label)
    return x

def vb(label, x):
    print("eval", label)
    return x

def combine(a, b, c=0, d=0):
    return a * 1000 + b * 100 + c * 10 + d

print(combine(v("a", 1), v("b", 2), v("c", 3), v("d", 4)))
print(combine(v("a", 1), v("b", 2), d=v("d", 4), c=v("c", 3)))
print(combine(d=v("d", 4), b=v("b", 2), a=v("a", 1)))
print(v("left", 10) - v("right", 3))
print(v("x", 2) * v("y", 3) + v("z", 4) * v("w", 5))
print(v("base", 2) ** v("exp", v("inner", 3)))
print(v("p1", 1), v("p2", 2), sep=vs("sep", "-"), end=vs("end", "\n"))
print(f"{v('f1', 1)} {v('f2', 2)} {v('f3', 3)}")
s = "abcdef"
print(s[v("lo", 1):v("hi", 4)])
print(v("c1", 5) if vb("cond", True) else v("c2", 6))
print(v("c1", 5) if vb("cond", False) else v("c2", 6))
print(min(v("m1", 3), v("m2", 1), v("m3", 2)))
a, b = v("ra", 1), v("rb", 2)
print(a, b)
a, b = v("sb", b), v("sa", a)
print(a, b)
print(v("cmp1", 1) < v("cmp2", 2) < v("cmp3", 0))
print(vs("add1", "x") + vs("add2", "y") * v("times", 2))
