# RPython target form: under CPython sys.exit() inside the __main__ block ends
# the program, so module code after the block never runs.
def entry_point(argv):
    print("entry_point with", len(argv), "arg")
    return 0

def target(*args):
    return entry_point, None

print("module body before")
if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
print("module body after")
