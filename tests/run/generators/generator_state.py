# Generators keep local state between resumptions; several live generators interleave.
def running_avg():
    total = 0.0
    n = 0
    for x in [4.0, 8.0, 6.0, 2.0, 10.0]:
        total += x
        n += 1
        yield total / n


def tokenize(text):
    word = ""
    for ch in text:
        if ch.isalnum():
            word += ch
        else:
            if word:
                yield word
                word = ""
            if ch != " ":
                yield ch
    if word:
        yield word


def interleave(g1, g2):
    while True:
        a = next(g1, None)
        b = next(g2, None)
        if a is None and b is None:
            return
        if a is not None:
            yield a
        if b is not None:
            yield b


print(list(running_avg()))
print(list(tokenize("x = foo(bar, 42) + y1;")))
print(list(interleave(iter(["a", "b", "c"]), iter(["1", "2"]))))
g1 = running_avg()
g2 = running_avg()
print(next(g1), next(g1), next(g2), next(g1), next(g2))


def windows(xs, k):
    for i in range(len(xs) - k + 1):
        yield xs[i:i + k]


print([sum(w) for w in windows([1, 3, 5, 7, 9, 11], 3)], list(windows([1, 2], 3)))
