# pyrt-hosts: node, c, wasm -- SpiderMonkey's putstr stops at a NUL character
# Control characters, NUL, carriage returns and non-BMP text written raw to
# stdout (print does not escape them).
print("a\x00b", "c\x00", len("a\x00b"))
print("cr\rlf", "tab\there", "bell\a", "esc\x1b[0m", "del\x7f")
print("\x00")
print("nbsp\xa0zw\u200bbom\ufeffend")
print("😀\x00😀", sep="\x00", end="\x00\n")
print("\r\n", end="")
print("last\x00", end="")
