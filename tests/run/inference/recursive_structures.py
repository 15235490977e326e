# Recursive data types: a trie of dicts of nodes, a tree with a list of children, an optional parent.
class TrieNode:
    def __init__(self):
        self.children = {}
        self.terminal = False
        self.count = 0


class Trie:
    def __init__(self):
        self.root = TrieNode()

    def insert(self, word):
        node = self.root
        for ch in word:
            if ch not in node.children:
                node.children[ch] = TrieNode()
            node = node.children[ch]
            node.count += 1
        node.terminal = True

    def find(self, prefix):
        node = self.root
        for ch in prefix:
            nxt = node.children.get(ch)
            if nxt is None:
                return None
            node = nxt
        return node

    def words(self, node, prefix, out):
        if node.terminal:
            out.append(prefix)
        for ch in sorted(node.children):
            self.words(node.children[ch], prefix + ch, out)


t = Trie()
for w in ["car", "cart", "care", "cat", "dog", "do", "dot", "card"]:
    t.insert(w)
out = []
t.words(t.root, "", out)
print(out)
for p in ["ca", "car", "do", "x", ""]:
    n = t.find(p)
    if n is None:
        print(repr(p), "absent")
    else:
        found = []
        t.words(n, p, found)
        print(repr(p), n.count, found)


class Dir:
    def __init__(self, name, parent):
        self.name = name
        self.parent = parent
        self.subdirs = []
        self.size = 0
        if parent is not None:
            parent.subdirs.append(self)

    def path(self):
        if self.parent is None:
            return "/"
        pp = self.parent.path()
        return pp + self.name if pp == "/" else pp + "/" + self.name

    def total(self):
        return self.size + sum(d.total() for d in self.subdirs)


root = Dir("", None)
usr = Dir("usr", root)
lib = Dir("lib", usr)
home = Dir("home", root)
me = Dir("me", home)
lib.size = 500
usr.size = 20
me.size = 75
for d in [root, usr, lib, home, me]:
    print(d.path(), d.total())
