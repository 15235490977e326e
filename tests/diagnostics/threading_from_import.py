# Out of the subset: threads (through `from threading import ...`).
from threading import Thread  # <-- error

results = []
t = Thread(target=lambda: results.append(1))
t.start()
t.join()
print(results)
