# Instances of sibling subclasses merge to their common base at control-flow joins,
# in lists, dict values and attributes; methods dispatch on the run-time class.
class Event:
    def __init__(self, t):
        self.t = t

    def describe(self):
        return "event"


class Click(Event):
    def __init__(self, t, x, y):
        super().__init__(t)
        self.x = x
        self.y = y

    def describe(self):
        return f"click at ({self.x}, {self.y})"


class Key(Event):
    def __init__(self, t, ch):
        super().__init__(t)
        self.ch = ch

    def describe(self):
        return "key " + repr(self.ch)


class Log:
    def __init__(self):
        self.last = None
        self.by_kind = {}


events = []
for i in range(6):
    if i % 3 == 0:
        ev = Click(i, i * 10, i * 20)
    elif i % 3 == 1:
        ev = Key(i, chr(ord("a") + i))
    else:
        ev = Event(i)
    events.append(ev)
log = Log()
for ev in events:
    log.last = ev
    kind = "click" if isinstance(ev, Click) else "key" if isinstance(ev, Key) else "other"
    log.by_kind.setdefault(kind, []).append(ev)
    print(ev.t, ev.describe())
last = log.last
if last is not None:
    print("last:", last.describe())
for kind, evs in log.by_kind.items():
    print(kind, [e.t for e in evs])
clicks = [e for e in events if isinstance(e, Click)]
print(sum(c.x + c.y for c in clicks))
