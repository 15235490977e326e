# `and`/`or` return one of their operands (not a bool), evaluate lazily, and
# `not` always gives a bool.
def t(label, v):
    print("  eval", label)
    return v

def ts(label, v):
    print("  eval", label)
    return v

print(0 or 5, 3 or 5, 0 and 5, 3 and 5, 0 or 0, -1 and 0)
print(0.0 or 2.5, 1.5 and 0.0, "" or "x", "a" or "b", "" and "x", "a" and "")
print(True and False, False or True, 3 and 0, 0 or -0, True or False, False and True)
print(not 0, not 3, not "", not "a", not 0.0, not -0.0, not None, not True)
print(t("a", 0) or t("b", 0) or t("c", 9) or t("d", 1))
print(t("a", 1) and t("b", 2) and t("c", 0) and t("d", 4))
print(t("a", 0) and t("b", 1) or t("c", 2))
print(t("a", 1) or t("b", 0) and t("c", 2))
print((ts("a", "") or ts("b", "z")) + "!", len(ts("c", "abc") and ts("d", "de")))
x = 0
y = x or 10
z = x and 10
print(y, z, (y or z) * 2, (z or y) * 2)
s = ""
u = s or "default"
w = "given" or s
print(u, w, f"{s or 'none'}", f"{u and 'both'}")
def maybe(k):
    if k < 0:
        return None
    return k

n = maybe(-1)
m = maybe(0)
print(n or 4, m or 4, n is None or n > 3, m is None or m > 3, m is not None and m < 3)
cnt = 0
while cnt < 3 and (cnt == 0 or cnt % 2 == 1 or cnt > 100):
    print("loop", cnt)
    cnt += 1
print("stopped at", cnt)
