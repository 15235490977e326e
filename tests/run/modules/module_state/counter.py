# Helper module for modules/module_state/main.py: module globals mutated by its own functions.
count = 0
history = []


def bump(label):
    global count
    count += 1
    history.append(label)
    return count


def reset():
    global count
    count = 0
    history.clear()
