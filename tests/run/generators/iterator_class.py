# The iteration protocol on user classes: __iter__ returning self, __next__ raising StopIteration.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Fib:
    def __init__(self, limit):
        self.a = 0
        self.b = 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration()
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


class Chunks:
    def __init__(self, text, size):
        self.text = text
        self.size = size
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.text):
            raise StopIteration
        piece = self.text[self.pos:self.pos + self.size]
        self.pos += self.size
        return piece


for i in Countdown(3):
    print("tick", i)
print(list(Fib(100)), sum(Fib(1000)))
it = Countdown(2)
print(next(it), next(it), next(it, 0))
print(list(Chunks("abcdefghij", 3)), [c.upper() for c in Chunks("xyz", 2)])
ch = Chunks("hello world", 4)
first = next(ch)
print(first, list(ch))
try:
    next(Countdown(0))
except StopIteration:
    print("StopIteration from __next__")
print(dict(zip(Chunks("aabbcc", 2), Countdown(3))))
