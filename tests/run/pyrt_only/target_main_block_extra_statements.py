# RPython target form whose __main__ block does more than sys.exit(...):
# CPython runs those statements when the file is run as a script.
counter = 0

def entry_point(argv):
    print("entry_point sees counter", counter)
    return 0

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    print("main block starts")
    counter = 41 + 1
    import sys
    sys.exit(entry_point(sys.argv))
