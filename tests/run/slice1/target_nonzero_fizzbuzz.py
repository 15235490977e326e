# RPython target form: FizzBuzz, then exit with status 7.
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)

def entry_point(argv):
    line = ""
    for i in range(1, 31):
        line = line + fizzbuzz(i)
        if i % 10 == 0:
            print(line)
            line = ""
        else:
            line = line + " "
    status = 7 if len(argv) == 1 else 0
    print("exiting with", status)
    return status

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
