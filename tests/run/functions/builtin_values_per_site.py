# A builtin used as a value in two places on two types: each use is its own function.
words = ["pear", "fig", "banana"]
print(sorted(words, key=len), max(words, key=len))
rows = [[1, 2, 3], [4], [5, 6]]
print(sorted(rows, key=len), min(rows, key=len))
print(sorted(["B", "a", "C"], key=str.lower))
