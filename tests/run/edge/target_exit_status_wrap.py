# RPython target form: the exit status is the return value modulo 256.
def entry_point(argv):
    total = 0
    for i in range(len(argv) + 9):
        total = total + 29
    print("total", total)
    return total

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
