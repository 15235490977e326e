# List, dict and set comprehensions: conditions, nesting, comprehension scoping.
squares = [i * i for i in range(10)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(i, j) for i in range(4) for j in range(i) if (i + j) % 2 == 1]
print(squares, evens, pairs)
matrix = [[r * 4 + c for c in range(4)] for r in range(3)]
flat = [v for row in matrix for v in row]
transposed = [[row[c] for row in matrix] for c in range(4)]
print(matrix, flat, transposed, sep="\n")
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
lengths = {w: len(w) for w in words}
by_len = {n: [w for w in words if len(w) == n] for n in sorted(set(lengths.values()))}
print(lengths, by_len)
initials = {w[0] for w in words}
print(sorted(initials), len(initials))
mods = {i % 5 for i in range(100) if i % 3 == 0}
print(mods)
labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)
x = 10
vals = [x * 2 for x in range(3)]
print(x, vals)
swapped = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(swapped)
cells = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(cells)
upper = [c.upper() for c in "hello" if c not in "aeiou"]
print(upper, "".join(upper))
nested = [[y for y in range(x)] for x in range(4)]
print(nested)
primes = [n for n in range(2, 50) if all(n % d != 0 for d in range(2, n))]
print(primes)
