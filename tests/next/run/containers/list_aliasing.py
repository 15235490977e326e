# Lists are shared by reference: aliasing, copies, [[0]*n]*m, += versus +.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b)
c = a + [5]
print(a, c)
b += [6]
print(a, b, a is b)
d = list(a)
d[0] = 100
print(a[0], d[0])
rows = [[0] * 3] * 3
rows[0][0] = 1
print(rows)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)


def add_item(xs, item):
    xs.append(item)
    return len(xs)


def rebind(xs):
    xs = [0]
    return xs


keep = [9]
print(add_item(keep, 8), keep, rebind(keep), keep)
outer = [[1], [2]]
shallow = outer[:]
shallow[0].append(10)
shallow[1] = [20]
print(outer, shallow)
m = {"k": [1]}
alias = m["k"]
alias.append(2)
print(m)
s = "abc"
s2 = s
s2 += "d"
print(s, s2)
t = (1, 2)
t2 = t
t3 = t2 + (3,)
print(t, t2, t3, t is t2)
