# A default argument naming a global that is assigned only later: NameError
# when the `def` statement runs.
print("start")
def f(x=limit_value):
    return x

limit_value = 5
print(f())
