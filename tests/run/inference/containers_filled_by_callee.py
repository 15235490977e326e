# Empty containers created in one function and filled in another: the element type comes
# from the callee's writes.
def fill_squares(out, n):
    for i in range(n):
        out.append(i * i)


def index_words(text, index):
    for pos, w in enumerate(text.split()):
        index.setdefault(w, []).append(pos)


def collect_pairs(acc, a, b):
    acc.add((a, b))
    acc.add((b, a))


sq = []
fill_squares(sq, 6)
print(sq, sum(sq))
idx = {}
index_words("a rose is a rose is a rose", idx)
print(idx)
pairs = set()
collect_pairs(pairs, 1, 2)
collect_pairs(pairs, 2, 1)
collect_pairs(pairs, 3, 3)
print(sorted(pairs), len(pairs))


def make_table():
    return {}


t = make_table()
t["pi"] = 3.14159
t["e"] = 2.71828
print(t, sorted(t.values()))


def empty_result():
    return []


r = empty_result()
print(r, len(r))
r.append("now a list of str")
print(r)
