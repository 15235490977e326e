# Nested loops: multiplication table, triangle patterns, pair counting.
for i in range(1, 10):
    row = ""
    for j in range(1, 10):
        row = row + f"{i * j:4d}"
    print(row)
for i in range(5):
    line = ""
    for j in range(i + 1):
        line = line + str((i + j) % 10)
    print(line)
pairs = 0
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print("triple", a, b, c)
                pairs += 1
print("count", pairs)
total = 0
i = 0
while i < 6:
    j = i
    while j < 6:
        total += i * j
        j += 1
    i += 1
print(total)
target = 24
ways = 0
for x in range(0, target + 1, 4):
    for y in range(0, target + 1 - x, 6):
        if (target - x - y) % 9 == 0:
            ways += 1
print("ways", ways)
outer_hit = -1
for p in range(2, 50):
    ok = True
    for d in range(2, p):
        if d * d > p:
            break
        if p % d == 0:
            ok = False
            break
    if ok and p > 40:
        outer_hit = p
        break
print(outer_hit)
