# sys.argv is a list of str; sys.exit(int) ends the program with that status.
import sys

print(len(sys.argv), isinstance(sys.argv[0], str), sys.argv[1:])


def main():
    for i in range(10):
        if i == 4:
            sys.exit(i + 1)
        print("i", i)


main()
print("not reached")
