# A local assigned only inside an `if` in a loop body, read after the loop:
# fine when some iteration assigned it, UnboundLocalError otherwise.
def last_match(n):
    for i in range(n):
        if i % 4 == 3:
            last = i
    return last

print(last_match(10))
print(last_match(4))
print(last_match(3))
print("never printed")
