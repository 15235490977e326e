# Variables that are None on one path and a value on another, merged and then narrowed.
def first_negative(xs):
    found = None
    for x in xs:
        if x < 0:
            found = x
            break
    return found


def longest(words):
    best = None
    for w in words:
        if best is None or len(w) > len(best):
            best = w
    return best


for xs in [[3, -1, -5], [1, 2], []]:
    r = first_negative(xs)
    if r is None:
        print(xs, "no negative")
    else:
        print(xs, "first negative", r, r * 2)
print(longest(["a", "abc", "ab"]), longest([]))
w = longest(["xy", "z"])
if w is not None:
    print(w.upper(), len(w))
label = None
count = 0
for i in range(10):
    if i % 4 == 3:
        label = "hit" + str(i)
        count += 1
print(label, count)
value = None if count > 5 else count * 1.5
print(value)
maybe = None
for i in range(3):
    if maybe is None:
        maybe = [i]
    else:
        maybe.append(i * 10)
print(maybe)
opt = None
print(opt or "default", "x" if opt else "y")
for s in ["", "given"]:
    if s:
        opt = s
print(opt or "default", "x" if opt else "y", opt is None)
