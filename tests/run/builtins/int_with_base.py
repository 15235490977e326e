print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("-101", 2), int(" 7_7 ", 8), int("z", 36), int("0", 0), int("0b11", 0))
for s, b in [("12", 2), ("", 10), ("0x", 16), ("1__0", 10), ("09", 0)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError", e)
