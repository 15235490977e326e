# chr/ord across ASCII, Latin-1, the BMP and the astral planes.
for ch in ["A", "z", "0", " ", "\n", "é", "€", "日", "𝄞", "😀"]:
    print(repr(ch), ord(ch), hex(ord(ch)), chr(ord(ch)) == ch)
print(chr(65), chr(0x263A), chr(0x1F600), chr(0x10FFFF) == "\U0010ffff", len(chr(0x1F600)))
print("".join(chr(ord("a") + i) for i in range(26)))
print([ord(c) - ord("0") for c in "90210"])
shifted = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if "a" <= c <= "z" else c for c in "hello, world")
print(shifted)
print(sum(ord(c) for c in "checksum"), max("Zebra", key=ord), max(ord(c) for c in "Zebra"))
