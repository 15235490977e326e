# A format width far beyond any possible string: CPython raises MemoryError
# (not an internal error of the translated program).
v = 42
w = "1000000000000"
print(f"[{v:>5}]")
print(len(f"[{v:{w}}]"))
