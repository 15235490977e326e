# RPython target form: string processing, f-strings, status from a count.
def count_in(text, letters):
    c = 0
    for i in range(len(text)):
        if text[i] in letters:
            c += 1
    return c

def entry_point(argv):
    text = "Pack my box with five dozen liquor jugs"
    vowels = count_in(text, "aeiouAEIOU")
    spaces = count_in(text, " ")
    print(f"{'text':<8}: {text!r}")
    print(f"{'length':<8}: {len(text):>4}")
    print(f"{'vowels':<8}: {vowels:>4} ({vowels / len(text):.1%})")
    print(f"{'spaces':<8}: {spaces:>4}")
    print(f"{'reverse':<8}: {text[::-1]}")
    return vowels % 5 + len(argv) - 1

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
