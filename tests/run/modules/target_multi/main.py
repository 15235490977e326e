# RPython target mode across modules: entry_point uses classes and errors of engine.py.
import engine
from engine import Account, transfer, fmt


def entry_point(argv):
    accounts = {name: Account(name, c) for name, c in [("ann", 10000), ("bob", 2550), ("cy", 0)]}
    moves = [("ann", "bob", 1234), ("bob", "cy", 5000), ("bob", "cy", 3784), ("cy", "ann", 1)]
    failures = 0
    for src, dst, cents in moves:
        try:
            transfer(accounts[src], accounts[dst], cents)
            print("moved", fmt(cents), src, "->", dst)
        except engine.InsufficientFunds as e:
            failures += 1
            print("failed:", e)
    for name in sorted(accounts):
        print(name, fmt(accounts[name].cents))
    return failures


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
