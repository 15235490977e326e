# Lexicographic string comparison by code point.
print("apple" < "banana", "apple" > "Apple", "Zebra" < "apple")
print("abc" < "abcd", "abcd" < "abd", "" < "a", "" == "", "a" == "a")
print("10" < "9", "100" < "99", "-1" < "0", " " < "!")
print("é" > "z", "é" < "f", "日" > "本", "日本" < "日本語")
print("\uff01" < "😀", "😀" > "\uffff", "😀" < "😁", "a😀" < "a\uffff")
print("\u00e9" == "é", "e\u0301" == "é", "e\u0301" < "é")
words = "delta alpha charlie bravo echo"
best = "zzzz"
worst = ""
cur = ""
for i in range(len(words) + 1):
    if i == len(words) or words[i] == " ":
        if cur < best:
            best = cur
        if cur > worst:
            worst = cur
        cur = ""
    else:
        cur = cur + words[i]
print(best, worst)
s1 = "same"
s2 = "sa" + "me"
print(s1 == s2, s1 != s2, s1 <= s2, s1 >= s2, s1 < s2)
pairs = "ab,aB,Ab,AB,a,b,B,A"
prev = ""
start = 0
for i in range(len(pairs) + 1):
    if i == len(pairs) or pairs[i] == ",":
        w = pairs[start:i]
        print(w, prev, w < prev, w > prev, w == prev)
        prev = w
        start = i + 1
