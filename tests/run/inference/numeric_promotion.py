# int and float kept apart: int/int true division gives float, // of ints gives int,
# mixed arithmetic gives float, float() and int() convert explicitly.
a = 7
b = 2
print(a / b, a // b, a % b, -a // b, a / -b, float(a) // b, a * 1.0)
total = 0.0
for i in range(1, 5):
    total += i
print(total, total / 4, int(total) // 4)
count = 0
for i in range(10):
    count += i % 3
avg = count / 10
print(count, avg, round(avg), round(avg, 1))
x = 10
y = x / 5
print(x, y, x == y, x // 5 == y, isinstance(y, float))
n = 2 ** 10
f = 2.0 ** 10
print(n, f, n == f, n - 1, f - 1)
print(3 * 0.1, 0.1 * 3 == 0.3, 1 + True, True + True, 5 / True)
