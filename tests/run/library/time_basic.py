# time.time and time.perf_counter, used only in clock-independent ways.
import time

t0 = time.time()
p0 = time.perf_counter()
acc = 0
for i in range(100000):
    acc += i % 7
p1 = time.perf_counter()
t1 = time.time()
print(acc)
print(t1 >= t0, p1 >= p0, t0 > 1.0e9, (p1 - p0) >= 0.0, (t1 - t0) < 3600.0)
elapsed = p1 - p0
print(isinstance(elapsed, float), isinstance(t0, float), f"{0.0 * elapsed:.3f}")
