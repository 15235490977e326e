# Approximating pi: Leibniz series, Nilakantha series, Wallis product.
def leibniz(terms):
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total

def nilakantha(terms):
    pi = 3.0
    sign = 1.0
    for k in range(1, terms + 1):
        nf = 2.0 * k
        pi += sign * 4.0 / (nf * (nf + 1.0) * (nf + 2.0))
        sign = -sign
    return pi

def wallis(terms):
    p = 1.0
    for k in range(1, terms + 1):
        four = 4.0 * k * k
        p *= four / (four - 1.0)
    return 2.0 * p

n = 1
while n <= 100000:
    print(n, leibniz(n), nilakantha(n), wallis(n))
    n *= 10
print(f"{leibniz(1000):.10f} {nilakantha(1000):.14f} {wallis(1000):.8f}")
