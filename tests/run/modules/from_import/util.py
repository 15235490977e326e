# Helper module for modules/from_import/main.py: functions, a class and a constant.
LIMIT = 10


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(clamp(x, -LIMIT, LIMIT))

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)


def _private_helper():
    return "private"
