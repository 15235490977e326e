# Element types of containers inferred from later uses: empty literals filled afterwards.
names = []
scores = {}
seen = set()
pairs = []
grid = []
for i in range(5):
    name = "p" + str(i)
    names.append(name)
    scores[name] = i * 1.5
    seen.add(i % 3)
    pairs.append((name, i))
    grid.append([])
    for j in range(i):
        grid[i].append(j * i)
print(names, scores, seen, pairs, grid, sep="\n")
index = {}
for word in "to be or not to be".split():
    if word not in index:
        index[word] = []
    index[word].append(len(index[word]))
print(index)
lookup = {}
print(lookup.get("missing"), len(lookup))
lookup["k"] = [1.0]
print(lookup)
matrix = [[0.0] * 3 for _ in range(2)]
matrix[1][2] = 2.5
print(matrix)
later = []
if len(later) == 0:
    print("empty", later)
later.append({"x": True})
print(later)


def collect(n):
    out = []
    for k in range(n):
        out.append(str(k) * k)
    return out


print(collect(4), collect(0))
