# repr() of strings: quote choice, escapes for control characters, non-printable code points.
samples = [
    "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\t", "cr\r", "nl\n",
    "\x00", "\x1b[0m", "\x7f", "\x80", "\xa0", "\xad", "é", "\u200b", "\u2028", "\ufeff",
    "\U0001F600", "\U000E0001", "\ud7ff", "",
]
for s in samples:
    print(len(s), repr(s))
print(samples[:4])
print(f"{'x'!r} {chr(7)!r} {chr(0x85)!r}")
