# At module level a loop variable of a zero-iteration loop is a NameError.
for k in range(3):
    pass
print("k after loop", k)
for j in range(5, 5):
    print("body", j)
print("j after empty loop")
print(j)
