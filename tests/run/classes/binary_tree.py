# A binary search tree with optional children: insert, search, traversals, height.
class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
        self.count = 1


class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        if self.root is None:
            self.root = TreeNode(key)
            return
        node = self.root
        while True:
            if key == node.key:
                node.count += 1
                return
            if key < node.key:
                if node.left is None:
                    node.left = TreeNode(key)
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = TreeNode(key)
                    return
                node = node.right

    def contains(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False


def inorder(node, out):
    if node is None:
        return
    inorder(node.left, out)
    for _ in range(node.count):
        out.append(node.key)
    inorder(node.right, out)


def preorder(node):
    if node is None:
        return []
    return [node.key] + preorder(node.left) + preorder(node.right)


def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


t = BST()
x = 37
for i in range(25):
    x = (x * 73 + 19) % 101
    t.insert(x)
t.insert(37)
t.insert(37)
out = []
inorder(t.root, out)
print(out)
print(preorder(t.root))
print("height", height(t.root), "size", len(out))
print([k for k in range(0, 101, 7) if t.contains(k)])
print(t.contains(37), t.contains(1000))
