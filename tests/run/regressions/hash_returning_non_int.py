# Regression (found by a bug hunt): hash returning non int.
class H:
    def __hash__(self):
        return 1.5
s = {H()}
print(len(s))
