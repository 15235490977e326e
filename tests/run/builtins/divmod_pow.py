# divmod and pow, including negative operands, floats and three-argument pow.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
for x, y in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (1.0, 0.3)]:
    print(x, y, divmod(x, y))
print(pow(2, 10), pow(2, 0), pow(-3, 3), pow(2.0, -1.0), pow(2.0, 0.5), pow(-8, 1) * pow(10, 2))
print(pow(3, 200, 1000), pow(2, 100, 1000000007), pow(7, 0, 13), pow(-2, 3, 5), pow(5, 3, -7))
print(pow(3, -1, 11), pow(10, -2, 17), (3 * pow(3, -1, 11)) % 11)
print(2 ** 0.5, 4 ** 0.5, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, 10 ** -1)


def modexp(b, e, m):
    result = 1
    b %= m
    while e > 0:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result


print(all(modexp(b, e, 97) == pow(b, e, 97) for b in range(1, 20) for e in range(0, 40, 3)))
q, r = divmod(1000003, 97)
print(q, r, q * 97 + r)
