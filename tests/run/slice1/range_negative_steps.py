# range() with one, two and three arguments, including negative steps.
def show(label, start, stop, step):
    out = ""
    count = 0
    for i in range(start, stop, step):
        out = out + str(i) + " "
        count += 1
    print(label, count, out)

for i in range(5):
    print(i, end=" ")
print()
for i in range(0):
    print("never")
for i in range(-3):
    print("never")
for i in range(3, 8):
    print(i, end=" ")
print()
show("a", 10, 0, -1)
show("b", 10, 0, -3)
show("c", 0, 10, -1)
show("d", -5, 5, 2)
show("e", 5, -5, -2)
show("f", -1, -10, -4)
show("g", 0, 0, 1)
show("h", 0, 1, 100)
show("i", 100, 0, -33)
show("j", -10, -20, -1)
show("k", 2 ** 40, 2 ** 40 + 3, 1)
show("l", 9007199254740990, 9007199254740980, -5)
n = 7
for i in range(n - 1, -1, -1):
    print(i, end=",")
print()
total = 0
for i in range(n, n * 10, n):
    total += i
print(total)
for i in range(10):
    i = i * 100
print(i)
