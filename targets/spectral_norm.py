# Spectral norm: the largest singular value of the infinite matrix A with
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), approximated by power iteration.
#
# Origin: the "spectral-norm" program of the Computer Language Benchmarks Game (after a
# problem from the SIAM 100-digit challenge). This is an independent implementation
# written for the pyrt test corpus, in the RPython 3 subset: lists of floats, nested loops,
# a function value for the matrix entries.
#
# Reference value: for n = 100 the result is 1.274219991.
import math


def a_entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(n, v, out):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a_entry(i, j) * v[j]
        out[i] = s


def mul_atv(n, v, out):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a_entry(j, i) * v[j]
        out[i] = s


def mul_atav(n, v, out, tmp):
    mul_av(n, v, tmp)
    mul_atv(n, tmp, out)


def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(n, u, v, tmp)
        mul_atav(n, v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv), sum(u), sum(v)


def entry_point(argv):
    n = 400
    if len(argv) > 1:
        n = int(argv[1])
    small, _, _ = spectral_norm(100)
    print("%.9f" % small)
    norm, su, sv = spectral_norm(n)
    print("%.9f" % norm)
    print(f"{su:.6f} {sv:.6f}")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
