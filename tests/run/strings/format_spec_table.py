# format() of floats, ints and str over a table of specs: fill, align, sign, #, 0, width, grouping, precision, types.
x = 1234567.891
n = -42
for spec in ["", ".2f", "10.3f", "<12.1f", "^12.2e", ",.2f", "+.3g", ".3", "e", "%", "012.2f", "g", ".0f", "_.1f"]:
    print(repr(spec), format(x, spec), format(-x, spec), format(0.5, spec))
for spec in ["", "5", "<5", "^7", "+", "x", "#x", "X", "#o", "b", "08", ",", "_", "012,", "#010x", ".2f", "e"]:
    print(repr(spec), format(n, spec), format(255, spec))
for spec in ["", "10", ">10", "^11", ".2", "*^9.3"]:
    print(repr(spec), format("héllo", spec))
print(f"{1.0/3:.4f} {10:>5} {'ab':*<4} {True} {3.0:.1e}")
