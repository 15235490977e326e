# pyrt-hosts: node, js102, c, wasm -- the JavaScriptCore shell's print() always ends the output with a newline
# print() with no arguments, empty strings, sep/end given as None, empty and
# multi-character separators, and end without a newline.
print()
print("")
print("", "")
print("a", "b", sep="")
print("a", "b", "c", sep=None)
print("x", end=None)
print("y", sep=None, end=None)
print(sep="--")
print(end="")
print("no newline", end="")
print(" continued")
print(1, 2.5, True, None, "s", sep=" | ", end=" <\n")
print("multi", "line", sep="\n", end="\n\n")
print("tab", "sep", sep="\t")
print("😀", "😀", sep="😀")
sep = "::"
end = "!\n"
print("vars", "as", "args", sep=sep, end=end)
print(f"", f"{''}", "", sep="[]")
print("last", end="")
