# Lone surrogate code points are ordinary one-code-point characters in
# Python: concatenating a high and a low surrogate does not make a pair.
hi = "\ud83d"  # <-- error
lo = "\ude00"
pair = hi + lo
print(len(hi), len(lo), len(pair), len("\ud83d\ude00"), len("😀"))
print(repr(pair), repr(hi), repr("\udfff\ud800"))
print(pair == "😀", pair < "😀", pair[0] == hi, pair[1] == lo, pair[::-1] == lo + hi)
print("😀" in pair, hi in "😀", lo in "😀", hi in pair)
print(repr(pair[1:]), repr(pair[:1]), len(pair * 3), repr((lo + hi)[0]))
print(f"{pair!r:>20}|", len(f"{pair:>5}"), len(f"{hi}{lo}"))
