# print() with several arguments, sep= and end=.
print()
print(1, "a", 2.5, None, True, -0.0)
print(1, 2, 3, sep="")
print(1, 2, 3, sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
print(end="")
print("", "", sep="|")
print(sep="-")
print("only", end="\n\n")
print("tab", "sep", sep="\t")
for i in range(5):
    print(i, end=" ")
print()
for i in range(3):
    print(i, i * i, i * 0.5, sep=":", end=";")
print("")
sp = " + "
total = 0
for i in range(1, 6):
    total += i
    if i < 5:
        print(i, end=sp)
    else:
        print(i, end=" = ")
print(total)
print("日本", "😀", sep="😀", end="日\n")
print(None, None, sep="")
print(True, False, sep=" and ")
print("a" * 3, 2 ** 10, 1 / 8, sep="|", end="|\n")
