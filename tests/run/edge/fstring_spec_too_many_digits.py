# A width that does not fit in a C ssize_t: ValueError while parsing the spec.
v = 2.5
spec = "9223372036854775808.2f"
print(f"[{v:10.2f}]")
print(f"[{v:{spec}}]")
