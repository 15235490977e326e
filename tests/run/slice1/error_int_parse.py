# Ends with ValueError from int() of a non-numeric string.
def parse_all(text):
    total = 0
    start = 0
    for i in range(len(text) + 1):
        if i == len(text) or text[i] == ",":
            part = text[start:i]
            value = int(part)
            print("parsed", part, "->", value)
            total += value
            start = i + 1
    return total

print(parse_all("1,22,-333, 4444 ,+5"))
print(parse_all("10,20,abc,40"))
print("never printed")
