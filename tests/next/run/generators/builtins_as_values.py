# Builtins and unbound methods as values: key=len, key=str.lower, stored in variables.
words = ["Banana", "apple", "Cherry", "date", "Elderberry"]
print(sorted(words, key=len), sorted(words, key=str.lower), max(words, key=len), min(words, key=str.lower))
print(sorted([-5, 3, -1, 2], key=abs), sorted(["10", "9", "100"], key=int), max(["a", "bb", ""], key=len))
f = len
print(f("four"), f([1, 2]))
conv = str
print(conv(5) + conv(6))
to_int = int
print(to_int("42") + 1)
caser = str.upper
print(caser("shout"), [str.strip(s) for s in [" a ", "b  "]])
lowered = [caser(w) for w in words]
print(lowered, sorted(words, key=str.swapcase))
