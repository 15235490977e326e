# RPython target mode: a sudoku solver (backtracking over lists) and a check of the result.
PUZZLE = [
    "53..7....",
    "6..195...",
    ".98....6.",
    "8...6...3",
    "4..8.3..1",
    "7...2...6",
    ".6....28.",
    "...419..5",
    "....8..79",
]


def parse(rows):
    grid = []
    for row in rows:
        grid.append([0 if ch == "." else int(ch) for ch in row])
    return grid


def candidates(grid, r, c):
    used = set(grid[r])
    for i in range(9):
        used.add(grid[i][c])
    br = (r // 3) * 3
    bc = (c // 3) * 3
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            used.add(grid[i][j])
    return [d for d in range(1, 10) if d not in used]


def solve(grid, stats):
    best = None
    best_cands = []
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if best is None or len(cands) < len(best_cands):
                    best = (r, c)
                    best_cands = cands
    if best is None:
        return True
    r, c = best
    for d in best_cands:
        stats[0] += 1
        grid[r][c] = d
        if solve(grid, stats):
            return True
    grid[r][c] = 0
    return False


def valid(grid):
    for i in range(9):
        if sorted(grid[i]) != list(range(1, 10)):
            return False
        if sorted(grid[r][i] for r in range(9)) != list(range(1, 10)):
            return False
    return True


def entry_point(argv):
    grid = parse(PUZZLE)
    stats = [0]
    ok = solve(grid, stats)
    for row in grid:
        print(" ".join(str(d) for d in row))
    print("solved", ok, "valid", valid(grid), "guesses", stats[0])
    return 0 if ok else 1


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
