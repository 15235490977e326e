# hash(): equal values hash equal (1 == 1.0 == True), ints hash to themselves except -1,
# and user classes can delegate __hash__ to hash() of a tuple. Only properties that do not
# depend on string hashing (randomized per run) are printed.
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return self.a == other.a and self.b == other.b

    def __hash__(self):
        return hash((self.a, self.b))


print(hash(0), hash(5), hash(-7), hash(-1), hash(-2), hash(2 ** 40))
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0.5) == hash(0.5), hash(2.0) == 2)
print(hash((1, 2)) == hash((1, 2)), hash("abc") == hash("abc"), hash(Key(1, 2)) == hash(Key(1, 2)))
d = {Key(1, 2): "x", Key(2, 1): "y"}
d[Key(1, 2)] = "z"
print(len(d), d[Key(1, 2)], Key(2, 1) in d, Key(3, 3) in d)
