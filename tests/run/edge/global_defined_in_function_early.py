# Reading a global that only a not-yet-called function would create.
def setup(n):
    global config_value
    config_value = n * 3

def read():
    return config_value + 1

print("reading early")
print(read())
setup(1)
