# Mutable module globals: `counter.count` sees updates; `from counter import count` is a
# snapshot taken at import time, while the shared list object stays shared.
import counter
from counter import count, history

print(counter.count, count)
counter.bump("a")
counter.bump("b")
print(counter.count, count, counter.history, history)
counter.reset()
print(counter.count, counter.history, history)
for name in ["x", "y", "z"]:
    counter.bump(name)
print(counter.count, history, history is counter.history)
