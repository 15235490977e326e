# len, str and repr over every built-in kind of value.
print(len("héllo"), len([1, 2]), len((1, 2, 3)), len({"a": 1}), len({5, 6, 7, 5}), len(range(2, 9)), len(""))
vals = [0.1, 1.0, -2.5e-8, 1e22, 3.0e-310]
for v in vals:
    print(str(v), repr(v), f"{v}", len(str(v)))
print(str(-0), str(10 ** 15), repr(-42), repr(True), repr(None))
print(repr("a'b"), repr('a"b'), repr("a\\b"), repr("\t\n\r"), repr("\x00\x1f\x7f"), repr("\u00ff\u0100"))
print(str((1, "x")), repr([None]), str({1: "one"}), repr({"k": (1.5, False)}))
print(repr(repr("q")), str(str(5)), repr(str(5)), len(repr("abc")))
