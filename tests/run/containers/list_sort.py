# list.sort and sorted with key= and reverse=; sorting is stable.
nums = [5, -3, 8, 0, -1, 7, 2, 2, -8]
print(sorted(nums), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda v: (v % 3, -v))
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
words.sort(key=lambda w: w[-1])
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (3, "c")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
floats = [2.5, -0.5, 1e-3, 3.25, -7.0]
floats.sort()
print(floats, sorted(floats, reverse=True)[0])
print(sorted("hello world"), sorted([[3, 1], [2], [2, 0], []]))
records = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cy", 31, 5.2), ("dee", 25, 5.9)]
records.sort(key=lambda r: r[2])
records.sort(key=lambda r: r[1], reverse=True)
print(records)
