import js

def delay(ms: int, value: str):
    def run(resolve, reject):
        js.setTimeout(lambda: resolve(value), ms)
    return js.Promise.new(run)

async def work(n: int) -> int:
    print("work starts", n)
    v = await delay(5, "tick")
    print("got", v)
    return n * 2

async def main():
    r = await work(21)
    print("result", int(r))
    try:
        await js.Promise.reject(js.Error.new("nope"))
    except js.JsException as e:
        print("rejected:", e)
    print("done")

main()
print("main returned")
