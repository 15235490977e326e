# async def on JS hosts: coroutines that await JS promises and each other,
# with their locals kept across awaits, exceptions crossing both ways, and
# Python's order of events as JS schedules them.
import js


def sleep(ms: int):
    def run(resolve, reject):
        js.setTimeout(lambda: resolve(ms), ms)
    return js.Promise.new(run)


class Boom(Exception):
    pass


async def fails_at_once(msg: str) -> int:
    raise Boom(msg)


async def fails_later(msg: str) -> int:
    await sleep(1)
    raise ValueError(msg)


async def keeps_locals(n: int) -> str:
    total = 0
    x = 0.5
    words = ["a"]
    for i in range(n):
        r = await js.Promise.resolve(i)
        total += int(r)
        x *= 2.0
        words.append(str(i))
    return str(total) + " " + str(x) + " " + "".join(words)


async def finally_awaits() -> int:
    try:
        return 7
    finally:
        v = await sleep(2)
        print("finally awaited", int(v))


async def countdown(name: str, times: list[int]) -> int:
    # The timers start together, so they fire in the order of their times
    # however late each one is.
    timers = [sleep(ms) for ms in times]
    for i in range(len(timers)):
        await timers[i]
        print(name, i)
    return len(times)


async def depth(n: int) -> int:
    if n == 0:
        return 0
    r = await depth(n - 1)
    return int(r) + 1


async def tick(label: str):
    await js.Promise.resolve(None)
    print("tick from JS:", label)


async def main():
    print("keeps locals:", await keeps_locals(4))
    try:
        await fails_at_once("at once")
    except Boom as e:
        print("caught Boom:", e)
    p = fails_later("later")
    for attempt in range(2):
        try:
            await p
        except ValueError as e:
            print("caught ValueError", attempt, e)
    print("finally:", int(await finally_awaits()))
    a = countdown("a", [10, 20, 40])
    b = countdown("b", [30, 50])
    print("both:", int(await a) + int(await b))
    print("depth:", int(await depth(200)))
    f = keeps_locals
    print("through a value:", await f(2))
    r = await js.Promise.all([keeps_locals(1), keeps_locals(2)])
    print("all:", r[0], r[1])
    js.setTimeout(tick, 1, "timer")
    await sleep(10)
    try:
        await js.Promise.reject(js.TypeError.new("from JS"))
    except js.JsException as e:
        print("JsException:", e)
    print("main done")


main()
print("main returned")
