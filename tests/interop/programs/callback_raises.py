# A Python exception escaping a callback the event loop runs ends the program
# as an uncaught exception in main does: its traceback's last line, status 1.
import js

def tick():
    print("tick")
    raise RuntimeError("from a timer")

js.setTimeout(tick, 0)
print("scheduled")
