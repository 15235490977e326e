# Nested loops with break/continue at several levels, else clauses,
# returns from inside nested loops, and variables defined on some paths only.
def search(limit):
    found = 0
    for a in range(1, limit):
        if a % 2 == 0:
            continue
        b = a
        while b < limit:
            b += 3
            if b % 5 == 0:
                continue
            if b % 7 == 0:
                break
            found += 1
        else:
            found += 100
            if a > 10:
                break
            continue
        found += 1000
    else:
        return -found
    return found

for n in range(0, 16, 3):
    print(n, search(n))

def last_match(n):
    for i in range(n):
        if i % 4 == 3:
            last = i
    return last

print(last_match(10), last_match(4))

def early_return(n):
    i = 0
    while True:
        j = 0
        while True:
            if i * j > n:
                return i * 100 + j
            if j > i:
                break
            j += 1
        i += 1

print(early_return(5), early_return(0), early_return(40))

def flags(n):
    k = 0
    while k < n:
        k += 1
        if k == 2:
            mark = "two"
    else:
        done = k
    return mark + str(done)

print(flags(3))
print(last_match(3))
