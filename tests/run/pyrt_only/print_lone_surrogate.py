# A lone surrogate built at run time (via the 'c' format) is a valid str, but
# CPython cannot encode it to UTF-8 when printing it: UnicodeEncodeError.
hi = f"{0xD83D:c}"
lo = f"{0xDE00:c}"
print(len(hi), len(hi + lo), repr(hi + lo), f"{128512:c}", len(f"{128512:c}"))
print(hi + lo == f"{128512:c}")
print("ok so far")
print("x" + hi)
print("never printed")
