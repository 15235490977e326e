# repr() of strings: quote choice, backslashes, control characters,
# non-printable Unicode, and !r in f-strings.
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\"), repr(""))
print(repr("\t\n\r\x0b\x0c\x00\x1f\x7f"), repr("\x80\x9f\xa0\xad\xff"), repr("é ñ ß"))
print(repr("\u200b\u2028\u2029\ufeff\ufffe"), repr("\u0300a\u0301"), repr("\U000e0001\U0010ffff"))
print(repr("日本語"), repr("\U0001f600"), repr("\x1b[0m"), repr("'\"'"), repr("\\'"))
s = "a'b"
q = 'a"b'
print(f"{s!r} {q!r} {s!r:>10}| {q!s:^7}| {'x'!r}")
print(f"{s=}", f"{q = }", f"{s=:>6}", f"{s=!s}", f"{1 + 1=}", f"{3.5=:08.2f}")
n = 0
print(f"{n=}", f"{None=}", f"{True=}", f"{-0.0=}")
print(str("\n"), len(repr("\n")), repr(repr("'")), repr(str(repr("x"))))
print("{}", f"{{}}", f"{{{n}}}", f"{{n}}", "}}", f"{'{'}", f"{'}'}")
