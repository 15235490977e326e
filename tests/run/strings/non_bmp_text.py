# Text outside the Basic Multilingual Plane: length, indexing, slicing, iteration, methods.
s = "a😀b𝄞c"
print(s, len(s), s[1], s[3], s[-1], s[1:4], s[::-1], s[::2])
print([c for c in s], [ord(c) for c in s])
print(s.find("𝄞"), s.index("b"), "😀" in s, s.count("😀"), s.replace("😀", ":)"))
print(s.upper(), "𐐨𐐩".upper(), "𐐀".lower(), "ǅ".lower())
print(repr(s), repr("😀"), repr("\U0001F600"))
t = "🇳🇴 flag"
print(len(t), t[:2], t.split(" "))
word = "𝓗𝓮𝓵𝓵𝓸"
print(len(word), word[0], word[-1], word.center(9, "·"), f"[{word:>7}]", f"[{word:*<7}]")
parts = ["𝟙", "𝟚", "𝟛"]
joined = "+".join(parts)
print(joined, len(joined), joined.split("+") == parts)
print(sorted("😀a𝄞Z€"), max("a😀"), min("€𝄞"))
code = [hex(ord(c)) for c in "€😀"]
print(code, chr(0x1F680) + chr(0x2708))
acc = ""
for c in reversed("x😀y"):
    acc += c
print(acc, len(acc), acc == "y😀x")
print("%s|%5s|%-5s|" % ("😀", "𝄞", "é"), "{:^5}".format("😀"))
