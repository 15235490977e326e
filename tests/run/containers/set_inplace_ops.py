st = {1, 2}
st |= {3}
print(st)
st &= {2, 3, 4}
print(st)
st ^= {4, 5}
print(st)
st -= {5}
print(st)
a = {1, 2}
b = a
b |= {9}
print(a, b, a is b)
