import js

def f(p):
    return await p  # <-- error

f(js.Promise.resolve(1))
