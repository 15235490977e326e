print("before")
with open("/dev/null") as fh:  # <-- error
    print("inside")
print("after")
