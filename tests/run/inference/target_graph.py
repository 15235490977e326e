# RPython target mode exercising inference: Dijkstra with optional predecessors, a dict built
# in a loop, a list of tuples filled later, and nullable attributes on graph nodes.
class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []
        self.dist = -1
        self.prev = None


def build(spec):
    nodes = {}
    for a, b, w in spec:
        for n in (a, b):
            if n not in nodes:
                nodes[n] = Node(n)
        nodes[a].edges.append((nodes[b], w))
        nodes[b].edges.append((nodes[a], w))
    return nodes


def dijkstra(nodes, start):
    for n in nodes.values():
        n.dist = -1
        n.prev = None
    start.dist = 0
    todo = [start]
    while todo:
        best = todo[0]
        for n in todo:
            if n.dist < best.dist:
                best = n
        todo.remove(best)
        for nb, w in best.edges:
            nd = best.dist + w
            if nb.dist < 0 or nd < nb.dist:
                if nb.dist < 0:
                    todo.append(nb)
                nb.dist = nd
                nb.prev = best


def path_to(n):
    out = []
    cur = n
    while cur is not None:
        out.append(cur.name)
        cur = cur.prev
    out.reverse()
    return out


def entry_point(argv):
    spec = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
            ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1)]
    nodes = build(spec)
    dijkstra(nodes, nodes["A"])
    for name in sorted(nodes):
        n = nodes[name]
        if n.dist < 0:
            print(name, "unreachable")
        else:
            print(name, n.dist, "->".join(path_to(n)))
    unreachable = [n.name for n in nodes.values() if n.dist < 0]
    return len(unreachable)


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
