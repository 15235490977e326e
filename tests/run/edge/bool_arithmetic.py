# bools in arithmetic behave as the ints 0 and 1 (results are ints),
# but str/repr/format of a bool are True/False unless a numeric type is asked for.
t = True
f = False
print(t + t, t - f, f - t, t * 7, -t, -f, +t, ~t, ~f, t / 2, t // 1, t % 2)
print(t ** 10, f ** 0, 2 ** t, t << 3, t >> 1, t & f, t | f, t ^ t, t ^ f)
print(t == 1, f == 0, t == 1.0, t < 2, f < t, t > f, t is True, t != 1)
print(abs(t), abs(-t), max(int(t), 0), min(int(f), -1), max(f, t), min(t, f, t), round(t))
print(int(t), float(t), str(t), repr(f), bool(t), bool(0), bool(-1), bool(0.0), bool(""), bool(" "))
print(t + 0.5, f * 1.5, 3.0 - t, t / 4.0)
print(f"{t}", f"{t!r}", f"{t:d}", f"{t:5}|", f"{t:<5}|", f"{f:.1f}", f"{t:b}", f"{t:03}", f"{t:^7}|")
n = 0
for i in range(10):
    n += i % 3 == 0
print(n, (3 > 2) + (2 > 1) + (1 > 0), (1 > 2) * 100)
print(t and f, f or t, str(t and f), len(str(f)), (t or f) + 1)
print(True + True == 2, str(True + True), str(True * 1.0))
