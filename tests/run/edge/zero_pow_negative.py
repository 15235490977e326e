# 0 ** negative int: ZeroDivisionError with CPython's float message.
def p(b, e):
    return b ** e

def pf(b, e):
    return b ** e

print(p(0, 0), p(0, 5), pf(0.0, 0.0), pf(-0.0, 3.0), pf(0.0, 2.5))
print(p(0, -1))
