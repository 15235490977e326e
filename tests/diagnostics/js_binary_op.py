import js

n = js.Math.floor(2.5)
print(n + 1)  # <-- error
