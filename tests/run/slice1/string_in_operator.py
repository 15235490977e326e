# Substring tests with in / not in.
text = "the quick brown fox jumps over the lazy dog"
print("quick" in text, "slow" in text, "" in text, "" in "")
print("dog" not in text, "cat" not in text, "the" in text, "The" in text)
print(text in text, text + "!" in text, "g" in text[-1:], " " in "x")
vowels = "aeiou"
nv = 0
nc = 0
for i in range(len(text)):
    ch = text[i]
    if ch in vowels:
        nv += 1
    elif ch != " ":
        nc += 1
print(nv, nc)
words = "fox dog cat owl bee"
probe = "cat"
found = probe in words
print(probe, found, "at" in words, "owl bee" in words, "bee " in words)
needle = "ab"
hay = "xxabyyabzzab"
count = 0
for i in range(len(hay) - len(needle) + 1):
    if hay[i:i + len(needle)] == needle:
        count += 1
print(count, needle in hay, needle * 2 in hay, needle[::-1] in hay)
digits = "0123456789"
sample = "a1b22c333"
only = ""
for i in range(len(sample)):
    if sample[i] in digits:
        only = only + sample[i]
print(only, int(only) + 1)
print("ll" in "hello", "lo" in "hello", "loh" in "hello", "h" not in "hello")
