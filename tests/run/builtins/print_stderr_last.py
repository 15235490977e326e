# print(..., file=sys.stderr) as the program's final output line; exit status stays 0.
import sys

results = []
for n in range(1, 6):
    results.append(n * n)
    print("square", n, n * n)
print("done", sum(results), flush=True)
print("warning:", len(results), "values computed", file=sys.stderr)
