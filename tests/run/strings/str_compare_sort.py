# String comparison is by code point; sorting with key functions; case-insensitive helpers.
print("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "€" < "😀")
print("apple" == "apple", "Apple" == "apple", "apple".lower() == "APPLE".lower())
names = ["bob", "Alice", "carol", "Dave", "alice", "Émile", "zoë"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=lambda s: (s.lower(), s)))
print(sorted(names, key=len), sorted(names, key=lambda s: s[::-1]))
print(min(names), max(names), min(names, key=str.lower), max(names, key=len))
print("b" in "abc", "bd" in "abcd", "" in "x", "abc".startswith(""))
versions = ["1.10", "1.9", "1.2", "10.0", "2.1"]
print(sorted(versions), sorted(versions, key=lambda v: [int(p) for p in v.split(".")]))
print("abc" * 2 < "abd", "a" * 3 == "aaa", "x".join(sorted("cab")))
