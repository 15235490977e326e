# A variable initialised to None before a loop and assigned an int (or str)
# only on some iterations (inside an `if` in the loop body), returned after the
# loop and printed.
def best_index(n):
    best = None
    for i in range(n):
        if i % 4 == 3:
            best = i
    return best

def best_word(n):
    w = None
    k = 0
    while k < n:
        k += 1
        if k % 3 == 0:
            w = "w" + str(k)
    return w

print(best_index(10))
print(best_index(2))
print(best_word(7), best_word(1))
