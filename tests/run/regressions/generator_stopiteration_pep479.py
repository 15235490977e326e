# Regression (found by a bug hunt): generator stopiteration pep479.
def g():
    it = iter([1])
    while True:
        yield next(it)

try:
    print(list(g()))
except RuntimeError as e:
    print("RuntimeError:", e)
