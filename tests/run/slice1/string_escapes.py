# String literal forms and escape sequences.
print("tab:\t|", "nl:\\n", "quote:\"", 'single:\'', "back\\slash")
print("\x41\x42\x43", "\u00e9\u00e8", "\U0001F600")
print(len("\n"), len("\\n"), len("\x00"), len("\u1234"), len("\U0001F600"))
print(r"raw\n\t", len(r"raw\n"), r"C:\path\to", R"\d+")
s = """triple
quoted"""
print(s, len(s))
t = '''single 'triple' "quotes"'''
print(t)
u = "adjacent" " literals" ' joined'
print(u, len(u))
v = "line one\nline two\n\tindented"
print(v)
w = "a\
b"
print(w, len(w))
print("\101\102", "\0" == "\x00", "\7" == "\a", "\r" == "\x0d")
print("bell\a|", "ff\f|", "vt\v|", "bs\b|", "cr_at_end")
print(f"{'x'}\t{'y'}", f"\u00e9{'é'}", f"{{}}\\")
