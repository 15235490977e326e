# Backtracking: N-queens counts and the first solution, permutations, subset sum.
def solve_queens(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return solutions


for n in range(1, 9):
    sols = solve_queens(n)
    print(n, len(sols), sols[0] if sols else None)
board = solve_queens(6)[0]
for r in range(6):
    print("".join("Q" if board[r] == c else "." for c in range(6)))


def permutations(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in permutations(rest):
            out.append([xs[i]] + p)
    return out


print(permutations([1, 2, 3]), len(permutations(list(range(6)))))


def subset_sum(nums, target):
    reachable = {0: []}
    for n in nums:
        for s, path in list(reachable.items()):
            if s + n not in reachable:
                reachable[s + n] = path + [n]
    return reachable.get(target)


print(subset_sum([3, 34, 4, 12, 5, 2], 9), subset_sum([3, 34, 4], 100))
