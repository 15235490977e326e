# Astral characters (outside the BMP) count as one code point for len,
# indexing, slicing, comparison, padding and precision.
e = "😀"
s = "a😀b😀c"
print(len(e), len(s), s[1], s[-1], s[3], s[-2], s[1:4], s[::-1], s[::2], s[1::2])
print(f"[{e:>4}] [{e:*^5}] [{s:<8}|] [{s:.2}] [{s:.3}] [{e:😀^5}] [{s:😀>7}]")
print(f"{len(s):😀>4}", f"{-5:😀=6}", f"{2.5:😀<7}")
print(e in s, "😀b" in s, "b😀c" in s, "😀😀" in s, s[1:2] == e)
print("😀" > "\uffff", "😀" > "z", "\ue000" < "😀", "𝒳" < "😀", max("😀", "\uffff"), min("a", "😀"))
print(repr(s), repr("\U0001f600\u200b\x7f"), str(e) + e, e * 3, len(e * 3))
print(s[0:100], s[-100:2], s[5:], s[4:5], len(s[::3]), s[::3])
t = ""
for i in range(len(s)):
    t = s[i] + t
print(t, t == s[::-1])
print("𝄞" + "x", len("𝄞x"), "𝄞x"[1], f"{'𝄞':>3}|{'𝄞':<3}|")
print(f"{s!r:>12}|", f"{e!r}", len(repr(e)))
