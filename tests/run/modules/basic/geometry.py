# Helper module for modules/basic/main.py.
import math

UNIT = "cm"


def circle_area(r):
    return math.pi * r * r


def rect_area(w, h):
    return w * h


def describe(name, area):
    return f"{name}: {area:.2f} {UNIT}^2"
