# Unary minus, plus, and invert.
a = 5
b = -a
c = +b
print(a, b, c, -b, +a, --a, -+-a)
print(~a, ~b, ~~a, -~a, ~-a)
x = 2.5
print(-x, +x, --x, -(-x))
z = 0.0
print(-z, +z, -(-z), 0.0 - 0.0, -0.0 + 0.0)
print(-0, +0, ~0)
print(-(2 ** 52), -(-(2 ** 52)))
t = True
print(not t, not not t, not 0, not 5, not "", not "a")
for i in range(-3, 4):
    print(i, -i, +i, ~i, not i)
f = -1.5
while f <= 1.5:
    print(f, -f, abs(f), -abs(f))
    f += 0.75
