# A value that is an int on one path and a str on another can be stored, passed,
# compared and printed, but not computed with.
def pick(flag):
    if flag:
        return 1
    return "one"


x = pick(len("ab") > 1)
print(x)
print(x + 1)  # <-- error
