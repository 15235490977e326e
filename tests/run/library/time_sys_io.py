# time's clocks and sleep, sys.stdout.write's count, sys.stderr.write keeping
# the order with stdout, and input() at the end of stdin.
import sys
import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
c0 = time.process_time()
time.sleep(0.01)
time.sleep(0)
print(time.time() - t0 >= 0.009, time.perf_counter() - p0 >= 0.01, time.monotonic() >= m0, time.process_time() >= c0, t0 > 1.6e9)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
n = sys.stdout.write("written \u00e9\n")
print(n)
sys.stdout.flush()
print(sys.stderr.write("to stderr\n"))
try:
    print(input("prompt: "))
except EOFError as e:
    print()
    print("EOFError", e)
sys.stderr.flush()
print("end")
