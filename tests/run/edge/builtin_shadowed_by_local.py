# Locals and parameters named like builtins shadow them inside the function.
def f(max, min=2):
    round = max * 10 + min
    return round

def g(s):
    len = 0
    for i in range(3):
        len = len + i
    return len

print(f(3), f(4, min=5), g("abcdef"))
print(max(1, 2), min(3, 4), round(2.5), len("xy"))
