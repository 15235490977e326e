# RPython target form whose entry_point returns a str: under CPython,
# sys.exit("...") prints the string on stderr and exits with status 1.
def entry_point(argv):
    print("working")
    return "failed: " + str(len(argv) * 0)  # <-- error

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
