"""Expectations for runtime/js/collections.js, computed by CPython 3.11.

Prints one JSON object on stdout (read by collections.test.mjs):
  hashes   [value, str(hash(value))] for ints, floats, bools and tuples
  sets     random programs of set operations: {t, ordered, ops, out}
  dicts    random programs of dict operations: {k, v, ops, out}
  big      a few large sets: {t, ops, out}

Values are encoded as JSON: None -> null, int -> number, float -> {"f": repr},
bool -> true/false, str -> string, tuple -> list.  Every op yields one output string
(a repr, a result, or "!ExcName: str(exc)").  Sets of str have no
reproducible order in CPython (str hashes are randomized), so their programs
are "unordered": reprs are printed with sorted items and order-dependent ops
(pop, iteration) are left out.

Usage: python3 collections_cases.py [seed] [scale]
"""

import json
import random
import struct
import sys
import zlib

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 20240611
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
rng = random.Random(SEED)

MAXI = 2**53 - 1

# ---- values ----


def enc(x):
    if x is None:
        return None
    if isinstance(x, bool):
        return x
    if isinstance(x, int):
        return x
    if isinstance(x, float):
        return {"f": repr(x)}
    if isinstance(x, str):
        return x
    if isinstance(x, tuple):
        return [enc(e) for e in x]
    raise TypeError(x)


def rnd_int():
    r = rng.random()
    if r < 0.35:
        return rng.randint(-12, 70)
    if r < 0.5:
        return rng.choice([8, 16, 32, 64, 128, 256, 1024]) * rng.randint(-3, 12)
    if r < 0.6:
        return rng.choice([-1, -2, 0, 1, 2**31 - 1, 2**31, -2**31, 2**32, 2**32 + 1, -2**32, MAXI, -MAXI])
    if r < 0.72:
        # same low bits, different high bits: exercises perturb
        return rng.randint(0, 15) + rng.randint(-40, 40) * 2**rng.choice([5, 10, 20, 32, 40, 47])
    if r < 0.85:
        return rng.randint(-MAXI, MAXI)
    return rng.randint(-2**33, 2**33)


def rnd_float():
    r = rng.random()
    if r < 0.15:
        return rng.choice([0.0, -0.0, 0.5, -0.5, 1.5, float("inf"), float("-inf"), 1e300, -1e-300,
                           5e-324, 2.0**53, 2.0**53 + 2, 2.0**60, -2.0**70, 1e16, 0.1, 1.0, -1.0, -2.0])
    if r < 0.45:
        return float(rnd_int())
    if r < 0.6:
        return rng.randint(-100, 100) / rng.choice([2, 4, 8, 10, 3])
    if r < 0.8:
        return rng.uniform(-1e6, 1e6)
    return rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308)


def rnd_str():
    n = rng.randint(0, 4)
    return "".join(rng.choice("abcxyz'\\é") for _ in range(n))


def gen_for(spec):
    if spec == "int":
        return rnd_int
    if spec == "float":
        return rnd_float
    if spec == "bool":
        return lambda: rng.random() < 0.5
    if spec == "str":
        return rnd_str
    if spec[0] == "opt":
        g = gen_for(spec[1])
        return lambda: None if rng.random() < 0.2 else g()
    assert spec[0] == "tuple"
    gens = [gen_for(s) for s in spec[1]]

    def g():
        if spec[1] and spec[1][0] == "int" and rng.random() < 0.7:
            # small first items so that tuples repeat
            return (rng.randint(-3, 6),) + tuple(f() for f in gens[1:])
        return tuple(f() for f in gens)
    return g


def universe(spec, n):
    g = gen_for(spec)
    return [g() for _ in range(n)]


def rep_sorted(s):
    return "{" + ", ".join(sorted(repr(x) for x in s)) + "}" if s else "set()"


def src(x):
    """Python source of a constant (for set displays)."""
    if isinstance(x, float):
        if x == float("inf"):
            return "1e999"
        if x == float("-inf"):
            return "-1e999"
        return repr(x)
    if isinstance(x, tuple):
        return "(" + "".join(src(e) + ", " for e in x) + ")"
    return repr(x)


def err(e):
    return "!" + type(e).__name__ + ": " + str(e)


# ---- sets ----

SET_SPECS = ["int", "int", "int", "float", "float", "bool", "str",
             ["tuple", ["int", "int"]], ["tuple", ["int", "float"]],
             ["tuple", ["int", ["tuple", ["int", "bool"]]]], ["tuple", []]]


def set_program(spec, nops):
    ordered = spec != "str"
    u = universe(spec, rng.choice([3, 6, 12, 30, 80]))
    S = [set(), set(), set()]
    show = repr if ordered else rep_sorted
    ops, out = [], []
    pick = lambda: rng.choice(u)
    picks = lambda n: [pick() for _ in range(n)]
    v3 = lambda: rng.randrange(3)
    for _ in range(nops):
        r = rng.random()
        a, b, c = v3(), v3(), v3()
        try:
            if r < 0.22:
                x = pick()
                ops.append(["add", a, enc(x)])
                S[a].add(x)
                out.append(show(S[a]))
            elif r < 0.30:
                x = pick()
                ops.append(["discard", a, enc(x)])
                S[a].discard(x)
                out.append(show(S[a]))
            elif r < 0.34:
                x = pick()
                ops.append(["remove", a, enc(x)])
                S[a].remove(x)
                out.append(show(S[a]))
            elif r < 0.38:
                ops.append(["has", a, enc(x := pick())])
                out.append(repr(x in S[a]))
            elif r < 0.43:
                if not ordered:
                    continue
                ops.append(["pop", a])
                x = S[a].pop()
                out.append(repr(x) + " " + show(S[a]))
            elif r < 0.47:
                xs = picks(rng.randint(0, 25))
                ops.append(["from", a, [enc(x) for x in xs]])
                S[a] = set(xs)
                out.append(show(S[a]))
            elif r < 0.49:
                xs = picks(rng.randint(3, 14))
                if spec == "float" and any(x != x for x in xs):
                    continue
                display = "{" + ", ".join(src(x) for x in xs) + "}"
                if rng.random() < 0.5:
                    ops.append(["const", a, [enc(x) for x in xs]])
                    S[a] = eval(display)
                    out.append(show(S[a]))
                else:
                    # a for loop over the display iterates the frozenset constant
                    ops.append(["constiter", a, [enc(x) for x in xs]])
                    out.append(repr(eval("[x for x in " + display + "]")) if ordered else
                               rep_sorted(eval(display)))
            elif r < 0.51:
                xs = picks(rng.randint(0, 20))
                ops.append(["fromdict", a, [enc(x) for x in xs]])
                S[a] = set({x: None for x in xs})
                out.append(show(S[a]))
            elif r < 0.54:
                xs = picks(rng.randint(0, 12))
                ops.append(["addall", a, [enc(x) for x in xs]])
                S[a].update(xs)
                out.append(show(S[a]))
            elif r < 0.56:
                ops.append(["clear", a])
                S[a].clear()
                out.append(show(S[a]))
            elif r < 0.59:
                ops.append(["copy", a, b])
                S[b] = S[a].copy()
                out.append(show(S[b]))
            elif r < 0.62:
                ops.append(["update", a, b])
                S[a].update(S[b])
                out.append(show(S[a]))
            elif r < 0.80:
                name = rng.choice(["union", "intersection", "difference", "symmetric_difference",
                                   "intersection_update", "difference_update", "symmetric_difference_update"])
                if name.endswith("_update"):
                    ops.append([name, a, b])
                    getattr(S[a], name)(S[b])
                    out.append(show(S[a]))
                else:
                    ops.append([name, a, b, c])
                    S[c] = getattr(S[a], name)(S[b])
                    out.append(show(S[c]))
            elif r < 0.88:
                name = rng.choice(["issubset", "issuperset", "isdisjoint", "eq"])
                ops.append([name, a, b])
                res = S[a] == S[b] if name == "eq" else getattr(S[a], name)(S[b])
                out.append(repr(res))
            elif r < 0.90:
                ops.append(["len", a])
                out.append(str(len(S[a])))
            else:
                if not ordered:
                    continue
                plan = []
                for _ in range(rng.randint(0, 8)):
                    q = rng.random()
                    if q < 0.4:
                        plan.append(None)
                    elif q < 0.55:
                        plan.append(["add", enc(pick())])
                    elif q < 0.7:
                        plan.append(["discard", enc(pick())])
                    elif q < 0.9:
                        plan.append(["swap", enc(pick()), enc(pick())])
                    elif q < 0.95:
                        plan.append(["pop"])
                    else:
                        plan.append(["clear"])
                ops.append(["iter", a, plan])
                out.append(set_iter(S[a], plan, u) + " " + show(S[a]))
        except Exception as e:  # noqa: BLE001
            out.append(err(e))
    return {"t": spec, "ordered": ordered, "ops": ops, "out": out}


def dec(x):
    if isinstance(x, dict):
        return float(x["f"])
    if isinstance(x, list):
        return tuple(dec(e) for e in x)
    return x


def set_iter(s, plan, u):
    res = []
    it = iter(s)
    step = 0
    try:
        while step < 200:
            try:
                x = next(it)
            except StopIteration:
                break
            res.append(repr(x))
            if step < len(plan) and plan[step] is not None:
                m = plan[step]
                if m[0] == "add":
                    s.add(dec(m[1]))
                elif m[0] == "discard":
                    s.discard(dec(m[1]))
                elif m[0] == "swap":
                    s.discard(dec(m[1]))
                    s.add(dec(m[2]))
                elif m[0] == "pop":
                    if s:
                        s.pop()
                elif m[0] == "clear":
                    s.clear()
            step += 1
    except RuntimeError as e:
        res.append(err(e))
    return "[" + ", ".join(res) + "]"


# ---- dicts ----

DICT_SPECS = [("int", "int"), ("int", "str"), ("str", "int"), ("float", "int"), ("bool", "str"),
              (["tuple", ["int", "int"]], "int"), (["tuple", ["int", "float"]], "str"),
              (["opt", "str"], "int"), (["opt", "int"], "str")]


def dict_program(kspec, vspec, nops):
    u = universe(kspec, rng.choice([3, 6, 12, 30, 80]))
    vg = gen_for(vspec)
    D = [{}, {}, {}]
    ops, out = [], []
    pick = lambda: rng.choice(u)
    v3 = lambda: rng.randrange(3)
    for _ in range(nops):
        r = rng.random()
        a, b = v3(), v3()
        try:
            if r < 0.30:
                k, v = pick(), vg()
                ops.append(["set", a, enc(k), enc(v)])
                D[a][k] = v
                out.append(repr(D[a]))
            elif r < 0.36:
                k = pick()
                ops.append(["get", a, enc(k)])
                out.append(repr(D[a][k]))
            elif r < 0.39:
                k, v = pick(), vg()
                ops.append(["get2", a, enc(k), enc(v)])
                out.append(repr(D[a].get(k, v)))
            elif r < 0.41:
                k = pick()
                ops.append(["get1", a, enc(k)])
                out.append(repr(D[a].get(k)))
            elif r < 0.49:
                k = pick()
                ops.append(["del", a, enc(k)])
                del D[a][k]
                out.append(repr(D[a]))
            elif r < 0.53:
                k = pick()
                ops.append(["pop", a, enc(k)])
                x = D[a].pop(k)
                out.append(repr(x) + " " + repr(D[a]))
            elif r < 0.56:
                k, v = pick(), vg()
                ops.append(["pop2", a, enc(k), enc(v)])
                x = D[a].pop(k, v)
                out.append(repr(x) + " " + repr(D[a]))
            elif r < 0.60:
                ops.append(["popitem", a])
                x = D[a].popitem()
                out.append(repr(x) + " " + repr(D[a]))
            elif r < 0.64:
                k, v = pick(), vg()
                ops.append(["setdefault", a, enc(k), enc(v)])
                x = D[a].setdefault(k, v)
                out.append(repr(x) + " " + repr(D[a]))
            elif r < 0.67:
                ops.append(["update", a, b])
                D[a].update(D[b])
                out.append(repr(D[a]))
            elif r < 0.70:
                ops.append(["copy", a, b])
                D[b] = D[a].copy()
                out.append(repr(D[b]))
            elif r < 0.72:
                ops.append(["dictof", a, b])
                D[b] = dict(D[a])
                out.append(repr(D[b]))
            elif r < 0.74:
                ops.append(["clear", a])
                D[a].clear()
                out.append(repr(D[a]))
            elif r < 0.77:
                k = pick()
                ops.append(["has", a, enc(k)])
                out.append(repr(k in D[a]))
            elif r < 0.79:
                ops.append(["eq", a, b])
                out.append(repr(D[a] == D[b]))
            elif r < 0.81:
                ops.append(["items", a])
                out.append(repr(list(D[a].items())) + " " + repr(list(D[a].keys())) + " " +
                           repr(list(D[a].values())) + " " + str(len(D[a])))
            else:
                mode = rng.randrange(3)
                plan = []
                for _ in range(rng.randint(0, 10)):
                    q = rng.random()
                    if q < 0.3:
                        plan.append(None)
                    elif q < 0.45:
                        plan.append(["set", enc(pick()), enc(vg())])
                    elif q < 0.55:
                        plan.append(["del", enc(pick())])
                    elif q < 0.8:
                        plan.append(["swap", enc(pick()), enc(pick()), enc(vg())])
                    elif q < 0.9:
                        plan.append(["popadd", enc(pick()), enc(vg())])
                    elif q < 0.95:
                        plan.append(["popitem"])
                    else:
                        plan.append(["clear"])
                ops.append(["iter", a, mode, plan])
                out.append(dict_iter(D[a], mode, plan) + " " + repr(D[a]))
        except Exception as e:  # noqa: BLE001
            out.append(err(e))
    return {"k": kspec, "v": vspec, "ops": ops, "out": out}


def dict_holes_program(kspec, vspec):
    """Fill a dict, delete many keys, copy it (d.copy() clones the table with
    its holes unless they are more than a third, dict(d) compacts), then
    iterate the copy while swapping keys until a resize compacts it."""
    u = universe(kspec, 60)
    vg = gen_for(vspec)
    ops = []
    n = rng.randint(3, 40)
    for k in u[:n]:
        ops.append(["set", 0, enc(k), enc(vg())])
    for k in rng.sample(u[:n], rng.randint(0, n)):
        ops.append(["del", 0, enc(k)])
    ops.append([rng.choice(["copy", "copy", "dictof"]), 0, 1])
    if rng.random() < 0.3:
        ops.append(["update", 2, 1])
        src = 2
    else:
        src = 1
    # size-preserving swaps (a present key out, an absent key in), so that the
    # iteration runs on until the appends exhaust the table and compact it
    d = {}
    for op in ops:
        if op[0] == "set" and op[1] == 0:
            d[dec(op[2])] = 1
        elif op[0] == "del":
            d.pop(dec(op[2]), None)
    keys = set(d)
    plan = []
    for _ in range(rng.randint(5, 40)):
        absent = [k for k in u if k not in keys]
        if not keys or not absent or rng.random() < 0.1:
            plan.append(None)
            continue
        k1 = rng.choice(sorted(keys, key=repr))
        k2 = rng.choice(absent)
        keys.discard(k1)
        keys.add(k2)
        plan.append(["swap", enc(k1), enc(k2), enc(vg())])
    ops.append(["iter", src, rng.randrange(3), plan])
    return replay_dict(kspec, vspec, ops)


def replay_dict(kspec, vspec, ops):
    D = [{}, {}, {}]
    out = []
    for op in ops:
        try:
            if op[0] == "set":
                D[op[1]][dec(op[2])] = dec(op[3])
                out.append(repr(D[op[1]]))
            elif op[0] == "del":
                del D[op[1]][dec(op[2])]
                out.append(repr(D[op[1]]))
            elif op[0] == "copy":
                D[op[2]] = D[op[1]].copy()
                out.append(repr(D[op[2]]))
            elif op[0] == "dictof":
                D[op[2]] = dict(D[op[1]])
                out.append(repr(D[op[2]]))
            elif op[0] == "update":
                D[op[1]].update(D[op[2]])
                out.append(repr(D[op[1]]))
            elif op[0] == "iter":
                out.append(dict_iter(D[op[1]], op[2], op[3]) + " " + repr(D[op[1]]))
        except Exception as e:  # noqa: BLE001
            out.append(err(e))
    return {"k": kspec, "v": vspec, "ops": ops, "out": out}


def dict_iter(d, mode, plan):
    res = []
    it = iter([d.keys(), d.values(), d.items()][mode])
    step = 0
    try:
        while step < 200:
            try:
                x = next(it)
            except StopIteration:
                break
            res.append(repr(x))
            if step < len(plan) and plan[step] is not None:
                m = plan[step]
                if m[0] == "set":
                    d[dec(m[1])] = dec(m[2])
                elif m[0] == "del":
                    d.pop(dec(m[1]), None)
                elif m[0] == "swap":
                    d.pop(dec(m[1]), None)
                    d[dec(m[2])] = dec(m[3])
                elif m[0] == "popadd":
                    if d:
                        d.popitem()
                    d[dec(m[1])] = dec(m[2])
                elif m[0] == "popitem":
                    if d:
                        d.popitem()
                elif m[0] == "clear":
                    d.clear()
            step += 1
    except RuntimeError as e:
        res.append(err(e))
    return "[" + ", ".join(res) + "]"


# ---- hashes ----

def hash_cases():
    vals = []
    for _ in range(int(1500 * SCALE)):
        vals.append(rnd_int())
    vals += [0, 1, -1, -2, 2**31, MAXI, -MAXI, 2**61 - 1]  # 2**61-1 is beyond the JS range: dropped below
    vals = [v for v in vals if -MAXI <= v <= MAXI]
    for _ in range(int(2500 * SCALE)):
        vals.append(rnd_float())
    vals += [0.0, -0.0, float("inf"), float("-inf"), 5e-324, -5e-324, 2.2250738585072014e-308,
             1.7976931348623157e308, -1.7976931348623157e308, 2.0**61, 2.0**62 - 2.0**9, 2.0**53, 0.5, -1.0,
             1.0 / 3, 2.0**-1074 * 3, -2.0**61, 2.0**60 * 1.5]
    vals += [2.0**-61, -2.0**-61, -2.0**-122, 3 * -2.0**-61, -2.0**61, 2.0**61 + 2.0**9, -(2.0**62 - 2.0**10)]
    for _ in range(int(2000 * SCALE)):  # random bit patterns
        x = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
        if x == x and abs(x) != float("inf"):
            vals.append(x)
    vals += [True, False]
    tup = [gen_for(s) for s in SET_SPECS if not isinstance(s, str)]
    for _ in range(int(800 * SCALE)):
        vals.append(rng.choice(tup)())
    vals += [(), ((),), (((),),), (-1,), (-2,), (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)]
    return [[enc(v), str(hash(v))] for v in vals]


# ---- big sets ----

def digest(xs):
    """crc32 of the items' reprs joined by ", ", and the count (big outputs)."""
    return "%08x:%d" % (zlib.crc32(", ".join(repr(x) for x in xs).encode()), len(xs))


def big_cases():
    res = []
    # 90000 ints: the table grows past 50000 used slots (then by used*2)
    for n, kind in [(90000, "int"), (3000, "float"), (5000, "tuple")]:
        if kind == "int":
            xs = [rnd_int() if rng.random() < 0.05 else rng.randint(-2**40, 2**40) for _ in range(n)]
            spec = "int"
        elif kind == "float":
            xs = [rnd_float() for _ in range(n)]
            spec = "float"
        else:
            xs = [(rng.randint(-50, 50), rng.randint(-3, 3)) for _ in range(n)]
            spec = ["tuple", ["int", "int"]]
        s = set(xs)
        out = [digest(s)]
        t = set(xs[: n // 3])
        out.append(digest(s - t))
        out.append(digest(t - s))
        out.append(digest(s ^ t))
        out.append(digest(s & t))
        out.append(digest(t.union(s)))
        pops = [s.pop() for _ in range(min(500, len(s)))]
        out.append(digest(pops))
        for x in xs[::7]:
            s.discard(x)
        out.append(digest(s))
        u = set(xs[:20])
        u -= s  # more than 8 times larger: iterates u & s
        out.append(digest(u))
        s.update(xs[-30:])
        out.append(digest(s))
        res.append({"t": spec, "xs": [enc(x) for x in xs], "out": out})
    return res


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("collections_cases.py needs CPython 3.11")
    sets = []
    for _ in range(int(2400 * SCALE)):
        sets.append(set_program(rng.choice(SET_SPECS), rng.randint(5, 40)))
    dicts = []
    for _ in range(int(1600 * SCALE)):
        k, v = rng.choice(DICT_SPECS)
        dicts.append(dict_program(k, v, rng.randint(5, 40)))
    for _ in range(int(400 * SCALE)):
        k, v = rng.choice(DICT_SPECS)
        dicts.append(dict_holes_program(k, v))
    # json.dumps (not json.dump) uses the C encoder
    sys.stdout.write(json.dumps({"hashes": hash_cases(), "sets": sets, "dicts": dicts, "big": big_cases()},
                                separators=(",", ":"), ensure_ascii=True))


main()
