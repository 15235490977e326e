# `%` formatting with a mapping: %(key) conversions read the dict's items.
d = {"name": "Ada", "lang": "Python", "(odd)": "parens"}
print("%(name)s writes %(lang)s" % d)
print("%(name)-6s|%(lang)8s|%% done" % d)
print("%(name)r %((odd))s" % d)
n = {"a": 3, "b": 12}
print("%(a)05d %(b)x %(b)o %(a)+d" % n)
try:
    print("%(missing)s" % d)
except KeyError as e:
    print("KeyError", e)
