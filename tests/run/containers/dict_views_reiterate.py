# Dict views iterate again each time they are used, and see later changes.
def main():
    d = {"a": 1, "b": 2}
    ks = d.keys()
    vs = d.values()
    its = d.items()
    for k in ks:
        print("first", k)
    for k in ks:
        print("second", k)
    print(list(vs), list(vs), sorted(its), "a" in ks, "z" in ks, "a" in ks)
    d["c"] = 3
    print(list(ks), sum(vs), max(vs))
    for k, v in its:
        print(k, v)
    it = iter(d)
    print(next(it), next(it))
main()
