# A parameter defaulting to None, narrowed by `if x is None: return`: the
# first call passes nothing, a later call passes an int. (With the calls in the
# opposite order pyrt accepts the program.)
def scaled(x=None, k=2):
    if x is None:
        return -1
    return x * k

print(scaled(), scaled(5), scaled(k=3), scaled(x=4, k=0), scaled(None, 9))
