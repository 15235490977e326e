# MemoryError from impossible allocations is an ordinary, catchable exception.
# (2**50 elements cannot be allocated on any current machine; the size stays within 2**53.)
n = 2 ** 50
try:
    xs = [0] * n
    print("allocated", len(xs))
except MemoryError as e:
    print("MemoryError for a list of", n, "items [" + str(e) + "]")
try:
    s = "ab" * n
    print("allocated", len(s))
except MemoryError:
    print("MemoryError for a string")
small = [0] * 1000
print("still fine", len(small), sum(small))
