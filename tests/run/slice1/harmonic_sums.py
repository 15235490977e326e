# Harmonic numbers and other float sums; summation order matters.
def harmonic(n):
    h = 0.0
    for k in range(1, n + 1):
        h += 1.0 / k
    return h

def harmonic_rev(n):
    h = 0.0
    for k in range(n, 0, -1):
        h += 1.0 / k
    return h

def basel(n):
    s = 0.0
    for k in range(1, n + 1):
        s += 1.0 / (k * k)
    return s

def geometric(r, n):
    s = 0.0
    term = 1.0
    for k in range(n):
        s += term
        term *= r
    return s

for n in range(1, 11):
    print(n, harmonic(n))
print(harmonic(1000), harmonic_rev(1000), harmonic(1000) == harmonic_rev(1000))
print(harmonic(100000), harmonic_rev(100000))
print(basel(10000), (basel(10000) * 6.0) ** 0.5)
print(geometric(0.5, 60), geometric(-0.5, 60), geometric(0.9, 500), geometric(1.1, 100))
k = 1
while harmonic(k) < 5.0:
    k += 1
print("first k with H(k) >= 5:", k)
e = 0.0
fact = 1.0
for i in range(20):
    if i > 0:
        fact *= i
    e += 1.0 / fact
print(e, f"{e:.15f}")
