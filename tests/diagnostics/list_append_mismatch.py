# Out of the subset: a list of ints later receiving a str, so its element type does not unify.
scores = [10, 20]
scores.append(30)
scores.append("forty")  # <-- error
print(scores)
