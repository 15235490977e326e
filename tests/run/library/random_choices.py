# random.choices with and without weights and cumulative weights, over lists, strings and tuples.
import random
random.seed(7)
print(random.choices(["x", "y", "z"], k=6))
print(random.choices([1, 2, 3], weights=[1, 0, 5], k=8))
print(random.choices("abc", cum_weights=[0.5, 0.6, 3.0], k=5))
print(random.choices((10, 20), k=3))
try:
    random.choices([1, 2], weights=[0, 0], k=1)
except ValueError as e:
    print(e)
