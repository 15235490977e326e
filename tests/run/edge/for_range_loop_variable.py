# The loop variable of `for i in range(...)`: reassigning it in the body does not
# change the iteration; it keeps its last value after the loop (also after
# break); range bounds are evaluated once.
def show():
    total = 0
    for i in range(5):
        i = i * 10
        total = total + i
        print("body", i)
    print("after", i, total)
    for j in range(10, 0, -3):
        if j < 5:
            break
        j = 100
    print("after break", j)
    n = 3
    for k in range(n):
        n = n + 1
        print("k", k, "n", n)
    print("n", n, "k", k)
    for m in range(2, -2, -1):
        pass
    print("m", m)
    for q in range(-5, 5, 4):
        print("q", q)
    for r in range(7, 7):
        print("never")
    for big in range(9007199254740989, 9007199254740991):
        print("big", big)
    for step in range(0, 30, 7):
        continue
    print("step", step)

show()
for i in range(3):
    i = i + 100
print(i)
