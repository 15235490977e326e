# random with a fixed seed reproduces CPython's Mersenne Twister sequences exactly.
import random

random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(12)])
print([random.randrange(100) for _ in range(8)], [random.randrange(10, 20, 3) for _ in range(6)])
print([random.uniform(-1.0, 1.0) for _ in range(3)])
colors = ["red", "green", "blue", "cyan", "magenta"]
print([random.choice(colors) for _ in range(6)])
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.seed(42)
print(random.random())
random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(600)]
print([rolls.count(k) for k in range(1, 7)], sum(rolls))
print(random.randrange(-50, 50), random.randint(-(2 ** 40), 2 ** 40), random.randrange(0, 2 ** 50, 7))
