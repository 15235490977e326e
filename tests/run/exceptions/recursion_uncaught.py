# Unbounded mutual recursion ends with `RecursionError: maximum recursion depth exceeded`.
def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1) + 1


print("starting")
print(ping(0))
