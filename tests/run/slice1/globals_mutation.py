# Module globals read and written by functions through `global`.
counter = 0
total = 0.0
log = ""
last = None

def bump(n=1):
    global counter
    counter += n

def add(x):
    global total, log
    total = total + x
    log = log + f"+{x}"

def remember(v):
    global last
    last = v

def report():
    print("counter", counter, "total", total, "log", log)

report()
for i in range(5):
    bump()
bump(10)
add(1.5)
add(2.25)
report()
print(last)
remember(42)
print(last)

def reset():
    global counter, total, log
    counter = 0
    total = 0.0
    log = ""

reset()
report()

def fib_count(n):
    bump()
    if n < 2:
        return n
    return fib_count(n - 1) + fib_count(n - 2)

print(fib_count(15), counter)

def shadow():
    counter = 1000
    return counter * 2

print(shadow(), counter)
counter = counter + 1
print(counter)
