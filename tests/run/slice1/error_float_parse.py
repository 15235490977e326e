# Ends with ValueError from float() of a malformed string.
samples = "1.5|-2e3|inf| 7 |.25|x1|9.0"
print(float(" -0.5 "), float("1e-3"), float("nan"))
mid = float("1_000.25") - float("1e3")
print(mid, float("  +Infinity\n"), float("-0.0"))
start = 0
acc = 0.0
for i in range(len(samples) + 1):
    if i == len(samples) or samples[i] == "|":
        piece = samples[start:i]
        f = float(piece)
        acc = acc + f
        print("ok", piece, f, acc)
        start = i + 1
print("never printed")
