# Globals read and written inside loops in functions: every read sees the
# latest write, including writes by called functions inside the loop.
total = 0
calls = 0
label = ""

def note(k):
    global calls, label
    calls += 1
    label = label + str(k % 10)
    return k

def run(n):
    global total
    i = 0
    while i < n:
        total = total + note(i) * 2
        if total > 40:
            total = total - 40
            continue
        i += 1
        if calls > 50:
            break
    for j in range(n):
        total += j
        note(total)
    return total

print(run(8), total, calls, label)
print(run(0), total, calls, len(label))
total = -5
print(run(3), total, calls, label[-6:])
