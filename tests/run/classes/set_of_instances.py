# Sets of instances: the program's __hash__ and __eq__ place and find them; sets
# built from str, lists, ranges and comprehensions.
class P:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: "P") -> bool:
        return self.x == other.x and self.y == other.y

    def __hash__(self) -> int:
        return self.x * 31 + self.y

    def __repr__(self) -> str:
        return "P(" + str(self.x) + ", " + str(self.y) + ")"


ps = set()
for i in range(12):
    ps.add(P(i % 5, i % 3))
print(len(ps), ps)
print(P(1, 1) in ps, P(9, 9) in ps)
ps.discard(P(1, 1))
print(ps)
qs = {P(0, 0), P(4, 1)}
print(ps & qs, qs - ps, qs | ps)
try:
    qs.remove(P(7, 7))
except KeyError as e:
    print("KeyError", e)
words = set("hello world".split())
print(len(words), "hello" in words, sorted(words))
chars = set("mississippi")
print(sorted(chars))
u = {1}
u.update([9, 17, 25, 33, 41])
print(u)
u.update(range(3))
print(u)
sc = {i * i % 17 for i in range(40)}
print(sc)
nested = {(i, (i % 3, i * 1.5)) for i in range(10)}
print(nested)
print(set([3, 1, 2, 3, 1]), set((7, 7, 15)))
