# Chained assignment binds every target to the same object (lists are shared).
a = b = 0
a += 1
print(a, b)
x = y = z = "s"
print(x, y, z, x is y)
p = q = []
p.append(1)
print(p, q, p is q)
m = {}
m["a"] = m["b"] = 5
print(m)
lst = [0, 0, 0]
lst[0] = lst[2] = 7
print(lst)


class Box:
    def __init__(self):
        self.left = 0
        self.right = 0


bx = Box()
bx.left = bx.right = 3
print(bx.left, bx.right)
i = j = 10
while i > 7:
    i -= 1
print(i, j)
t1 = t2 = (1, 2)
print(t1 == t2, t1 is t2)
