# Slices with huge, negative, reversed and clamped bounds and steps, then a
# zero step (ValueError).
s = "abcdefg"
n = 9007199254740991
print(s[-n:n], s[n:], s[:-n], s[::n], s[::-n], s[-1:-n:-1], s[n:-n:-1], s[-n:n:3])
print(s[2:-2], s[-2:2], s[-2:2:-1], s[5:1:-2], s[1:5:-1], s[::-1], s[-1::-2], s[:0:-1])
print(s[3:3], s[7:], s[6:7], s[-7:-6], s[-8:1], s[100:-100:-1], s[-100:100:-1])
print(repr(s[len(s):]), repr(""[::-1]), repr(""[0:0]), repr(""[-1:]), repr(s[:-len(s)]))
print(s[int(True):], s[True], s[-True], s[False])
e = "x😀y😀z"
print(e[::-1], e[1::2], e[-2::-2], e[n:-n:-2], e[-4:-1], e[4:0:-1])
step = 0
for i in range(3, -4, -1):
    print(i, s[i:], s[:i], s[::i] if i != 0 else "-", s[i::i] if i != 0 else "-")
print(s[::step])
print("never")
