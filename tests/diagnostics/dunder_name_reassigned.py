# __name__ is an ordinary module global: assigning it changes what later reads
# (and the `if __name__ == "__main__"` test) see.
print(__name__)
__name__ = "renamed"  # <-- error
print(__name__, len(__name__))
if __name__ == "__main__":
    print("main block")
else:
    print("not main any more")

def show():
    return "function sees " + __name__

print(show())
