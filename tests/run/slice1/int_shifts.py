# Left and right shifts of various sizes.
def show_shift(v, k):
    print(v, "<<", k, "=", v << k, "|", v, ">>", k, "=", v >> k)

show_shift(1, 0)
show_shift(1, 1)
show_shift(1, 30)
show_shift(1, 31)
show_shift(1, 32)
show_shift(3, 50)
show_shift(-1, 31)
show_shift(-1, 32)
show_shift(-5, 40)
show_shift(123456789, 20)

big = (1 << 52) + 12345
k = 0
while k <= 60:
    print(k, big >> k, -big >> k)
    k += 6

print(7 >> 64, -7 >> 64, 0 << 100)
x = 1
steps = 0
while x < (1 << 49):
    x = x << 3
    steps += 1
print(x, steps)
