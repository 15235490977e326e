# Generators chained into a lazy pipeline; the trace shows interleaved evaluation.
def source(lines):
    for ln in lines:
        print("read", repr(ln))
        yield ln


def strip_comments(lines):
    for ln in lines:
        cut = ln.find("#")
        if cut >= 0:
            ln = ln[:cut]
        ln = ln.strip()
        if ln:
            yield ln


def parse(lines):
    for ln in lines:
        key, _, value = ln.partition("=")
        yield key.strip(), int(value)


def running_total(pairs):
    total = 0
    for k, v in pairs:
        total += v
        yield k, v, total


data = ["a = 1", "# comment", "b=2  # trailing", "", "  c = 30 ", "d=-4"]
for k, v, t in running_total(parse(strip_comments(source(data)))):
    print("item", k, v, t)
evens = (x for x in range(20) if x % 2 == 0)
squared = (x * x for x in evens)
small = (x for x in squared if x < 150)
print(list(small))
