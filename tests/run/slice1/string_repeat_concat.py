# Concatenation and repetition.
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, "" * 5, "-" * 1)
a = "foo"
b = "bar"
c = a + b
print(c, a + " " + b, c + c, len(c * 4), (a + b) * 2)
n = 4
print("=" * n, "<" + "." * (n * 2) + ">", "ab" * (n - 5))
line = ""
for i in range(5):
    line = line + str(i) * (i + 1)
print(line, len(line))
for w in range(1, 6):
    print(" " * (5 - w) + "*" * (2 * w - 1))
acc = ""
k = 1
while len(acc) < 30:
    acc = acc + "ab" * k + "|"
    k += 1
print(acc, len(acc))
s = "x"
for i in range(6):
    s = s + s
print(len(s), s[:5], s == "x" * 64)
sep = ", "
out = ""
for i in range(5):
    if i > 0:
        out = out + sep
    out = out + "item" + str(i)
print(out)
out += "!"
print(out)
