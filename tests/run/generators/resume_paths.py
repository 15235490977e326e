# Generators that yield from every kind of place: inside try bodies, except
# handlers and finally clauses, nested loops and branches, and generators
# defined inside functions (closures over the enclosing function's variables).


def in_handlers(n: int):
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError("v" + str(i))
            yield i * 10
        except ValueError as e:
            yield -1
            print("handled", e)
            yield -2
        finally:
            yield 100 + i
    yield 999


def nested(rows: int, cols: int):
    r = 0
    while r < rows:
        c = 0
        while True:
            if c >= cols:
                break
            if (r + c) % 2 == 0:
                yield (r, c)
            else:
                for k in range(2):
                    yield (r * 10 + k, -c)
            c += 1
        else:
            yield (-1, -1)
        r += 1


def make_counter(start: int):
    total = start
    step = 2

    def gen(limit: int):
        nonlocal total
        while total < limit:
            total += step
            yield total
        yield -total

    return gen


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closing cleanup")


def raising(n: int):
    for i in range(n):
        yield i
    raise KeyError("done")


def main() -> None:
    print(list(in_handlers(4)))
    print(list(nested(3, 3)))
    g = make_counter(5)
    print(list(g(12)), list(g(20)))
    for x in closing():
        print("got", x)
        break
    try:
        for y in raising(2):
            print("y", y)
    except KeyError as e:
        print("caught", e)
    gens = [in_handlers(1), in_handlers(2)]
    print([sum(1 for _ in q) for q in gens])


main()
