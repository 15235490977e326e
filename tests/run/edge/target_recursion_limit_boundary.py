# RPython target form: under CPython, entry_point runs below the <module>
# frame, so depth(997) fits and depth(998) raises RecursionError.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def entry_point(argv):
    print(depth(997))
    print(depth(998))
    return 0

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
