# __eq__ and __hash__ make user objects usable as dict keys, set members, with `in` and ==.
class Coord:
    def __init__(self, row, col):
        self.row = row
        self.col = col

    def __eq__(self, other):
        return self.row == other.row and self.col == other.col

    def __hash__(self):
        return self.row * 1009 + self.col

    def __repr__(self):
        return f"C{self.row}_{self.col}"


a = Coord(1, 2)
b = Coord(1, 2)
c = Coord(2, 1)
print(a == b, a == c, a != b, a != c, a is b)

visited = set()
for r, q in [(1, 2), (2, 1), (1, 2), (3, 3), (2, 1)]:
    visited.add(Coord(r, q))
print(len(visited), Coord(3, 3) in visited, Coord(4, 4) in visited)

names = {}
names[a] = "first"
names[c] = "second"
names[b] = "replaced"
print(len(names), names[Coord(1, 2)], names[Coord(2, 1)])
print(names)
print(Coord(2, 1) in names, Coord(9, 9) in names, names.get(Coord(9, 9), "none"))

path = [Coord(0, 0), Coord(0, 1), Coord(1, 1)]
print(Coord(0, 1) in path, Coord(1, 0) in path, path.index(Coord(1, 1)), path.count(Coord(0, 0)))
print(path == [Coord(0, 0), Coord(0, 1), Coord(1, 1)], path == [Coord(0, 0)])
path.remove(Coord(0, 1))
print(path)

counts = {}
for i in range(20):
    k = Coord(i % 3, i % 2)
    counts[k] = counts.get(k, 0) + 1
print(counts)
print(sorted([(k.row, k.col, v) for k, v in counts.items()]))
