# Less common random functions with a seed: sample, getrandbits, choices, randbytes-free.
import random

random.seed(5)
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 4))
print([random.getrandbits(8) for _ in range(6)], random.getrandbits(40))
print(random.choices(["x", "y", "z"], k=6))
pool = list(range(20))
picked = random.sample(pool, 10)
print(picked, sorted(picked) == sorted(set(picked)))
print(random.random(), random.randint(0, 10 ** 12))
