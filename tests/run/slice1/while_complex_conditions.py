# while loops with compound conditions and state changes.
a = 0
b = 100
while a < b and (b - a) % 7 != 0 or a < 10:
    a += 3
    b -= 2
print(a, b)
x = 1
y = 1
steps = 0
while not (x > 1000 or y > 1000) and steps < 50:
    x, y = y, x + y
    steps += 1
print(x, y, steps)
s = "aaabbbcccd"
i = 0
while i < len(s) and s[i] == "a":
    i += 1
print("leading a count", i)
j = len(s) - 1
while j >= 0 and s[j] != "b":
    j -= 1
print("last b at", j)
lo = 0
hi = 1000
target = 737
guesses = 0
mid = -1
while lo <= hi:
    mid = (lo + hi) // 2
    guesses += 1
    if mid == target:
        break
    elif mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print("found", mid, "in", guesses)
n = 27
m = 0
while n != 1 and m < 200 and not (n > 5000 and n % 2 == 1):
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    m += 1
print(n, m)
t = 0.0
v = 10.0
while v > 0.01 and t < 100.0:
    v = v * 0.5
    t = t + 1.5
print(t, v)
