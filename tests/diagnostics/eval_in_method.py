# Out of the subset: eval() — the program's code must be known at translation time.
class Calculator:
    def __init__(self):
        self.memory = 0

    def run(self, expr):
        self.memory = eval(expr)  # <-- error
        return self.memory


c = Calculator()
print(c.run("1 + 2"))
