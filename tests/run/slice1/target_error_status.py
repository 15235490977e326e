# RPython target form whose entry_point ends with an uncaught IndexError.
def pick(s, i):
    return s[i]

def entry_point(argv):
    s = "xyz"
    for i in range(len(argv) + 3):
        print(i, pick(s, i))
    return 0

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
