# A local assigned only in one branch, then read on the other path:
# UnboundLocalError (CPython 3.11 message).
def pick(flag):
    if flag:
        v = 10
    print("before read", flag)
    return v + 1

print(pick(True))
print(pick(1 > 2))
print("never printed")
