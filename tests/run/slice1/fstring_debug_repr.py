# The = specifier and !r conversion (on strings) inside f-strings.
x = 5
y = 2.5
name = "pyrt"
flag = True
none = None
print(f"{x=}", f"{y=}", f"{name=}", f"{flag=}", f"{none=}")
print(f"{x = }", f"{y =}", f"{name= }", f"{x * 2 + 1=}")
print(f"{x=:5d}|", f"{y=:.3f}", f"{name=:>8}", f"{x=:+}")
print(f"{name!r}", f"{name!r:<8}|", f"{'a' + name!r}", f"{name!r:>10}")
q = "it's"
dq = 'say "hi"'
both = "it's \"both\""
print(f"{q!r}", f"{dq!r}", f"{both!r}")
esc = "tab\there\nnewline\\slash"
print(f"{esc!r}", f"{esc=}")
uni = "héllo 日本 😀"
print(f"{uni!r}", f"{uni=}")
ctrl = "\x00\x07\x1b\x7f"
print(f"{ctrl!r}", len(ctrl))
z = -0.0
big = 1e22
print(f"{z=}", f"{big=}", f"{1/3=}", f"{0.1 + 0.2 = }")
empty = ""
print(f"{empty!r}", f"{empty=}", f"{name[1:3]=}", f"{len(name)=}")
