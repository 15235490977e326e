# Sets of tuples as a sparse grid: flood fill and Conway's life on a small board.
board = [
    "#########",
    "#..#....#",
    "#..#.##.#",
    "#....#..#",
    "######..#",
    "#....#..#",
    "#########",
]
walls = set()
for r, line in enumerate(board):
    for c, ch in enumerate(line):
        if ch == "#":
            walls.add((r, c))


def flood(start):
    seen = {start}
    stack = [start]
    while stack:
        r, c = stack.pop()
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nxt = (r + dr, c + dc)
            if nxt not in walls and nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


region = flood((1, 1))
print(len(walls), len(region), sorted(region)[:5])
print(len(flood((5, 1))), (5, 2) in region)

live = {(1, 0), (1, 1), (1, 2), (0, 5), (1, 5), (2, 5), (5, 5), (5, 6), (6, 5), (6, 6)}


def step(cells):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}


for gen in range(4):
    live = step(live)
    print(gen, len(live), sorted(live))
