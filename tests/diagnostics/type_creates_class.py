# Out of the subset: classes created at run time by type(name, bases, dict).
def make_point_class(fields):
    return type("Point", (), {"fields": fields})  # <-- error


Point = make_point_class(["x", "y"])
print(Point.fields)
