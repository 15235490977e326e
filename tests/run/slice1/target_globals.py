# RPython target form that mutates module globals from functions.
hits = 0
misses = 0
trail = ""

def record(ok):
    global hits, misses, trail
    if ok:
        hits += 1
        trail = trail + "+"
    else:
        misses += 1
        trail = trail + "-"

def entry_point(argv):
    global trail
    for i in range(20):
        record(i % 3 != 0 and i % 4 != 1)
    print(hits, misses, trail)
    trail = trail[::-1]
    print(trail, len(trail) == hits + misses + len(argv) - 1)
    return 0

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
