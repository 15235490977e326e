# printf-style % formatting: widths, precision, flags, conversions, %% and single values.
print("%5.2f|%-4d|%s|%r|%x" % (3.14159, 42, "str", "str", 255))
print("%d %i %5d %-5d| %05d %+d %+d % d" % (7, 8, 9, 10, 11, 12, -13, 14))
print("%f %.0f %.1f %10.3f %-10.3f| %e %E %.2e" % (1.5, 2.5, -0.05, 3.14159, 2.71828, 12345.678, 0.00012, 1e100))
print("%g %g %g %g %G %.3g %g" % (0.0001, 0.00001, 123456, 1234567, 1e-10, 3.14159, 100.0))
print("%x %X %o %#x %#o %08x %-6x|" % (3054, 3054, 64, 255, 8, 48879, 10))
print("%s %s %s %s %s" % (None, True, 1.0, [1, 2], (3, 4)))
print("%r %r %r" % ("it's", 'q"q', 2.5))
print("%c%c%c" % (72, 105, 33), "%c" % "z")
print("100%% sure, %d%%" % 50)
print("%s" % "single", "%d items" % 3, "%.3f" % 2.0, "[%8s]" % "right", "[%-8s]" % "left")
print("%*d|%-*d|%.*f" % (6, 42, 4, 7, 2, 3.14159))
print("%(name)s writes %(lang)s" % {"name": "Ada", "lang": "Python"})
print("%5s|%.2s|%5.1s|" % ("ab", "abcdef", "xyz"))
print("%d %d" % (3.99, -3.99), "%i" % True, "%s" % False)
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 12.125)]
for name, qty, price in rows:
    print("%-8s%4d @ %6.2f = %8.3f" % (name, qty, price, qty * price))
