# min/max over arguments and iterables, with key= and default=.
print(min(4, 2, 8), max(4, 2, 8), min([4, 2, 8]), max((4, 2, 8)), max("hello"), min(range(3, 9)))
words = ["kiwi", "fig", "banana", "apple", "date"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
print(max([], default=-1), min([], default=0), max([5], default=9))
print(max(-3, 2, -7, key=abs), min(-3, 2, -7, key=abs), max(1.5, 2.25))
pts = [(1, 5), (4, 2), (3, 3), (4, 1)]
print(max(pts), min(pts), max(pts, key=lambda p: p[1]), min(pts, key=lambda p: p[0] + p[1]))
scores = {"ann": 81, "bob": 93, "cy": 93, "dee": 70}
print(max(scores, key=lambda k: scores[k]), min(scores.values()), max(scores.items(), key=lambda kv: kv[1]))
print(max(x * x % 17 for x in range(20)), min((x for x in [9, 4, 6]), default=0))
print(max([2, 7, 7, 1]), max(["b", "ab", "abc"], key=len), min([0.5, -0.0, 0.0]), max(0.0, -0.0))
