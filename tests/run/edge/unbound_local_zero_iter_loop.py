# A local assigned only in a loop body that runs zero times, and the loop
# variable of a zero-iteration loop, are unbound after the loop.
def last_square(n):
    for i in range(n):
        sq = i * i
    return sq

def last_index(n):
    for i in range(n):
        pass
    return i

print(last_square(4))
print(last_index(3))
print(last_index(1))
print(last_index(0))
print("never printed")
