# del of list items, slices and dict entries, inside loops and functions.
inventory = {"apples": 3, "pears": 0, "plums": 7, "figs": 0}
for k in [k for k, v in inventory.items() if v == 0]:
    del inventory[k]
print(inventory)
xs = list(range(10))
del xs[-3:]
del xs[::2]
print(xs)
del xs[0], xs[0]
print(xs)


def drop_every(lst, n):
    del lst[n - 1::n]
    return lst


print(drop_every(list("abcdefghij"), 3))
grid = [[1, 2, 3], [4, 5, 6]]
del grid[0][1]
del grid[1][:2]
print(grid)
cache = {(0, 0): "origin", (1, 0): "east"}
del cache[(0, 0)]
print(cache, (0, 0) in cache)
try:
    del cache[(5, 5)]
except KeyError as e:
    print("KeyError:", e)
try:
    del xs[10]
except IndexError as e:
    print("IndexError:", e)
