x = 1
import os  # <-- error
print(x)
