# Out of the subset: monkeypatching — shadowing a method with a function on one instance.
class Greeter:
    def hello(self):
        return "hello"


g = Greeter()
g.hello = lambda: "patched"  # <-- error
print(g.hello())
