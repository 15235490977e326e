# Indexing and slicing with positive bounds and steps.
s = "abcdefghij"
print(s[0], s[1], s[9], s[-1], s[-2], s[-10])
print(s[1:3], s[:2], s[2:], s[:], s[3:3], s[5:2])
print(s[::2], s[1::2], s[::3], s[2:9:3], s[:100], s[-100:3])
print(s[-3:], s[:-3], s[1:-1], s[-5:-2], s[-2:-5], s[100:])
print(s[0:10:4], s[0:1], s[9:10], s[10:], len(s[10:]))
for i in range(0, len(s) + 1, 3):
    print(i, s[:i], s[i:], s[i:i + 2], s[-i:], s[:-i])
n = len(s)
for step in range(1, 5):
    out = ""
    for start in range(step):
        out = out + s[start::step] + "|"
    print(step, out)
a = 2
b = 7
print(s[a:b], s[a:b:2], s[a - 10:b + 10], s[b:a])
word = "slicing"
print(word[len(word) // 2], word[:len(word) // 2], word[len(word) // 2 + 1:])
t = ""
for i in range(len(word)):
    t = t + word[i] + word[-1 - i]
print(t)
print("x"[0], "xy"[-1], "hello world"[6:], "hello"[1:4:2])
