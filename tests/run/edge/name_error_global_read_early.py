# A function that reads a global the module assigns only later: NameError
# when called too early, fine afterwards.
def show():
    return "limit=" + str(limit)

def bump():
    global counter
    counter = counter + 1
    return counter

counter = 0
print(bump(), bump())
limit = 3
print(show())
del_later = 1
def early():
    return late_value * 2

print("calling early")
print(early())
late_value = 21
