# Building lists: repetition, concatenation, +=, *=, min/max/sum over lists, sequences of floats.
zeros = [0] * 5
ones = [1] * 3
both = zeros + ones
print(zeros, ones, both, len(both))
both *= 2
print(both, both.count(1))
pattern = ["ab", "c"] * 3
print(pattern, "".join(pattern))
acc = []
for i in range(6):
    acc += [i, -i]
print(acc, sum(acc), min(acc), max(acc))
vals = [0.5 * i for i in range(7)]
print(vals, sum(vals), max(vals) - min(vals))
empty = []
print(empty * 4, [] + [], len(empty + [1]))
table = []
for r in range(4):
    row = []
    for c in range(r + 1):
        row.append(1 if c == 0 or c == r else table[r - 1][c - 1] + table[r - 1][c])
    table.append(row)
print(table)
print([len(r) for r in table], sum([sum(r) for r in table]))
fizz = []
for n in range(1, 16):
    fizz.append("FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n))
print(" ".join(fizz))
