# Regression (found by a bug hunt): empty generator idiom.
def empty():
    return
    yield 1
print(list(empty()))
for x in empty():
    print(x)
print("done")
