# Printing nested containers: str elements are shown with repr (quotes, escapes).
print(["a", "b'c", 'd"e', "f'g\"h", "tab\there", "nl\n", "back\\slash"])
print([[], [[]], [[], [1]]], [()], [(1,)], ((),))
print({"k": ["v1", "v2"], "n": []}, {1: {2: {3: "deep"}}})
print([1.0, 0.1, -0.0, 1e16, 1e-5, 2.5e-7, float("inf"), 123456789.125])
print([None, True, False], (None,), {0: None}, {"n": None})
print([(1, "one"), (2, "two")], {(1, 2): [3.5]})
print(str(["x"]), repr(["x"]), str("x"), repr("x"), f"{['x']}")
print([str(1), repr("q")], ["", " "], [""])
words = ["don't", "say", '"hi"']
print(words, len(words[0]))
print({"empty": [], "sets": [set(), {1}]}, [{}, {"a": 1}])
print([["é", "ß"], ["日本"], ["\u00a0", "\x07"]])
