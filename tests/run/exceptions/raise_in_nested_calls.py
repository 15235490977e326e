# An exception raised deep in a call chain unwinds through loops and frames to the nearest handler.
class Abort(Exception):
    def __init__(self, depth, path):
        super().__init__(f"abort at depth {depth}")
        self.depth = depth
        self.path = path


def search(node, depth, path, target):
    path.append(node)
    if node == target:
        raise Abort(depth, path[:])
    for child in (node * 2, node * 2 + 1):
        if child < 32:
            search(child, depth + 1, path, target)
    path.pop()


for target in [1, 13, 31, 40]:
    try:
        search(1, 0, [], target)
        print(target, "not found")
    except Abort as a:
        print(target, a, a.path)


def parse_all(items):
    out = []
    for it in items:
        for part in it.split(","):
            out.append(int(part))
    return out


try:
    print(parse_all(["1,2", "3,4"]))
    print(parse_all(["5,6", "7,x,8"]))
except ValueError as e:
    print("ValueError:", e)
