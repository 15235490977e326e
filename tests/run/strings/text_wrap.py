# Word wrapping and justification of a paragraph at several widths.
TEXT = ("Programs written in the subset are ordinary Python programs: they run under "
        "CPython unchanged, and the translator turns them into fast portable code "
        "without changing what they print.")


def wrap(text, width):
    lines = []
    line = []
    length = 0
    for word in text.split():
        extra = len(word) if not line else len(word) + 1
        if line and length + extra > width:
            lines.append(line)
            line = [word]
            length = len(word)
        else:
            line.append(word)
            length += extra
    if line:
        lines.append(line)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words):
        out += w
        if i < gaps:
            out += " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out


for width in (30, 45):
    print("-" * width)
    rows = wrap(TEXT, width)
    for row in rows[:-1]:
        print(justify(row, width) + "|")
    print(" ".join(rows[-1]).ljust(width) + "|")
    print(len(rows), "lines")
print(wrap("supercalifragilistic short", 5))
