# Without __eq__/__hash__ objects compare and hash by identity.
class Token:
    def __init__(self, text):
        self.text = text


t1 = Token("x")
t2 = Token("x")
t3 = t1
print(t1 == t2, t1 == t3, t1 is t3, t1 is not t2, t1 != t2)
seen = {}
seen[t1] = 1
seen[t2] = 2
seen[t3] = 3
print(len(seen), seen[t1], seen[t2])
group = set()
group.add(t1)
group.add(t2)
group.add(t3)
print(len(group), t1 in group, Token("x") in group)
lst = [t1, t2]
print(t3 in lst, Token("x") in lst, lst.index(t2))
maybe = None
print(maybe is None, maybe is not None)
maybe = t2
print(maybe is t2, maybe is t1, maybe.text)
