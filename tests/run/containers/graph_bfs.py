# Dict-of-lists graphs: BFS shortest paths, DFS order, topological sort, connected components.
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
print(graph)


def bfs(start):
    dist = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nb in graph[node]:
            if nb not in dist:
                dist[nb] = dist[node] + 1
                queue.append(nb)
    return dist


def dfs(node, seen, order):
    seen.add(node)
    order.append(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs(nb, seen, order)


print(bfs("a"))
order = []
dfs("a", set(), order)
print(order)
components = []
seen_all = set()
for node in graph:
    if node not in seen_all:
        comp = []
        dfs(node, seen_all, comp)
        components.append(sorted(comp))
print(components)

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": []}
visited = set()
topo = []


def visit(n):
    if n in visited:
        return
    visited.add(n)
    for d in deps[n]:
        visit(d)
    topo.append(n)


for name in deps:
    visit(name)
print(topo)
indeg = {n: 0 for n in deps}
for n in deps:
    for d in deps[n]:
        indeg[d] += 1
print(indeg)
