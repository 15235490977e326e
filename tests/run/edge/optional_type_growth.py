# Types that grow during inference: a recursive function returning None on
# one path and an int on another, a global that starts as None, a parameter
# that receives None at one call site and an int at another.
def depth_or_none(n):
    if n < 0:
        return None
    if n == 0:
        return 0
    r = depth_or_none(n - 1)
    if r is None:
        return None
    return r + 1

print(depth_or_none(5), depth_or_none(-1), depth_or_none(0))

cache = None

def get_cached():
    global cache
    if cache is None:
        print("computing")
        cache = 6 * 7
    return cache

print(get_cached(), get_cached(), cache)

def echo(x):
    return x

print(echo(None))
print(echo(3))

def pick(flag):
    v = None
    if flag:
        v = "yes"
    return v

s = pick(True)
t = pick(False)
print(s, t, s is None, t is None, f"{s!r} {t!r}")
