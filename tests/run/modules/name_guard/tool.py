# A helper module with its own `__main__` guard: skipped when imported.
def double(x):
    return x * 2


if __name__ == "__main__":
    print("tool run directly")
    print(double(21))
