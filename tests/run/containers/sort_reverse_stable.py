# sort(reverse=True) keeps equal elements in their original order, as CPython.
def main():
    pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e")]
    firsts = [p[0] for p in pairs]
    print(sorted(firsts, reverse=True))
    print(sorted(pairs, key=lambda p: p[0], reverse=True))
    print(sorted(pairs, key=lambda p: p[0]))
    xs = [3, 1, 2, 3, 1]
    xs.sort(reverse=True)
    print(xs)
    names = ["bo", "al", "cy", "di"]
    names.sort(key=len, reverse=True)
    print(names)
    print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
main()
