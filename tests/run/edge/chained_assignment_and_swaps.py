# Chained assignment, tuple swaps reading old values, and rotation.
a = b = c = 7
print(a, b, c)
a, b = b + 1, a - 1
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = y, z, x
print(x, y, z)
def rot(p, q, r):
    p, q, r = r, p, q
    return p * 100 + q * 10 + r

print(rot(1, 2, 3))
g = 1
def swap_global():
    global g
    h = 5
    g, h = h, g
    return h

print(swap_global(), g)
i = j = 0
i += 1
print(i, j)
s = t = "ab"
s += "c"
print(s, t)
