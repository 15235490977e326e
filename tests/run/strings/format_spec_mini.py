# The format-spec mini-language via format() and str.format: fill, align, sign, #, 0,
# width, grouping, precision and type.
n = 1234567
x = 3.14159265
print("[{:10}] [{:<10}] [{:>10}] [{:^10}] [{:*^11}] [{:_<6}]".format(n, n, n, n, n, 7))
print("[{:10}] [{:<10}] [{:>10}] [{:^10}] [{:.>7}]".format("ab", "ab", "ab", "ab", "c"))
print("{:+d} {:+d} {: d} {: d} {:-d}".format(5, -5, 5, -5, 5))
print("{:,} {:_} {:,.2f} {:_x} {:,d}".format(n, n, 1234567.891, 0xFFFFFFFF, -9876543))
print("{:08.3f} {:+08.2f} {:=+9d} {:=^9} {:09,}".format(x, -x, 42, 7, 1234))
print("{:.0f} {:.1f} {:.10f} {:.3e} {:.3E} {:e}".format(x, x, x, x, 1e-7, 0.5))
print("{:g} {:g} {:g} {:g} {:.2g} {:G} {:.10g}".format(1e-5, 1e-4, 1e16, 123456789.0, 0.000345, 1e-20, x))
print("{:%} {:.1%} {:.0%}".format(0.25, 0.3333, 1.0))
print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:#X}".format(10, 64, 255, 255, 5, 8, 255, 255))
print("{:08b} {:#010x} {:>#8o} {:<#8b}|".format(5, 255, 8, 3))
print("{:c}{:c}".format(80, 121), "{:n}".format(1234))
print("{:.3} {:.5s} {:>.2}".format("abcdef", "xy", "hello"))
print("{:f} {:F} {:f} {:F} {:g}".format(float("inf"), float("-inf"), float("nan"), float("nan"), -0.0))
print(format(12.5, "^9.2f"), format(-0.0, ".1f"), format(1e300, ".3g"), format(255, "x"), format("s", ">3"))
print(format(0.1, ".17f"), format(2.675, ".2f"), format(1.5, ".0f"), format(2.5, ".0f"), format(1e16, ""), format(1e16, ".1f"))
for w in range(1, 6):
    print("{:>{w}}|{:<{w}}|{:^{w}.{p}f}".format("r", "l", 1.0 / 3.0, w=w + 3, p=w - 1))
