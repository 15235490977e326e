# sum (with start), any, all, over lists, generators, ranges; short-circuiting of any/all.
print(sum([1, 2, 3]), sum(range(101)), sum([]), sum([], 10), sum([0.1] * 10), sum([1, 2], 0.5))
print(sum(range(1, 11), 100), sum(x * x for x in range(5)), sum([[1], [2, 3]], []))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), any(["", "x"]), all(["a", "b"]))


def check(label, v):
    print("check", label)
    return v


print(any(check(i, i > 1) for i in range(5)))
print(all(check(i, i < 2) for i in range(5)))
nums = [3, 8, 12, 5]
print(any(n % 4 == 0 for n in nums), all(n > 2 for n in nums), all(n % 2 for n in nums))
print(sum(1 for n in nums if n > 4), sum(n for n in nums if n > 100))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([3.0, 4.5]))
