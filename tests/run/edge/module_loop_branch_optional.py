# Module-level (global) variables initialised to None and assigned in a loop
# branch, and a module global assigned only inside a loop branch.
best = None
for i in range(10):
    if i % 4 == 3:
        best = i
print(best)
k = 0
while k < 5:
    k += 1
    if k == 4:
        found = "at " + str(k)
print(found)
for j in range(3):
    if j > 5:
        never = j
print("before never")
print(never)
