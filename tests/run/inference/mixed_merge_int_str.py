k = len("abc")
if k > 2:
    v = 1
else:
    v = "one"
print(v)
