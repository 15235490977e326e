# Regression (found by a bug hunt): class value from list called.
class Dog:
    pass
kinds = [Dog]
d = kinds[0]()
print("ok")
