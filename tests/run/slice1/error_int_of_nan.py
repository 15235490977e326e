# Ends with ValueError from int() of a NaN.
inf = float("inf")
x = inf - inf
print(x, x == x, x != x)
print(int(2.9), int(-2.9), round(2.5), round(-2.5))
z = inf
for i in range(4):
    z = z / 1e300
    print(i, z, int(z > 1.0), z - z)
w = 1e308
while w < inf:
    w = w * 2.0
print("overflowed to", w, w - w)
y = 0.0 * inf
print("converting", y)
print(int(y))
print("never printed")
