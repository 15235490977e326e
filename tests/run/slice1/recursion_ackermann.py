# Ackermann function for small inputs, plus a call counter global.
calls = 0

def ack(m, n):
    global calls
    calls += 1
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

for m in range(3):
    for n in range(5):
        calls = 0
        r = ack(m, n)
        print(f"ack({m}, {n}) = {r} in {calls} calls")
calls = 0
print(ack(3, 3), calls)
calls = 0
print(ack(3, 4), calls)

def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    moves = hanoi(n - 1, src, via, dst)
    if n >= 4:
        print("move disk", n, "from", src, "to", dst)
    return moves + 1 + hanoi(n - 1, via, dst, src)

print(hanoi(5, "A", "C", "B"))
