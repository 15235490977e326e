# input(): lines of stdin without their newline; EOFError at the end (tests run
# with no stdin, so the first call already meets the end).
total = 0
count = 0
while True:
    try:
        line = input("> ")
    except EOFError:
        print("end of input after", count, "lines")
        break
    count += 1
    total += int(line)
print(total)
