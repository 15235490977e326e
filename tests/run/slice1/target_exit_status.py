# RPython target form returning a non-zero exit status after printing.
def check(n):
    if n % 3 == 0:
        print(n, "divisible by 3")
        return True
    return False

def entry_point(argv):
    failures = 0
    for n in range(1, 10):
        if check(n):
            failures += 1
    print("failures:", failures)
    if len(argv) > 5:
        return 0
    return failures

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
