# RPython target mode: generators, closures and bound methods in a log-processing pipeline.
LOG = """\
10:01 INFO start service=web
10:02 WARN slow request ms=850
10:02 INFO request ms=120
10:03 ERROR failed request ms=0
10:04 INFO request ms=95
10:05 WARN slow request ms=1200
10:05 INFO stop service=web"""


def records(text):
    for line in text.split("\n"):
        time, level, rest = line.split(" ", 2)
        yield time, level, rest


def only(levels, recs):
    for r in recs:
        if r[1] in levels:
            yield r


def durations(recs):
    for time, level, rest in recs:
        for part in rest.split():
            if part.startswith("ms="):
                yield int(part[3:])


class Stats:
    def __init__(self):
        self.count = 0
        self.total = 0
        self.worst = 0

    def add(self, ms):
        self.count += 1
        self.total += ms
        if ms > self.worst:
            self.worst = ms


def make_threshold(limit):
    def over(ms):
        return ms > limit
    return over


def entry_point(argv):
    st = Stats()
    feed = st.add
    for ms in durations(records(LOG)):
        feed(ms)
    print("requests", st.count, "total", st.total, "worst", st.worst)
    print("avg", st.total // st.count)
    slow = make_threshold(500)
    print("slow", [ms for ms in durations(records(LOG)) if slow(ms)])
    for time, level, rest in only(("WARN", "ERROR"), records(LOG)):
        print(time, level.lower(), rest)
    levels = {}
    for _, level, _ in records(LOG):
        levels[level] = levels.get(level, 0) + 1
    print(levels)
    return 0 if st.worst < 1000 else 4


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
