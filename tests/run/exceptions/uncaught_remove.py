# An uncaught ValueError from list.remove: `ValueError: list.remove(x): x not in list`.
queue = ["a", "b", "c"]
for name in ["b", "a", "b"]:
    queue.remove(name)
    print("removed", name, queue)
