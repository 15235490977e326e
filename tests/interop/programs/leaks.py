# 100,000 callbacks handed to JS and dropped: after a forced collection the
# count of live faces is back where it started (run with node --expose-gc).
import js

class Counter:
    def __init__(self):
        self.n = 0

    def hit(self, x):
        self.n += 1

rounds = [0]

def check():
    js.gc()
    rounds[0] += 1
    live = int(js.__pyrt__.liveProxies()) - base
    if live > 0 and rounds[0] < 50:
        js.setTimeout(check, 1)
    else:
        print("live after collection", live)

# `check` lives as long as the program: its face does too, so it is made
# before the baseline is taken.
js.Array.of(check)
base = int(js.__pyrt__.liveProxies())
sink = js.Array.new()
for i in range(100000):
    sink.push(Counter().hit)
print("handed out", int(js.__pyrt__.liveProxies()) - base)
sink.length = 0

js.setTimeout(check, 0)
