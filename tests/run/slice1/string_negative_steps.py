# Slicing with negative steps.
s = "0123456789"
print(s[::-1], s[::-2], s[::-3], s[-1::-4])
print(s[8:2:-1], s[8:2:-2], s[2:8:-1], s[-2:-8:-1], s[-1:-6:-2])
print(s[4:1:-1], s[:4:-1], s[4::-1], s[:-4:-1], s[-4::-1])
print(s[100::-1], s[:-100:-1], s[5:-100:-1], s[-100:5:-1])
print(s[9:0:-3], s[9::-9], s[0:0:-1], s[0::-1], s[1::-1])
for step in range(-1, -6, -1):
    print(step, s[::step], s[7::step], s[:2:step], s[6:1:step])
word = "stressed"
print(word[::-1], word[::-1][::-1] == word)
for end in range(-1, -10, -2):
    print(end, word[:end:-1], word[end::-1])
u = "héllo wörld"
print(u[::-1], u[-3::-2], u[::-1][::2])
i = len(u) - 1
back = ""
while i >= 0:
    back = back + u[i]
    i -= 1
print(back == u[::-1], back)
