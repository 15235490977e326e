import js

async def main():
    x = await 5  # <-- error
    print(x)

main()
