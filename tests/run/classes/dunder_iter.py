# __iter__ on user classes: returning a generator, returning a separate iterator object,
# used by for, list(), sum(), sorted(), `in` and unpacking.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class RangeIter:
    def __init__(self, lo, hi, step):
        self.cur = lo
        self.hi = hi
        self.step = step

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        v = self.cur
        self.cur += self.step
        return v


class Evens:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return RangeIter(0, self.limit, 2)


class Sentence:
    def __init__(self, text):
        self.words = text.split()

    def __iter__(self):
        return iter(self.words)


for n in Countdown(3):
    print("countdown", n)
print(list(Countdown(5)), sum(Countdown(10)), sorted(Countdown(4)))
print(3 in Countdown(5), 7 in Countdown(5))
a, b, c = Countdown(3)
print(a, b, c)

ev = Evens(11)
print(list(ev), list(ev), max(ev))
it = RangeIter(1, 10, 3)
print(next(it), next(it), next(it), next(it, -1))

s = Sentence("the quick brown fox")
for w in s:
    print(w.upper(), len(w))
print(sorted(s), [len(w) for w in s])
pairs = []
for x in Countdown(2):
    for y in Evens(5):
        pairs.append((x, y))
print(pairs)
