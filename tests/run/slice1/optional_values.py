# Variables that are None in some places and a value in others.
def find_char(s, ch):
    for i in range(len(s)):
        if s[i] == ch:
            return i
    return None

def parse_digit(s):
    if len(s) == 1 and s in "0123456789":
        return int(s)
    return None

def safe_div(a, b):
    if b == 0.0:
        return None
    return a / b

r = None
for k in range(1, 20):
    if k * k > 50:
        r = k
        break
if r is not None:
    print("first k with k*k > 50:", r)
print(find_char("hello", "l"), find_char("hello", "z"), find_char("", "a"))
chars = "3x7"
for ci in range(len(chars)):
    t = chars[ci]
    d = parse_digit(t)
    if d is None:
        print(t, "not a digit")
    else:
        print(t, "digit", d, d * 2)
best = None
for v in range(-3, 4):
    sq = v * v - 2 * v
    if best is None or sq < best:
        best = sq
print("best", best)
q = safe_div(1.0, 4.0)
print(q, safe_div(1.0, 0.0), q is None)
name = None
print(name is None, name)
name = "set"
print(name is None, name, name + "!")
name = None
print(name)
w = find_char("abc", "c")
if w is not None and w > 1:
    print("late", w)
msg = None
for i in range(3):
    if i == 2:
        msg = "found at " + str(i)
print(msg if msg is not None else "missing")
