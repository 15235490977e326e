# KeyError's message is the repr of the key: strings are quoted, ints and tuples are not.
def lookup_str(d, k):
    try:
        return d[k]
    except KeyError as e:
        print("KeyError:", e, "| repr:", repr(e))
        return -1


def lookup_int(d, k):
    try:
        return d[k]
    except KeyError as e:
        print("KeyError:", e, "| str:", str(e))
        return -1


def lookup_pair(d, k):
    try:
        return d[k]
    except KeyError as e:
        print("KeyError:", e)
        return -1


print(lookup_str({"a": 1}, "x"))
print(lookup_str({"a": 1}, "it's"))
print(lookup_str({"a": 1}, ""))
print(lookup_int({1: 10}, 2))
print(lookup_int({1: 10}, -7))
print(lookup_pair({(1, 2): 3}, (2, 1)))
try:
    raise KeyError("custom message")
except KeyError as e:
    print(e, len(str(e)))
try:
    d = {"k": [1]}
    d["missing"].append(2)
except LookupError as e:
    print("LookupError", e)
