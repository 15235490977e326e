# Ints formatted with float presentation types, and bools with format specs
# (a bool with a non-empty spec is formatted as an int by CPython).
n = 42
m = -42
big = 1234567890123
print(f"[{n:e}] [{n:.2f}] [{m:%}] [{n:g}] [{big:.3e}] [{big:g}]")
print(f"[{n:f}] [{m:10.3f}] [{0:.1f}] [{big:,.2f}] [{n:.0%}] [{n:E}]")
print(f"[{2 ** 52:e}] [{2 ** 52:.17g}] [{-1:g}] [{7:.3g}] [{123456789:g}]")
t = True
f = False
print(f"[{t}] [{f}] [{t:d}] [{f:d}] [{t:>5}] [{f:<5}|]")
print(f"[{t:x}] [{t:b}] [{t:+d}] [{t:05}] [{t:.1f}] [{f:e}]")
print(f"[{t=}] [{f=:3}] [{t:^5}] [{f:#x}]")
for k in range(1, 7):
    v = 10 ** k - 1
    print(f"{v:>10.2e}|{v:<10g}|{v:^12.1f}|{v:>8.1%}")
