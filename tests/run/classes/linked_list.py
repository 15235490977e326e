# A singly linked list whose `next` attribute is a Node or None.
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def push_back(self, value):
        node = Node(value, None)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def to_list(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev = cur
            cur = cur.next
        return False

    def find(self, value):
        cur = self.head
        while cur is not None and cur.value != value:
            cur = cur.next
        return cur


lst = LinkedList()
for i in range(5):
    lst.push_back(i * i)
lst.push_front(-1)
print(lst.to_list(), lst.size)
lst.reverse()
print(lst.to_list())
print(lst.remove(4), lst.remove(99), lst.remove(16), lst.remove(-1))
print(lst.to_list(), lst.size)
n = lst.find(9)
print(n is None, n.value if n is not None else -1)
m = lst.find(123)
print(m is None)
empty = LinkedList()
empty.reverse()
print(empty.to_list(), empty.head is None)
