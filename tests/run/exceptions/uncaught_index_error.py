# An uncaught IndexError after some output: `IndexError: list index out of range`.
data = [3, 1, 4, 1, 5]
i = 0
total = 0
while True:
    total += data[i]
    print(i, total)
    i += 2
