# `x += 1` inside a function makes x local: without `global` it is
# UnboundLocalError even though a global x exists.
counter = 0

def good():
    global counter
    counter += 1
    return counter

def bad():
    counter += 1
    return counter

print(good(), good(), counter)
print(bad())
