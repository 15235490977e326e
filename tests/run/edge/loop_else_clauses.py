# `for ... else` and `while ... else`: the else runs when the loop ends
# without break (including zero iterations), not after break; continue does not
# skip it.
def find(s, ch):
    for i in range(len(s)):
        if s[i] == ch:
            print("found", ch, "at", i)
            break
    else:
        print("no", ch, "in", repr(s))
        return -1
    return i

print(find("hello", "l"), find("hello", "z"), find("", "a"))

def countdown(n):
    while n > 0:
        n -= 1
        if n == 2:
            continue
        if n == 100:
            break
    else:
        print("while-else ran, n =", n)
    print("done", n)

countdown(4)
countdown(0)

def first_square_above(limit):
    k = 0
    while True:
        if k * k > limit:
            break
        k += 1
    else:
        print("unreachable else")
    return k

print(first_square_above(50))
for a in range(3):
    for b in range(3):
        if a + b == 3:
            print("break inner", a, b)
            break
    else:
        print("inner exhausted", a)
        continue
    print("after inner break", a)
else:
    print("outer else")
x = 5
while x > 10:
    x += 1
else:
    print("while-else zero iterations", x)
