# while/else and for/else: else runs when the loop ends without break.
def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has divisor", d)
            break
    else:
        print(n, "is prime")


for n in [7, 12, 13, 25, 2]:
    find_divisor(n)


def search(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found after", i, "steps")


search([4, 8, 15], 8)
search([4, 8, 15], 16)
search([], 1)
for x in []:
    print("never")
else:
    print("empty for: else runs")
count = 0
while count < 3:
    count += 1
    if count == 10:
        break
else:
    print("while finished with", count)
for i in range(3):
    for j in range(3):
        if i * j == 2:
            break
    else:
        print("inner completed for i =", i)
        continue
    print("inner broke for i =", i)
