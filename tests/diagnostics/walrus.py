s = "hello"
if (n := len(s)) > 3:  # <-- error
    print("long")
print(s)
