# RPython target mode: word frequencies with dicts, sorting by (-count, word), a histogram.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""


def tokenize(text):
    words = []
    for raw in text.split():
        w = raw.strip(".,;:!?").lower()
        if w:
            words.append(w)
    return words


def frequencies(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq


def entry_point(argv):
    words = tokenize(TEXT)
    freq = frequencies(words)
    ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
    print(len(words), "words,", len(freq), "distinct")
    for word, n in ranked[:6]:
        print(f"{word:>8} {n:2d} {'*' * n}")
    lengths = {}
    for w in words:
        lengths.setdefault(len(w), set()).add(w)
    for n in sorted(lengths):
        print(n, sorted(lengths[n]))
    singles = [w for w, n in ranked if n == 1]
    print("hapax:", ", ".join(singles))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
