# Regression (found by a bug hunt): exception args without super init.
class E(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise E(5)
except E as e:
    print(str(e), repr(e))
