# `ZeroDivisionError: float division by zero` from an average of an empty group.
def average(xs):
    return sum(xs) / float(len(xs))


groups = {"a": [1.0, 2.0], "b": [5.5], "c": []}
for name, xs in groups.items():
    print(name, average(xs))
