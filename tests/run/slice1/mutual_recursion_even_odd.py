# Mutual recursion between module-level functions.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

def ping(n):
    if n <= 0:
        return "ping-end"
    return pong(n - 1) + "i"

def pong(n):
    if n <= 0:
        return "pong-end"
    return ping(n // 2) + "o"

def hofstadter_f(n):
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))

def hofstadter_m(n):
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))

for i in range(0, 12):
    print(i, is_even(i), is_odd(i))
print(is_even(301), is_odd(301), is_even(400))
for i in range(0, 30, 7):
    print(i, ping(i), pong(i))
fs = ""
ms = ""
for i in range(15):
    fs = fs + str(hofstadter_f(i)) + " "
    ms = ms + str(hofstadter_m(i)) + " "
print(fs)
print(ms)
