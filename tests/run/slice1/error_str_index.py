# Ends with IndexError from indexing past the end of a string.
word = "abc"
for i in range(-3, 3):
    print(i, word[i], word[i:], word[:i])
long_word = word * 3
print(long_word, long_word[8], long_word[-9])
r = ""
for i in range(len(long_word) - 1, -1, -3):
    r = r + long_word[i]
print(r, len(r))
k = 0
while k < 10:
    print("char", k, word[k])
    k += 2
print("never printed")
