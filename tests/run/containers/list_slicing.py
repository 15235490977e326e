# Slicing with steps (positive and negative), out-of-range bounds, slice assignment and del.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[5:2], a[20:], a[-20:2], a[3:3], a[::-3], a[100:-100:-1][:3])
b = a[:]
b[2:4] = [20, 30, 40]
print(b, len(b))
b[1:1] = [-1, -2]
print(b)
b[:3] = []
print(b)
b[-2:] = [7]
print(b)
c = list(range(8))
c[::2] = [0, 20, 40, 60]
print(c)
c[1::2] = [x * 11 for x in c[1::2]]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = list(range(12))
del d[::3]
print(d)
del d[2:4]
print(d)
del d[-1]
del d[0]
print(d)
del d[1:100:2]
print(d)
s = "abcdefghij"
print(s[::2], s[::-1], s[-2::-3], s[3:-3], s[1:8:3])
t = (1, 2, 3, 4, 5, 6)
print(t[1:4], t[::-2], t[:0], t[4:1:-1])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in m[::-1]], [row[1] for row in m[1:]])
