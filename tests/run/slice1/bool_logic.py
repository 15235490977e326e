# Booleans: printing, not/and/or between bools, comparisons producing bools.
t = True
f = False
print(t, f, not t, not f)
print(t and t, t and f, f and t, f and f)
print(t or t, t or f, f or t, f or f)
print(t == f, t != f, t == (not f), f == f, not t == f)
print(str(t), str(f), len(str(t)), f"{t}|{f}")
count = 0
for i in range(16):
    a = i & 1 == 1
    b = i & 2 == 2
    c = i & 4 == 4
    d = i & 8 == 8
    res = (a and b) or (c and not d)
    xor = a != b
    print(i, a, b, c, d, res, xor)
    if res:
        count += 1
print("count", count)
flag = False
for i in range(5):
    flag = not flag
print(flag)
e = 3 > 2 and 2 > 1
g = not (3 > 2) or "a" in "abc"
print(e, g, e and g, e == True, g != False)
h = 0.0 == -0.0
k = "" == "" and not ""
print(h, k)
print(1 if t else 0, "yes" if f else "no")
