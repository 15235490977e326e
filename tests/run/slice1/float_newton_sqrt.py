# Newton iteration for square roots on floats.
def newton_sqrt(x, tol=1e-15):
    if x == 0.0:
        return 0.0
    g = x if x > 1.0 else 1.0
    steps = 0
    while True:
        nxt = 0.5 * (g + x / g)
        steps += 1
        if abs(nxt - g) <= tol * nxt or steps > 100:
            return nxt
        g = nxt

vals = 2.0
while vals < 1e6:
    r = newton_sqrt(vals)
    print(vals, r, r * r, abs(r - vals ** 0.5) < 1e-9 * r)
    vals = vals * 7.5
print(newton_sqrt(0.0), newton_sqrt(1.0), newton_sqrt(0.25), newton_sqrt(1e-10))
print(newton_sqrt(2.0, tol=1e-3), newton_sqrt(2.0, 1e-6))
print(f"{newton_sqrt(2.0):.12f} {newton_sqrt(10.0):.10e} {newton_sqrt(1e100):g}")

def nth_root(x, n, iters=60):
    g = 1.0
    for i in range(iters):
        g = g - (g ** n - x) / (n * g ** (n - 1))
    return g

print(f"{nth_root(27.0, 3):.12f} {nth_root(32.0, 5):.12f} {nth_root(2.0, 12):.15f}")
