# Everyday str methods.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
t = s.strip()
print(t.upper(), t.lower(), t.swapcase(), "hello world".title(), "hELLO".capitalize())
print(t.replace("l", "L"), t.replace("l", "", 2), t.replace("World", "There"))
print(t.find("o"), t.find("o", 5), t.find("zz"), t.rfind("o"), t.index("W"), t.rindex("l"))
print(t.startswith("Hell"), t.startswith("World", 7), t.endswith("!"), t.endswith(("?", "!")))
print(t.count("l"), t.count("lo"), "aaaa".count("aa"), t.count(""))
print("12345".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalnum())
print("   ".isspace(), "ABC".isupper(), "abc".islower(), "Abc".isupper())
print("a,b,,c".split(","), "a b  c ".split(), "k=v=w".split("=", 1), "a-b-c".rsplit("-", 1))
print("-".join(["x", "y", "z"]), "".join(["a", "b"]), ", ".join([]))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("key: value".partition(": "), "no-sep".partition(":"), "a.b.c".rpartition("."))
print("line1\nline2\r\nline3".splitlines(), "TestCase".removeprefix("Test"), "file.py".removesuffix(".py"))
print("{} + {} = {}".format(2, 3, 5), "x".join("abc"), "ab" * 3)
print(ord("A"), chr(97), "Mixed Case".lower().split(" "))
csv = "name,age,city\nann,31,oslo\nbob,25,rome"
rows = [line.split(",") for line in csv.split("\n")]
header = rows[0]
for row in rows[1:]:
    print({header[i]: row[i] for i in range(len(header))})
