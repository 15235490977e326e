def score(w):
    return len(w) * 10 - ord(w[0])

def apply(f, x):
    return f(x)

def main():
    words = ["pear", "fig", "banana", "kiwi", "apple"]
    print(sorted(words, key=len))
    print(sorted(words, key=len, reverse=True))
    print(sorted(words, key=lambda w: w[-1]))
    print(max(words, key=len), min(words, key=score))
    words.sort(key=lambda w: (len(w), w))
    print(words)
    f = score
    print(f("abc"), apply(len, "hello"), apply(lambda s: len(s) * 2, "hi"))
    print(sorted(["b", "A", "c"], key=str.lower))
    g = lambda a, b: a * b
    print(g(6, 7))
main()
