# Out of the subset: monkeypatching a module — replacing a library function at run time.
import math


def fake_sqrt(x):
    return 0.0


math.sqrt = fake_sqrt  # <-- error
print(math.sqrt(4.0))
