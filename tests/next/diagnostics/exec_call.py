# Out of the subset: exec() — no code is created at run time.
def define(name):
    src = "def " + name + "():\n    return 42\n"
    exec(src)  # <-- error


define("answer")
print("done")
