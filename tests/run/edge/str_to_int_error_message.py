# int() of a float-looking string fails with repr of the whole original string
# (including its whitespace and quotes).
print(int(" 5 "))
t = " 1.5\t'x'"
print(len(t))
print(int(t))
