# An uncaught user exception ends the program: the last stderr line is `InventoryError: ...`
# (no `__main__.` prefix for classes of the main script) and the exit status is 1.
class InventoryError(Exception):
    pass


stock = {"apple": 3, "pear": 0}


def take(item, n):
    have = stock.get(item, 0)
    if have < n:
        raise InventoryError(f"cannot take {n} {item}(s), only {have} left")
    stock[item] = have - n
    return stock[item]


print(take("apple", 2))
print(take("apple", 1))
print(take("apple", 1))
print("unreachable")
