# Reversing strings and detecting palindromes, with and without slicing.
def reverse_loop(s):
    out = ""
    for i in range(len(s)):
        out = s[i] + out
    return out

def reverse_rec(s):
    if len(s) <= 1:
        return s
    return reverse_rec(s[1:]) + s[0]

def clean(s):
    letters = "abcdefghijklmnopqrstuvwxyz"
    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    for i in range(len(s)):
        ch = s[i]
        if ch in letters:
            out = out + ch
        elif ch in upper:
            for k in range(26):
                if upper[k] == ch:
                    out = out + letters[k]
                    break
    return out

def is_pal(s):
    c = clean(s)
    i = 0
    j = len(c) - 1
    while i < j:
        if c[i] != c[j]:
            return False
        i += 1
        j -= 1
    return True

words = "level rotor python a ab aba noon moon"
start = 0
for i in range(len(words) + 1):
    if i == len(words) or words[i] == " ":
        w = words[start:i]
        print(w, reverse_loop(w), reverse_rec(w), w[::-1] == w, is_pal(w))
        start = i + 1
print(is_pal("A man, a plan, a canal: Panama!"), is_pal("Was it a car or a cat I saw?"))
print(is_pal("Not a palindrome"), clean("Hello, World!"))
u = "😀x😀"
print(u[::-1] == u, reverse_loop("日本語"), reverse_rec("héllo"), "añb"[::-1])
