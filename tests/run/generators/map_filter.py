# map() and filter() with builtins, unbound methods, lambdas and user functions.
words = ["Banana", "apple", "Cherry", "date"]
print(list(map(len, words)), list(map(str.lower, words)), list(map(str, [1, 2, 3])))
print(list(filter(str.isdigit, ["1", "a", "22", ""])), sum(map(abs, [-1, -2, 3])))


def is_odd(n):
    return n % 2 == 1


print(list(filter(is_odd, range(10))), list(map(lambda x: x * x, filter(is_odd, range(6)))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])), max(map(len, words)))
for n in map(int, "4 8 15".split()):
    print(n, n * 2)
