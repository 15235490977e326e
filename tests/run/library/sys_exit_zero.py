# sys.exit() and sys.exit(0) end the program with status 0; finally blocks still run.
import sys

print("before")
try:
    print("in try")
    sys.exit()
finally:
    print("finally runs")
print("not reached")
