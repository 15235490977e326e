# `from util import ...` of functions, a class and a constant.
from util import clamp, Stack, LIMIT

s = Stack()
for v in [3, 50, -70, 8]:
    s.push(v)
print(len(s), s.items, LIMIT)
print(s.pop(), s.pop(), len(s))
print([clamp(x, 0, 5) for x in range(-2, 9, 2)])
