# A global that only a never-called function assigns: reading it is a
# NameError at run time.
def setter():
    global zz
    zz = 1

def getter():
    return zz + 1

print("start")
print(getter())
print("never printed")
