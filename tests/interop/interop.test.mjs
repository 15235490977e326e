// The JS side of pyrt's interop: modules translated with `pyrt translate
// --backend=js --lib` (tests/interop/lib/, built into $PYRT_INTEROP_DIR by
// tests/interop.rs), imported and exercised here under node's test runner.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { pathToFileURL } from "node:url";

const dir = process.env.PYRT_INTEROP_DIR;
if (!dir) throw new Error("PYRT_INTEROP_DIR is not set: run these tests through `cargo test --test interop`");
const lib = await import(pathToFileURL(path.join(dir, "shapes.mjs")).href);

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");

test("exports: public functions and classes, not private ones", () => {
  for (const name of ["Counter", "add", "greet", "total", "same", "__pyrt__"]) assert.ok(name in lib, name);
  assert.ok(!("_private" in lib));
  assert.ok(!("_shared" in lib));
});

test("scalars convert both ways", () => {
  assert.equal(lib.add(2, 40), 42);
  assert.equal(lib.ratio(1, 4), 0.25);
  assert.equal(lib.greet("js", true), "HELLO, JS");
  assert.equal(lib.maybe(null), "nothing");
  assert.equal(lib.maybe(undefined), "nothing");
  assert.equal(lib.maybe(7), "got 7");
});

test("wrong argument types are TypeErrors naming the parameter", () => {
  assert.throws(() => lib.add("2", 3), { name: "TypeError", message: /add\(\) argument 'a' must be int/ });
  assert.throws(() => lib.add(1, 2.5), { name: "TypeError", message: /argument 'b' must be int/ });
  assert.throws(() => lib.greet("x", 1), { name: "TypeError", message: /argument 'loud' must be bool/ });
  assert.throws(() => lib.total([1, "2"]), { name: "TypeError", message: /argument 'xs'\[1\] must be int/ });
  assert.throws(() => lib.bump({ n: 1 }, 1), { name: "TypeError", message: /argument 'c' must be Counter/ });
});

test("Python exceptions reach JS as Errors named after the Python class", () => {
  assert.throws(() => lib.fail("bad input"), (e) => e instanceof Error && e.name === "ValueError" && e.message === "bad input");
  assert.throws(() => lib.divide(1, 0), { name: "ZeroDivisionError", message: "integer division or modulo by zero" });
});

test("JS exceptions are catchable in Python with their message", () => {
  assert.equal(lib.call_js(() => { throw new RangeError("out of range"); }), "caught: out of range");
  assert.equal(lib.call_js(() => {}), "no error");
  // A JS exception nobody catches in Python comes back to JS as itself.
  const boom = new Error("mine");
  assert.throws(() => lib.call_back(() => { throw boom; }, 1), (e) => e === boom);
});

test("identity: the same Python object is the same JS object", () => {
  assert.equal(lib.shared(), lib.shared());
  assert.equal(lib.the_counter(), lib.the_counter());
  const c = new lib.Counter(1);
  assert.equal(lib.same(c), c);
  const o = {};
  assert.equal(lib.same(o), o);
});

test("instances: fields, methods, construction", () => {
  const c = new lib.Counter(5);
  assert.equal(c.n, 5);
  assert.equal(c.add(3), 8);
  assert.equal(lib.bump(c, 2), 10);
  assert.equal(c.n, 10);
  c.n = 1;
  assert.equal(c.add(1), 2);
  assert.throws(() => { c.n = "x"; }, TypeError);
  assert.equal(String(c), "Counter(2)");
  assert.deepEqual(Object.keys(c), ["n"]);
});

test("lists: a live view of the Python list", () => {
  const xs = lib.shared();
  assert.ok(Array.isArray(xs));
  assert.deepEqual([...xs], [1, 2, 3]);
  assert.equal(lib.total([4, 5, 6]), 15);
  assert.equal(xs.map((x) => x * 2).join(","), "2,4,6");
  assert.throws(() => xs.push("four"), TypeError);
  assert.equal(xs.length, 3);
});

test("dicts: a Map-like view", () => {
  const d = lib.tally();
  assert.equal(d.get("a"), 1);
  assert.equal(d.size, 2);
  assert.deepEqual([...d.keys()], ["a", "b"]);
  assert.equal(JSON.stringify(d), '{"a":1,"b":2}');
});

test("callbacks: JS functions called from Python, Python functions from JS", () => {
  assert.equal(lib.call_back((x) => x + 1, 41), 42);
  const seen = [];
  lib.hand_out((f) => seen.push(f(1)), 3);
  assert.deepEqual(seen, [1, 2, 3]);
});

test("promises: async functions are awaitable from JS", async () => {
  assert.equal(await lib.after(1, 21), 42);
  assert.equal(await lib.slow_sum(3, 4), 7);
  await assert.rejects(lib.slow_fail("k"), { name: "KeyError", message: "'k'" });
});

test("no leaks: 100,000 callbacks handed to JS and dropped", async () => {
  // Collect until the count settles (earlier tests' faces may still be live).
  // Each round lets the current job end first: a host keeps what a WeakRef
  // made or read in a job alive until the job ends (the wasm backend's
  // loader finds a Python object's proxy through one).
  const settle = async () => {
    let last = -1;
    for (let i = 0; i < 50 && lib.__pyrt__.liveProxies() !== last; i++) {
      last = lib.__pyrt__.liveProxies();
      await new Promise((r) => setTimeout(r, 0));
      gc();
      await new Promise((r) => setTimeout(r, 5));
    }
    return lib.__pyrt__.liveProxies();
  };
  const base = await settle();
  let kept = [];
  assert.equal(lib.hand_out((f) => kept.push(f), 100000), 100000);
  assert.equal(lib.__pyrt__.liveProxies() - base, 100000);
  kept = null;
  assert.equal(await settle(), base);
});
