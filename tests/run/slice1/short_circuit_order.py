# Short-circuit evaluation of and/or, observed through side effects.
def t(label):
    print("T" + label, end=" ")
    return True

def f(label):
    print("F" + label, end=" ")
    return False

def num(label, v):
    print("N" + label, end=" ")
    return v

def flt(label, v):
    print("D" + label, end=" ")
    return v

def txt(label, v):
    print("S" + label, end=" ")
    return v

print(t("1") and t("2"))
print(f("1") and t("2"))
print(t("1") or t("2"))
print(f("1") or f("2"))
print(t("1") and f("2") or t("3"))
print(f("1") and t("2") or f("3") and t("4"))
print(not t("1") or f("2"))
print(f("1") or t("2") and f("3"))
print(num("a", 0) or num("b", 5))
print(num("a", 3) or num("b", 5))
print(num("a", 0) and num("b", 5))
print(num("a", 3) and num("b", 5))
print(txt("a", "") or txt("b", "default"))
print(txt("a", "set") or txt("b", "default"))
print(txt("a", "x") and txt("b", "y") and txt("c", ""))
print(flt("a", 0.0) or flt("b", -0.0) or flt("c", 2.5))
if f("if") or t("cond"):
    print("taken")
if t("a") and (f("b") or t("c")):
    print("taken2")
x = 0
while t("w") and x < 2:
    x += 1
print()
print(1 < 2 or num("never", 1) > 0)
