# Caesar cipher and ROT13 using an alphabet string (no ord/chr).
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

def index_of(alpha, ch):
    for k in range(len(alpha)):
        if alpha[k] == ch:
            return k
    return -1

def shift_char(ch, n):
    if ch in LOWER:
        return LOWER[(index_of(LOWER, ch) + n) % 26]
    if ch in UPPER:
        return UPPER[(index_of(UPPER, ch) + n) % 26]
    return ch

def caesar(text, n):
    out = ""
    for i in range(len(text)):
        out = out + shift_char(text[i], n)
    return out

def rotate_alpha(n):
    k = n % 26
    return LOWER[k:] + LOWER[:k]

msg = "Hello, World! The quick brown fox."
for n in range(0, 30, 7):
    enc = caesar(msg, n)
    dec = caesar(enc, -n)
    print(n, enc, dec == msg)
print(caesar(caesar(msg, 13), 13))
print(caesar("xyz XYZ abc", 3), caesar("abc", -1), caesar("abc", -27))
for n in range(-3, 4, 3):
    print(n, rotate_alpha(n))
secret = caesar("attack at dawn", 5)
best = ""
for n in range(26):
    cand = caesar(secret, -n)
    if "dawn" in cand:
        best = cand
        print("key", n, "->", cand)
print(best[::-1], len(best))
