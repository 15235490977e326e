# Seeded simulations with random: a random walk, Monte Carlo pi, a shuffled deal.
import random

random.seed(7)
x = 0
y = 0
path = []
for step in range(1000):
    d = random.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
    x += d[0]
    y += d[1]
    if step % 200 == 199:
        path.append((x, y))
print(path, abs(x) + abs(y))
random.seed(123)
inside = 0
n = 20000
for _ in range(n):
    px = random.random()
    py = random.random()
    if px * px + py * py <= 1.0:
        inside += 1
print(inside, 4.0 * inside / n)
random.seed(99)
ranks = "23456789TJQKA"
suits = "shdc"
deck = [r + s for r in ranks for s in suits]
random.shuffle(deck)
hands = [sorted(deck[i * 5:(i + 1) * 5]) for i in range(4)]
for h in hands:
    print(" ".join(h))
print(random.choice(deck), random.randrange(52))
