# Ends with ZeroDivisionError from float division by 0.0 (no inf in Python).
def ratio(a, b):
    return a / b

x = 1.0
d = 0.5
for i in range(4):
    print(i, ratio(x, d), x / d * 2.0)
    d = d - 0.125
print("d is now", d)
q = 1.0
while q > 1e-300:
    q = ratio(q, 1e100)
print("q underflows to", q, ratio(q, 1.0), -q)
print(1.0 / 3.0, -1.0 / 8.0, 1e308 / 1e-308)
print(ratio(5.0, float("inf")), ratio(-5.0, float("inf")))
print(ratio(1.0, 0.0))
print("never printed")
