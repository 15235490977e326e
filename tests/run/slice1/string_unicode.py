# Non-ASCII and non-BMP text: len, indexing and slicing count code points.
a = "héllo"
b = "日本"
c = "😀"
d = "a😀b😁c"
print(a, b, c, d)
print(len(a), len(b), len(c), len(d), len(c * 3), len(b + c))
print(a[1], b[0], b[-1], c[0], d[1], d[3], d[-1], d[-2])
print(a[1:3], d[1:4], d[::-1], d[::2], d[1::2], c[::-1])
print(d[:2], d[2:], d[-2:], d[:-2])
e = "e\u0301"
print(e, len(e), e[::-1] == "\u0301e", len("café"), len("cafe\u0301"))
f = "\U0001F600\U0001F601\U0001F602"
print(f == "😀😁😂", len(f), f[1], f[-1], f[::-1])
mixed = "Añ日😀Z"
for i in range(len(mixed)):
    print(i, mixed[i], mixed[i:], mixed[:i], mixed[-1 - i])
count = 0
for i in range(len(d)):
    if d[i] in "😀😁😂":
        count += 1
print(count)
print("😀" in d, "b😁" in d, "😂" in d, "日本" in "日本語", "本日" in "日本語")
print(f"[{c}]", f"[{b:>5}]", f"[{c:*^5}]", f"[{d:.3}]", f"[{a:<7}]")
print(c + b + a, (c + "x") * 2, "é" * 3)
s = ""
for i in range(5):
    s = s + "😀" + str(i)
print(s, len(s), s[3], s[5:8])
