# Fannkuch-redux: "pancake flipping" over every permutation of 1..n.
#
# Origin: the "fannkuch" benchmark (from the Lisp community, Anderson and Rettig's paper
# "Performing Lisp Analysis of the FANNKUCH Benchmark"), in the "redux" form of the
# Computer Language Benchmarks Game: for each permutation in a fixed generation order,
# repeatedly reverse the first k elements where k is the first element, count the flips
# until 1 comes first, and report the maximum flip count and a checksum that adds the
# flip counts with alternating signs. This is an independent implementation written for
# the pyrt test corpus, in the RPython 3 subset: integer lists, slices, while loops.
#
# Reference values: n = 7 gives checksum 228 and 16 flips; n = 9 gives 8629 and 30.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        # count the flips of this permutation
        first = perm1[0]
        if first != 0:
            perm = perm1[:]
            flips = 0
            k = first
            while k != 0:
                i = 0
                j = k
                while i < j:
                    t = perm[i]
                    perm[i] = perm[j]
                    perm[j] = t
                    i += 1
                    j -= 1
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            if perm_index % 2 == 0:
                checksum += flips
            else:
                checksum -= flips
        # next permutation: rotate prefixes, as an odometer over count[]
        while True:
            if r == n:
                return checksum, max_flips, perm_index + 1
            p0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_index += 1


def entry_point(argv):
    n = 9
    if len(argv) > 1:
        n = int(argv[1])
    for m in range(3, n + 1):
        checksum, flips, perms = fannkuch(m)
        print(f"{checksum}\nPfannkuchen({m}) = {flips}  [{perms} permutations]")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
