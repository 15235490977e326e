# RPython target mode: descriptive statistics with sum/min/max/sorted/zip/enumerate/round.
import math


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 == 1 else (s[mid - 1] + s[mid]) / 2.0


def stdev(xs):
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def correlation(xs, ys):
    mx = mean(xs)
    my = mean(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    den = math.sqrt(sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys))
    return num / den


def entry_point(argv):
    heights = [1.62, 1.75, 1.80, 1.68, 1.91, 1.55, 1.73, 1.70]
    weights = [55.0, 72.5, 80.1, 63.2, 95.0, 50.3, 70.0, 68.8]
    print("n", len(heights))
    print("mean", round(mean(heights), 4), round(mean(weights), 4))
    print("median", median(heights), median(weights[:-1]))
    print("stdev", f"{stdev(heights):.5f}", f"{stdev(weights):.5f}")
    print("min/max", min(heights), max(heights), min(weights), max(weights))
    print("corr", f"{correlation(heights, weights):.6f}")
    bmi = [w / (h * h) for h, w in zip(heights, weights)]
    ranked = sorted(enumerate(bmi), key=lambda p: p[1], reverse=True)
    for rank, (idx, v) in enumerate(ranked[:3], 1):
        print(rank, idx, f"{v:.2f}")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
