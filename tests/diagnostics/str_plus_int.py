s = "a"
n = 1
t = s + 1  # <-- error
print(s, n)
