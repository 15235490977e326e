# Format specs applied to strings, and fill characters.
s = "pyrt"
print(f"[{s:>10}] [{s:<10}] [{s:^10}] [{s:^9}] [{s:10}] [{s:2}]")
print(f"[{s:*^12}] [{s:-<8}] [{s:0>8}] [{s:.>7}] [{s:#^11}] [{s:=^5}]")
print(f"[{s:.2}] [{s:8.3}] [{s:>8.1}] [{s:^8.0}] [{'':5}] [{'':*^4}]")
print(f"[{'日本':*^6}] [{'😀':-^5}] [{'héllo':>8}] [{'a😀b':.2}]")
print(f"[{s!r}] [{s!r:>8}] [{s!r:*<9}]")
width = 12
for i in range(1, 6):
    word = s[:i]
    print(f"|{word:<{width}}|{word:^{width}}|{word:>{width}}|")
left = "name"
right = "value"
print(f"{left:<10}{right:>10}")
print(f"{'-' * 20}")
print(f"{'alpha':<10}{'1':>10}")
print(f"{'beta':<10}{'22':>10}")
print(f"{'gamma':<10}{'333':>10}")
fill = "~"
print(f"{'mid':{fill}^15}", f"{'end':{fill}>{width}}")
print(f"{{literal}} {s}{{}} {{{s}}}")
print(f"{s + s:>10}", f"{s[::-1]:^8}", f"{s[1:3]:_<5}", f"{len(s):>3}")
