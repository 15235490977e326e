# A formatted report built with f-strings.
def row(name, qty, price, w=12):
    total = qty * price
    return f"| {name:<{w}} | {qty:>5d} | {price:>9.2f} | {total:>12,.2f} |"

def rule(w=12):
    return "+" + "-" * (w + 2) + "+" + "-" * 7 + "+" + "-" * 11 + "+" + "-" * 14 + "+"

print(rule())
print(f"| {'item':<12} | {'qty':>5} | {'price':>9} | {'total':>12} |")
print(rule())
print(row("apple", 3, 0.5))
print(row("banana", 12, 0.25))
print(row("cherry", 1000, 12.999))
print(row("durian", 7, 1999.5))
print(row("élan 😀", 2, 3.0))
print(rule())
grand = 3 * 0.5 + 12 * 0.25 + 1000 * 12.999 + 7 * 1999.5 + 2 * 3.0
print(f"| {'TOTAL':<12} | {'':>5} | {'':>9} | {grand:>12,.2f} |")
print(rule())
print()
print(f"{'n':>3} {'n^2':>6} {'n^3':>8} {'sqrt':>8} {'1/n':>10} {'hex':>5} {'bin':>10}")
for n in range(1, 13):
    print(f"{n:>3} {n * n:>6} {n ** 3:>8,} {n ** 0.5:>8.4f} {1 / n:>10.3e} {n:>#5x} {n:>010b}")
print()
for p in range(0, 7):
    v = 10.0 ** p / 7.0
    print(f"{p:<2}|{v:<14.6g}|{v:^16.3f}|{v:>12.2e}|{v / 100:>8.1%}|")
