# String algorithms: run-length encoding, anagram groups, longest common prefix,
# KMP search, edit distance.
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)


def unrle(s):
    out = ""
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num)
            num = ""
    return out


def common_prefix(words):
    if not words:
        return ""
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


def kmp_table(p):
    table = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k > 0 and p[i] != p[k]:
            k = table[k - 1]
        if p[i] == p[k]:
            k += 1
        table[i] = k
    return table


def kmp_search(text, p):
    table = kmp_table(p)
    hits = []
    k = 0
    for i, ch in enumerate(text):
        while k > 0 and ch != p[k]:
            k = table[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            hits.append(i - k + 1)
            k = table[k - 1]
    return hits


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[len(b)]


for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz"]:
    enc = rle(s)
    print(repr(s), enc, unrle(enc) == s)
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(groups.values()))
print(repr(common_prefix(["interstellar", "internet", "interval"])), repr(common_prefix(["a", "b"])))
print(kmp_table("abacabab"), kmp_search("abababcabababab", "abab"), kmp_search("aaaa", "aa"))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("😀ab", "ab😀")]:
    print(a, b, edit_distance(a, b))
