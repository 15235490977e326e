# Tuple-style multiple assignment and swaps.
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
a, b, c = 10, 20, 30
a, b, c = c, a, b
print(a, b, c)
p, q = "left", "right"
p, q = q + "!", p + "?"
print(p, q)
f, g = 1.5, -2.5
f, g = f + g, f - g
print(f, g)
m, n = 0, 1
for i in range(10):
    m, n = n, m + n
print(m, n)
u, v = 100, 7
quot, rem = u // v, u % v
print(quot, rem, quot * v + rem == u)
i, j = 0, 9
s = "abcdefghij"
out = ""
while i < j:
    out = out + s[j] + s[i]
    i, j = i + 1, j - 1
print(out)
t, flag = None, False
for k in range(5):
    if k == 3:
        t, flag = k, True
print(t, flag)

def step(a1, b1):
    a1, b1 = b1, a1 + b1
    return a1 * 1000 + b1

print(step(3, 4), step(0, 1))
r1, r2, r3 = 1, "two", 3.0
print(r1, r2, r3)
