# An uncaught exception without arguments: the last stderr line is just the class name.
class Halt(Exception):
    pass


for i in range(5):
    print("step", i)
    if i == 3:
        raise Halt()
