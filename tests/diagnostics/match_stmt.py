n = 2
match n:  # <-- error
    case 1:
        print("one")
    case _:
        print("other")
print(n)
