def main(argv):
    print("hello")
    return 0

def target(*args):  # <-- error
    return main, None

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
