# Module initialization order: each module body runs once, at first import.
print("main: start")
import a
print("main: after import a")
import b
import a
print("main:", a.VALUE, b.BASE, a.get())
