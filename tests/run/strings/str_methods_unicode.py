# str methods on non-ASCII text: full case mappings (ß -> SS, final sigma), character
# properties, splitlines' line breaks, padding and searching.
words = ["ǆemal", "ﬁnance", "ŉ", "İstanbul", "ΌΣΟΣ", "σς", "ᾳ", "ǈ", "ß", "Ⅻ", "ⓐⓑ", "𐐀𐐨", "ẞ", "Ω", "µ", "ſ", "ﬃ", "ΐ", "aΣ", "aΣb", "Σ", "a.Σ", "aΣ.", "A\u0345Σ"]
for w in words:
    print(w, w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), w.isupper(), w.islower(), w.istitle(), w.isalpha())
print("they're bill's friends".title(), "hello_world-foo bar2baz".title(), "ǅ".istitle(), "Ǆ".istitle())
print("²³".isdigit(), "²³".isdecimal(), "Ⅻ".isnumeric(), "Ⅻ".isalpha(), "一".isnumeric(), "৪".isdecimal(), "\u00a0".isspace(), "\u200b".isspace())
print("été".isidentifier(), "℘x".isidentifier(), "x·y".isidentifier(), "x\u0300".isidentifier(), "\u0300x".isidentifier())
print("\u2028a\u2029b\x85c\x1dd\x1ee".splitlines(), "no newline".splitlines(), "".splitlines(), "\n".splitlines(True))
print("abc".center(8, "é"), "abc".center(7, "*"), "abcd".center(7, "*"), "".center(3, "x"), "x".zfill(0))
print(" a b ".split(), " a b ".rsplit(None, 0), "a  b".rsplit(" "), "xaxbx".rsplit("x", 2), "".rsplit(), "".rsplit(","))
print("aaa".replace("a", "bb", 0), "aaa".replace("aa", "b"), "".replace("", "x"), "ab".replace("", "-", 1))
print("hello"[::-1] == "".join(reversed("hello")), list(reversed("")))
print("abcabc".find("c", -2), "abcabc".rfind("a", 0, 3), "abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".count("", 10))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith(("x", "c")), "abc".startswith("bc", 1), "abc".endswith("ab", -10, -1))
print(" \t x \n".strip(" "), "xxhixx".strip("x"), "abc".strip(""), "\u3000hi\u3000".strip())
print("a\tb\tc".expandtabs(0), "12345\t1".expandtabs(), "\t".expandtabs(3), "é\tx".expandtabs(4))
