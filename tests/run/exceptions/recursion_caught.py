# Deep recursion raises RecursionError, which can be caught; the program then continues.
def depth(n):
    return depth(n + 1) + 1


def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)


try:
    depth(0)
    print("not reached")
except RecursionError as e:
    print("RecursionError:", e)
print("still running", count_down(500))
caught = 0
for i in range(3):
    try:
        depth(i)
    except RecursionError:
        caught += 1
print("caught", caught)


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


def length(n):
    if n is None:
        return 0
    return 1 + length(n.nxt)


head = None
for i in range(300):
    head = Node(head)
print("length", length(head))
