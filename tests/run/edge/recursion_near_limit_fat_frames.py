# Recursion 900 deep through frames with many locals, f-strings and string
# work: within CPython's limit, so it must not overflow a JS engine's stack.
def fat(n, acc, tag="t"):
    a = n * 3
    b = a % 7
    c = f"{n:>5}|{b:03}|{tag}"
    d = c[::-1] + c[1:3] * 2
    e = float(a) / 7.0
    g = round(e, 2)
    h = len(d) + int(g)
    k = str(h) + repr(g)
    if n == 0:
        return acc + len(k)
    return fat(n - 1, acc + b + len(k) % 5, tag + "") + 1

def mutual_a(n):
    if n <= 0:
        return 0
    return mutual_b(n - 1) + 1

def mutual_b(n):
    if n <= 0:
        return 0
    return mutual_a(n - 1) + 2

print(fat(900, 0))
print(mutual_a(900))
print(fat(10, 0, tag="x"))
