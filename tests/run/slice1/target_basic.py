# RPython target form: entry_point(argv) returns the exit status.
def greet(name, times=1):
    for i in range(times):
        print("hello,", name, i)

def entry_point(argv):
    print("argc", len(argv))
    greet("pyrt")
    greet("world", times=2)
    total = 0
    for i in range(1, 11):
        total += i * i
    print("sum of squares", total)
    return 0

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
