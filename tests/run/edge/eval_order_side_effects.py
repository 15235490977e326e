# Evaluation order with printing side effects: operands left to right, the
# middle operand of a chained comparison once, keyword arguments in source
# order, f-string parts in order, and assignment right-hand sides before targets.
def v(label, x):
    print("eval", label)
    return x

def vs(label, x):
    print("eval", label)
    return x

def f3(a, b=10, c=20):
    return a * 100 + b * 10 + c

print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 5) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 2) > v("c", 3) == v("d", 3))
print(v("a", 1) == v("b", 1) != v("c", 2) <= v("d", 2) >= v("e", 0))
print(f3(c=v("c", 3), a=v("a", 1)))
print(f3(v("a", 1), c=v("c", 3), b=v("b", 2)))
print(f3(b=v("b", 2), c=v("c", 3), a=v("a", 1)))
print(v("x", 2) ** v("y", 3) ** v("z", 2))
print(v("n", 7) // v("d", 2) % v("m", 3))
print(-v("u", 3) * v("w", 4))
print(vs("s", "abc")[v("i", 1)] + vs("t", "xyz")[v("lo", 0):v("hi", 2):v("st", 1)])
print(f"{v('p', 1)}{v('q', 2):>{v('w', 3)}}{v('r', 3)!r}")
print(max(v("m1", 1), v("m2", 5), v("m3", 3)), min(vs("k1", "b"), vs("k2", "a")))
print(vs("lhs", "ab") in vs("rhs", "cabd"), vs("l2", "x") not in vs("r2", "abc"))
g = 0
def bump(by):
    global g
    g = g + by
    print("bump", by, "->", g)
    return g

print(bump(1) + bump(10) * bump(100))
print(bump(1) - g, g - bump(1))
print(round(2.675 + v("val", 0), v("nd", 2)), abs(v("ab", -3)))
print(v("c1", 0) if v("cond", 0) else v("c2", 1))
a, b = v("first", 1), v("second", 2)
print(a, b)
