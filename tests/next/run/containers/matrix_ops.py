# Lists of lists: matrix product, transpose, identity, power, determinant (fractions-free).
def mat_mul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    return [[sum(a[i][t] * b[t][j] for t in range(k)) for j in range(m)] for i in range(n)]


def transpose(a):
    return [[row[j] for row in a] for j in range(len(a[0]))]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def mat_pow(a, e):
    result = identity(len(a))
    base = a
    while e > 0:
        if e & 1:
            result = mat_mul(result, base)
        base = mat_mul(base, base)
        e >>= 1
    return result


def det(a):
    n = len(a)
    if n == 1:
        return a[0][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in a[1:]]
        sign = 1 if c % 2 == 0 else -1
        total += sign * a[0][c] * det(minor)
    return total


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(mat_mul(a, b))
print(transpose(a))
print(identity(3))
fib = [[1, 1], [1, 0]]
print(mat_pow(fib, 10), mat_pow(fib, 70)[0][1])
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(m), det(identity(4)), det([[1, 2], [2, 4]]))
for row in mat_mul(m, transpose(m)):
    print(" ".join(f"{v:4d}" for v in row))
