# assert: passing asserts, caught AssertionError with and without messages, then an uncaught one.
def checked_sqrt(x):
    assert x >= 0, f"x must be non-negative, got {x}"
    r = x ** 0.5
    assert abs(r * r - x) < 1e-9
    return r


print(checked_sqrt(16.0), checked_sqrt(2.0))
try:
    checked_sqrt(-4.0)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message: [" + str(e) + "]")
items = [3, 1, 2]
assert sorted(items) == [1, 2, 3], "sorting broken"
assert items, "list is empty"
print("asserts passed")
balance = 10
for cost in [3, 4, 5]:
    assert balance >= cost, "insufficient balance: " + str(balance) + " < " + str(cost)
    balance -= cost
    print("paid", cost, "left", balance)
