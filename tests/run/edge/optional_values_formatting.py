# Optional values (None or a value) through print, str, repr, f-strings,
# == None / != None, truthiness, and `or` defaults.
def opt_int(k):
    if k < 0:
        return None
    return k

def opt_float(k):
    if k < 0:
        return None
    return k / 4

def opt_str(k):
    if k < 0:
        return None
    return "s" * k

def opt_bool(k):
    if k < 0:
        return None
    return k > 1

for k in range(-1, 3):
    a = opt_int(k)
    b = opt_float(k)
    c = opt_str(k)
    d = opt_bool(k)
    print(a, b, c, d)
    print(str(a), str(b), str(c), str(d), repr(a), repr(b), repr(c), repr(d))
    print(f"{a} {b} {c} {d} {a!r} {b!r} {c!r} {d!r}")
    print(a == None, b != None, c == None, d is None, a is not None)
    print(bool(a), bool(b), bool(c), bool(d), not a, not c)
    print(a or -1, b or -1.0, c or "empty", d or False)
    if a is not None and b is not None and c is not None and d is not None:
        print(a + 1, b * 2, c + "!", d and True, f"{a:>3}|{b:.2f}|{c:^5}|{d:>6}")
