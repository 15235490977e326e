# Nested replacement fields inside format specs.
x = 3.14159265358979
for w in range(6, 13, 2):
    for p in range(0, 5, 2):
        print(f"[{x:{w}.{p}f}] [{-x:<{w}.{p}e}] [{x * 1000:^{w},.{p}f}]")
n = 48879
for base in range(3):
    spec = "x" if base == 0 else ("o" if base == 1 else "b")
    print(f"[{n:{spec}}] [{n:>20{spec}}] [{n:#{spec}}]")
align = "<"
for i in range(3):
    if i == 1:
        align = "^"
    elif i == 2:
        align = ">"
    print(f"[{'txt':{align}9}] [{42:{align}7d}] [{2.5:{align}8.2f}]")
fill = "0"
width = 10
prec = 3
print(f"[{x:{fill}>{width}.{prec}f}] [{-x:{fill}={width}.{prec}f}]")
spec2 = ",.2f"
print(f"[{1234567.891:{spec2}}] [{-0.5:{spec2}}]")
s = "nested"
print(f"[{s:{'*'}^{len(s) + 6}}] [{s:.{len(s) // 2}}]")
