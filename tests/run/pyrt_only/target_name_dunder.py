# RPython target form: the module body sees __name__; under CPython (running
# the file as a script) it is "__main__".
def entry_point(argv):
    print("entry sees", __name__ == "__main__")
    return 3

def target(*args):
    return entry_point, None

print("module sees", __name__)
if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
