# Chained comparisons, including evaluation-once semantics.
def probe(label, v):
    print("eval", label)
    return v

x = 5
print(0 <= x < 10, 0 < x < 5, 1 < 2 < 3 < 4, 1 < 3 < 2 < 4)
print(1 == 1 == 1, 1 == 1 != 2, 3 > 2 > 1 > 0, 3 >= 3 >= 2 <= 2)
print(-1 < 0.5 < 1, 0.1 + 0.2 > 0.3 > 0.1, 1e308 < float("inf") > 0)
print("a" < "b" < "c", "a" < "c" < "b", "" <= "a" <= "a")
print(probe("a", 1) < probe("b", 2) < probe("c", 3))
print(probe("d", 3) < probe("e", 2) < probe("f", 1))
print(probe("g", 1) == probe("h", 1) != probe("i", 2) == probe("j", 2))
for i in range(-2, 12, 3):
    if 0 <= i < 5:
        print(i, "low")
    elif 5 <= i <= 9:
        print(i, "mid")
    else:
        print(i, "out")
lo = 3
hi = 7
n = 0
for k in range(10):
    if lo < k < hi != k + 1:
        n += 1
print(n)
print(2 < 3.5 < 4, 4.0 == 4 == 4.0, 9007199254740991 > 9007199254740990.0)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, 1 / 3 == 1.0 / 3.0)
print(1 != 1.0, -0.0 == 0, 7 > 6.999999999999999, 7 >= 7.000000000000001)
print(True == True, True != False, (3 > 2) == True, None is None)
