# A global created only inside a function (via `global`): reading it at module
# level before the function has run is a NameError.
def setup(n):
    global config_value
    config_value = n * 3

def read():
    return config_value

setup(2)
print(read(), config_value)
setup(5)
print(read())
