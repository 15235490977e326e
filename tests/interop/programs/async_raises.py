# An exception leaving an async entry point nobody awaits ends the program as
# an uncaught exception in main does.
import js

async def main():
    print("before")
    await js.Promise.resolve(1)
    raise ValueError("after an await")

main()
print("main returned")
