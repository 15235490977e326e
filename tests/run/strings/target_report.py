# RPython target mode: a formatted report mixing f-strings, str.format and % formatting.
ROWS = [
    ("Widget", 12, 3.5),
    ("Gadget, large", 3, 129.99),
    ("Doohickey", 140, 0.125),
    ("Thingamajig", 7, 15.0),
]


def line(ch, width):
    return ch * width


def entry_point(argv):
    width = 46
    print(line("=", width))
    print("{:^46}".format("INVENTORY REPORT"))
    print(line("=", width))
    print("%-16s %6s %10s %11s" % ("item", "qty", "price", "total"))
    print(line("-", width))
    grand = 0.0
    for name, qty, price in ROWS:
        total = qty * price
        grand += total
        label = name if len(name) <= 16 else name[:15] + "~"
        print(f"{label:<16} {qty:>6d} {price:>10.2f} {total:>11,.2f}")
    print(line("-", width))
    print("%-16s %29s" % ("grand total", "{:,.3f}".format(grand)))
    share = [(name, qty * price / grand) for name, qty, price in ROWS]
    for name, s in sorted(share, key=lambda p: -p[1]):
        bar = "#" * int(s * 30)
        print(f"{name[:10]:10} {s:6.1%} {bar}")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
