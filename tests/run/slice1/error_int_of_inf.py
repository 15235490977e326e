# Ends with OverflowError from int() of an infinite float.
v = 1.0
for i in range(8):
    v = v * 1e50
    print(i, v, v == float("inf"))
print(int(1e300 / 1e290), int(-2.5), int(float("1e15")))
h = 1.0
steps = 0
while h != h + 1.0:
    h = h * 2.0
    steps += 1
print(steps, h, int(h / 2.0))
big = float("inf")
print("converting", big)
n = int(big)
print("never printed", n)
