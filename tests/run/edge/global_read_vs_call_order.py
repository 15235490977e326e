# A global read and a call that modifies the same global, in one expression:
# CPython reads/evaluates strictly left to right (augmented assignment reads
# the target before evaluating the right-hand side).
g = 10

def bump(k):
    global g
    g = g + k
    print("bump", k, "g now", g)
    return k

def run():
    global g
    g += bump(5)
    print("after g += bump(5):", g)
    g = g * 2 + bump(1) - g
    print("after g = g*2 + bump(1) - g:", g)
    print(0 < g < bump(100), g)
    print(bump(1) < g < bump(1000), g)
    x = g if bump(2) > 0 else -1
    print(x, g)
    s = f"{g}-{bump(3)}-{g}"
    print(s)
    print(max(g, bump(7), g), min(bump(0), g))
    return g + bump(1) + g

print(run(), g)
g -= bump(4)
print(g)
