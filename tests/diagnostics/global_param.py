count = 0

def bump(count):
    global count  # <-- error
    count = count + 1

bump(1)
print(count)
