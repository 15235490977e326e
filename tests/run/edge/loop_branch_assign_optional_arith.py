# The result of a function whose None-initialised local gets an int inside a
# loop branch is Optional[int]: after an `is not None` test it is an int.
def best_index(n):
    best = None
    for i in range(n):
        if i % 4 == 3:
            best = i
    return best

r = best_index(8)
if r is not None:
    print("found", r + 1)
else:
    print("none found")
q = best_index(3)
print(q is None, q)
