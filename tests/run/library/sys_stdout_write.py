# sys.stdout.write returns the number of characters written and adds no newline;
# it interleaves correctly with print. A final stderr write is the last stderr line.
import sys

n = sys.stdout.write("abc")
m = sys.stdout.write("é😀\n")
print(n, m)
for i in range(3):
    sys.stdout.write(str(i))
    sys.stdout.write(" ")
print("|")
sys.stdout.write("line one\nline two\n")
print("printed", end="")
sys.stdout.write("+written\n")
sys.stdout.flush()
sys.stderr.write("diagnostic: done\n")
