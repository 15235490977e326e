# Random adds, discards, pops and set algebra on sets of ints, tuples and floats
# (a fixed LCG): every table state and iteration order must be CPython 3.11's.
seed = 12345


def rnd(n: int) -> int:
    global seed
    seed = seed * 48271 % 2147483647
    return (seed >> 4) % n


def check(tag: str, s: set[int]) -> None:
    h = 0
    for v in s:
        h = (h * 1000003 + v) % 1000000007
    print(tag, len(s), h)


sets: list[set[int]] = [set(), set(), set(), set()]
for step in range(6000):
    op = rnd(16)
    k = rnd(4)
    s = sets[k]
    o = sets[rnd(4)]
    v = rnd(3000) * (1 if rnd(2) else -1) * (1 if rnd(5) else 64)
    if op < 5:
        s.add(v)
    elif op < 7:
        s.discard(v)
    elif op == 7 and len(s) > 0:
        s.pop()
    elif op == 8 and rnd(200) == 0:
        s.clear()
    elif op == 9:
        s |= o
    elif op == 10 and rnd(40) == 0:
        s &= o
    elif op == 11 and rnd(4) == 0:
        s -= o
    elif op == 12 and rnd(4) == 0:
        s ^= o
    elif op == 13:
        sets[k] = s | o if rnd(2) else s.union(o)
    elif op == 14:
        r = rnd(4)
        if r == 0:
            sets[k] = s & o
        elif r == 1:
            sets[k] = s - o
        elif r == 2:
            sets[k] = s ^ o
        else:
            sets[k] = set(s)
    else:
        s.update([v, v + 8, v + 16, v * 3])
    if step % 500 == 0:
        for i in range(4):
            check(str(step) + ":" + str(i), sets[i])
for i in range(4):
    print(sorted(sets[i])[:10], list(sets[i])[:20])
    print(sets[i] <= sets[(i + 1) % 4], sets[i].isdisjoint(sets[(i + 2) % 4]), sets[i] == sets[i].copy())

seed = 777
ts: set[tuple[int, int]] = set()
fs: set[float] = set()
bs: set[bool] = set()
for step in range(3000):
    a = rnd(40) - 20
    b = rnd(40) - 20
    op = rnd(6)
    if op < 3:
        ts.add((a, b))
        fs.add(a / 4 + b * 1000.5)
        bs.add(a > b)
    elif op == 3:
        ts.discard((a, b))
        fs.discard(a / 4 + b * 1000.5)
    elif op == 4 and ts:
        ts.pop()
        fs.pop()
    else:
        ts -= {(a, b), (b, a), (a, a)}
    if step % 300 == 0:
        print(list(ts)[:12])
        print(list(fs)[:12])
        print(bs, len(ts), len(fs))
print(ts)
print(fs)
