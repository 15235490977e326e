# Regression (found by a bug hunt): generator runs lazily.
def g():
    print("body runs")
    raise IndexError("boom")
    yield 1

it = g()
print("created")
try:
    next(it)
except IndexError as e:
    print("caught", e)
