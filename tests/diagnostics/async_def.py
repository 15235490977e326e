x = 1

async def fetch(n):  # <-- error
    return n + 1

print(x)
