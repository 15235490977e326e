# pyrt-hosts: node, c, wasm -- SpiderMonkey's quit() only takes exit statuses 0..127
# RPython target form: a negative return value as exit status (CPython: -1 -> 255).
def entry_point(argv):
    print("returning -1")
    return -1

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
