# break and continue in for and while loops.
for i in range(10):
    if i == 7:
        break
    if i % 2 == 0:
        continue
    print("odd", i)
n = 0
while True:
    n += 1
    if n % 3 == 0:
        continue
    if n > 10:
        break
    print("n", n)
print("final n", n)
first = -1
for i in range(100, 200):
    if i % 7 == 0 and i % 11 == 0:
        first = i
        break
print("first multiple of 77 >= 100:", first)
skipped = 0
kept = 0
for i in range(50):
    if i % 5 == 0:
        skipped += 1
        continue
    kept += i
print(skipped, kept)
k = 100
while k > 0:
    k -= 7
    if k % 2 == 1:
        continue
    if k < 40:
        break
    print("k", k)
print("after", k)
for i in range(3):
    for j in range(5):
        if j == i:
            continue
        if j > 3:
            break
        print(i, j, end="; ")
    print()
found = False
x = 1
while x < 1000 and not found:
    x = x * 2 + 1
    found = x % 31 == 0
print(x, found)
