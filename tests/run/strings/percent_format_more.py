# More % formatting: floats near rounding boundaries, huge and tiny values, negative zero,
# inf/nan, repr vs str of floats, padding of strings with %s.
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 1e-7, 123456789.0, 1e15, 1e16, -0.0]:
    print("%.0f %.2f %g %s %r %e" % (v, v, v, v, v, v))
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")), "%5.1f|" % float("inf"))
print("%10s|%-10s|%.1s" % ("é😀", "ab", "xyz"))
print("%3d|%-3d|%03d" % (12345, 1, -1))
print("%s and %s" % ("a", "b"), "%s" % ("tuple-1",), "%s%%" % 5)
total = 0.0
for i in range(1, 6):
    total += 1.0 / i
    print("H(%d) = %.6f (%8.3e)" % (i, total, total))
