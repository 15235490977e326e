# random: CPython's Mersenne Twister bit for bit, seeded by ints (negative and
# above 32 bits), bools, floats and strs (sha512), and the functions built on it.
import random

random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7), random.randrange(10, 0, -3))
print(random.getrandbits(8), random.getrandbits(40), random.getrandbits(53), random.getrandbits(0))
print(random.choice([1, 2, 3]), random.choice("hello"), random.choice((1.5, 2.5)), random.choice(["x"]))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 2), random.sample("abcdefgh", 3))
print(random.sample(list(range(1000)), 10), random.sample((1, 2, 3), 0))
print(random.uniform(1, 10), random.triangular(), random.triangular(0, 10, 2), random.triangular(5.0, 5.0, 5.0))
print(random.gauss(), random.gauss(5, 2), random.gauss(), random.normalvariate(0, 1), random.expovariate(1.5))
random.seed(12345678901234)
print(random.random())
random.seed(-7)
print(random.random())
random.seed(True)
print(random.random())
random.seed("hello world")
print(random.random())
random.seed("")
print(random.random())
random.seed("\u00e9t\u00e9 \U0001f600")
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(-2.0)
print(random.random())
random.seed(0)
print(random.randint(1, 10 ** 15), random.randrange(-(2 ** 50), 2 ** 50))
random.seed()
r = random.random()
print(0.0 <= r < 1.0)
try:
    print(random.randrange(0))
except ValueError as e:
    print("ValueError", e)
try:
    print(random.randrange(5, 5))
except ValueError as e:
    print("ValueError", e)
try:
    print(random.randrange(0, 10, 0))
except ValueError as e:
    print("ValueError", e)
try:
    print(random.randrange(10, 20, -1))
except ValueError as e:
    print("ValueError", e)
try:
    print(random.choice([]))
except IndexError as e:
    print("IndexError", e)
try:
    print(random.sample([1, 2], 3))
except ValueError as e:
    print("ValueError", e)
try:
    print(random.getrandbits(-1))
except ValueError as e:
    print("ValueError", e)
try:
    print(random.expovariate(0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
