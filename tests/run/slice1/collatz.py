# Collatz sequences: lengths, peaks and the longest chain below a bound.
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

def collatz_peak(n):
    peak = n
    while n != 1:
        n = n // 2 if n & 1 == 0 else 3 * n + 1
        peak = max(peak, n)
    return peak

def trace(n):
    out = str(n)
    while n != 1:
        n = n >> 1 if n % 2 == 0 else n * 3 + 1
        out = out + " " + str(n)
    return out

print(trace(6))
print(trace(11))
for n in range(1, 16):
    print(n, collatz_len(n), collatz_peak(n))
best = 1
best_len = 0
for n in range(1, 3000):
    c = collatz_len(n)
    if c > best_len:
        best = n
        best_len = c
print("longest below 3000:", best, best_len, collatz_peak(best))
print(collatz_len(27), collatz_peak(27), collatz_len(837799), collatz_peak(837799))
print(collatz_len(2 ** 50), collatz_len(2 ** 40 + 1))
