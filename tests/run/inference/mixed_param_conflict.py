def show(x):
    print(x)

show(1)
show("a")
