# Imported first through a: module bodies run in import order.
print("b: loading")
BASE = 21
