// pyrt's loader for a translated program's WebAssembly module (a WASI
// preview1 command): it supplies the WASI calls the module makes (output,
// clocks, arguments, environment, exit) on node and in browsers, runs it, and
// turns a trap into a clear error instead of a host crash. A library's loader
// (`--lib`) runs the module's body when JS imports it, and exports the
// library's functions and classes.
const wasmUrl = new URL(__PYRT_WASM__, import.meta.url);
/*__PYRT_INTEROP__*/
const isNode = typeof process !== "undefined" && !!process.versions && !!process.versions.node;

class Exit {
  constructor(code) { this.code = code; }
}

async function moduleBytes() {
  if (isNode) {
    const fs = await import("node:fs");
    return fs.readFileSync(wasmUrl);
  }
  const r = await fetch(wasmUrl);
  return new Uint8Array(await r.arrayBuffer());
}

// The module instantiated with `args` (its argv[1:]) and `env`: start() runs
// its body (the program, or the library's module) and gives its exit status.
async function load(args, env, lib) {
  const fs = isNode ? await import("node:fs") : null;
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const argv = [(isNode && process.env.PYRT_ARGV0) || __PYRT_NAME__, ...args].map((a) => enc.encode(a + "\0"));
  const envs = Object.entries(env).map(([k, v]) => enc.encode(`${k}=${v}\0`));
  let memory;
  const view = () => new DataView(memory.buffer);
  const pending = { 1: "", 2: "" };
  const list = (items) => ({
    sizes(pc, ps) {
      view().setUint32(pc, items.length, true);
      view().setUint32(ps, items.reduce((n, a) => n + a.length, 0), true);
      return 0;
    },
    get(pv, pb) {
      const u8 = new Uint8Array(memory.buffer);
      for (const a of items) {
        view().setUint32(pv, pb, true);
        pv += 4;
        u8.set(a, pb);
        pb += a.length;
      }
      return 0;
    },
  });
  const a = list(argv), e = list(envs);
  const wasi = {
    args_sizes_get: a.sizes, args_get: a.get,
    environ_sizes_get: e.sizes, environ_get: e.get,
    fd_write(fd, iovs, n, pnwritten) {
      let total = 0;
      const chunks = [];
      for (let i = 0; i < n; i++) {
        const p = view().getUint32(iovs + 8 * i, true), len = view().getUint32(iovs + 8 * i + 4, true);
        chunks.push(new Uint8Array(memory.buffer, p, len).slice());
        total += len;
      }
      if (fd !== 1 && fd !== 2) return 8; // EBADF
      for (const c of chunks) {
        if (fs) {
          let off = 0;
          while (off < c.length) off += fs.writeSync(fd, c, off);
        } else {
          // Without a file system: whole lines to the console.
          const text = pending[fd] + dec.decode(c, { stream: true });
          const lines = text.split("\n");
          pending[fd] = lines.pop();
          for (const l of lines) (fd === 1 ? console.log : console.error)(l);
        }
      }
      view().setUint32(pnwritten, total, true);
      return 0;
    },
    fd_fdstat_get(fd, p) {
      if (fd > 2) return 8;
      const v = view();
      v.setUint8(p, 2); // a character device
      v.setUint16(p + 2, 0, true);
      v.setBigUint64(p + 8, 0xffffffffffffffffn, true);
      v.setBigUint64(p + 16, 0xffffffffffffffffn, true);
      return 0;
    },
    fd_close: () => 0,
    fd_seek: () => 70, // ESPIPE
    fd_read: () => 8,
    fd_prestat_get: () => 8,
    clock_res_get(id, p) {
      view().setBigUint64(p, 1000n, true);
      return 0;
    },
    clock_time_get(id, precision, p) {
      const ms = id === 0 ? performance.timeOrigin + performance.now() : performance.now();
      const ns = BigInt(Math.round(ms * 1e6));
      view().setBigUint64(p, ns, true);
      return 0;
    },
    random_get(p, n) {
      globalThis.crypto.getRandomValues(new Uint8Array(memory.buffer, p, n));
      return 0;
    },
    sched_yield: () => 0,
    proc_exit(code) {
      throw new Exit(code);
    },
  };
  const imports = { wasi_snapshot_preview1: new Proxy(wasi, { get: (t, k) => t[k] ?? (() => 52 /* ENOSYS */) }) };
  if (interop) imports.pyrt_js = interop.imports;
  const { instance } = await WebAssembly.instantiate(await moduleBytes(), imports);
  memory = instance.exports.memory;
  const drain = () => {
    for (const fd of [1, 2]) if (pending[fd]) (fd === 1 ? console.log : console.error)(pending[fd]);
    pending[1] = pending[2] = "";
  };
  // The status a JS exception out of the module means: the program's exit,
  // or a trap, which is pyrt's bug, never the program's: said plainly.
  const ended = (err) => {
    if (err instanceof Exit) return err.code;
    if (err instanceof WebAssembly.RuntimeError || err instanceof RangeError) {
      const msg = `pyrt: fatal: the WebAssembly module trapped (${err.message}); this is a bug in pyrt\n`;
      if (fs) fs.writeSync(2, msg);
      else console.error(msg.trimEnd());
      return 70;
    }
    throw err;
  };
  if (interop) {
    // Callbacks and timers run Python after main: an exception nobody
    // catches there, or sys.exit, ends the program as it would in main.
    const exit = (code) => {
      drain();
      if (isNode) process.exit(code);
      throw new Exit(code);
    };
    interop.attach(instance.exports, {
      passes: (x) => x instanceof Exit || x instanceof WebAssembly.RuntimeError,
      top: (x) => exit(ended(x)),
      exit,
      lib,
    });
    if (!lib) Object.defineProperty(globalThis, "__pyrt__", { value: interop.api, configurable: true, writable: true });
    if (isNode && !lib) {
      process.on("unhandledRejection", (x) => {
        if (!interop.unhandled(x)) throw x;
      });
    }
  }
  const start = () => {
    let status = 0;
    try {
      interop?.enter();
      instance.exports._start();
    } catch (err) {
      status = ended(err);
    }
    interop?.leave(status !== 0);
    drain();
    return status;
  };
  return { start };
}

//{program
/** Run the program with `args` (its argv[1:]) and `env`; resolves to its exit status. */
export async function run(args = isNode ? process.argv.slice(2) : [], env = isNode ? process.env : {}) {
  return (await load(args, env, false)).start();
}

if (isNode && process.argv[1] && (await import("node:url")).pathToFileURL(process.argv[1]).href === import.meta.url) {
  const status = await run();
  // With JS interop, callbacks may still be due: the event loop runs them,
  // unless main failed.
  if (status !== 0) process.exit(status);
}
//}program
//{library
// The library's body runs as JS imports it (a Python exception leaving it
// fails the import); its exports are JS's proxies of its functions (a
// class's: of its constructor), as `__PYRT_EXPORTS__` lists them (in the
// order of the export statement below): [JS descriptor, function object].
const $library = await (async function (exported) {
  const status = (await load([], isNode ? process.env : {}, true)).start();
  if (status !== 0) throw new Error(`pyrt: the module body of ${__PYRT_NAME__} failed (exit status ${status})`);
  return exported.map(([d, p]) => interop.face(p, d));
})(__PYRT_EXPORTS__);
const $api = interop.api;
//}library

