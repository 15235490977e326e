# float() rejects misplaced underscores; the message shows repr of the input.
print(float("1_0"), float("1_0.5"), float("1.5_5"), float("1e1_0"), float(" 1_0 "))
print("now bad")
print(float("1__0"))
