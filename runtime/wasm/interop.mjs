// JS interop on the wasm backend (`import js`): the JS side of the proxy
// tables; runtime/wasm/interop.c is the wasm side, and its head comment the
// design. The loader carries this text for programs that use `js`, with
// `descs`: the JS descriptors of the Python types that cross, which the
// backend writes ({k: "int" | "float" | "bool" | "str" | "none" | "js"},
// {k: "opt", inner}, {k: "fn", name, names, params, ret, thunk, sig}, and
// list, tuple, dict and inst, which carry `cd`, the runtime's descriptor of
// the object, for Python's str() of it).
//
// JS -> Python: a JS value is a handle, (generation << 24) | index, into the
// table below; the same JS value always has the same handle while Python
// holds it (and so the same Python object: `is` holds). null and undefined
// are handle 0, Python's None. Every handle coming from wasm is validated: a
// stale or forged one is an exception in Python, never a wrong value.
// Python -> JS: a Python function (or bound method) is a JS function, its
// "face", made once per object while JS holds it (`===` holds); it keeps a
// pin in the wasm side's table until the host collects it
// (FinalizationRegistry) or `__pyrt__.destroy(face)` lets it go.
function pyrtInterop(descs) {
  const THROWN = 0xffffffff, DONE = 0xfffffffe, MAX_INDEX = 0xfffffd;
  const INT_NONE = -(2n ** 63n), FLOAT_NONE = 0x7ff4000000000dedn;
  // Offsets of the runtime's structs on wasm32 (asserted in runtime/wasm/glue.c).
  const STR_LEN = 16, STR_CP = 32, JS_HANDLE = 16, TYPE_BASE = 8, MAX_ARGS = 64;
  let ex = null, memory = null, hooks = null;
  const dv = () => new DataView(memory.buffer);

  class StaleHandle extends Error {
    constructor(h) { super(`pyrt: a stale or forged JS handle (0x${(h >>> 0).toString(16)}) reached JS`); }
  }

  // ---- the handle table: JS values Python holds ----
  const vals = [undefined], gens = [0], boxes = [0], used = [false], free = [];
  const index = new Map();
  function handle(v) {
    if (v === null || v === undefined) return 0;
    let i = index.get(v);
    if (i === undefined) {
      if (free.length > 0) i = free.pop();
      else {
        i = vals.length;
        if (i > MAX_INDEX) throw new RangeError("pyrt: Python holds too many JS values");
        vals.push(undefined); gens.push(1); boxes.push(0); used.push(false);
      }
      vals[i] = v; boxes[i] = 0; used[i] = true;
      index.set(v, i);
    }
    return ((gens[i] << 24) | i) >>> 0;
  }
  function at(h) {
    const i = h & 0xffffff;
    if (i === 0 || i >= vals.length || !used[i] || gens[i] !== h >>> 24) throw new StaleHandle(h);
    return i;
  }
  const value = (h) => (h === 0 ? null : vals[at(h)]);

  // ---- strings in wasm memory ----
  function readStr(p) {
    const n = Number(dv().getBigInt64(p + STR_LEN, true));
    const cps = new Uint32Array(memory.buffer, p + STR_CP, n);
    let s = "";
    for (let k = 0; k < n; k += 8192) s += String.fromCodePoint.apply(null, cps.subarray(k, Math.min(n, k + 8192)));
    return s;
  }
  function readCStr(p) {
    const u8 = new Uint8Array(memory.buffer);
    let e = p;
    while (u8[e] !== 0) e++;
    return new TextDecoder().decode(u8.subarray(p, e));
  }
  const codePoints = (s) => Array.from(s, (c) => c.codePointAt(0));

  // The text register: what `text` and `error` made, for `take_text`.
  let text = [];
  function putText(s) { text = codePoints(s); return text.length; }

  // ---- exceptions crossing ----
  // What an import that returned THROWN threw: a Python exception (its pin),
  // or a class code (0 JsException, 1 AttributeError, 2 TypeError, 3
  // ValueError, 4 OverflowError, 5 MemoryError) and a message.
  let pending = null, thrown;
  function fail(code, msg) { pending = { code, msg: String(msg) }; return THROWN; }
  function caught(x) {
    if (hooks.passes(x)) throw x; // the program's exit, or a trap: not JS's to catch
    if (x instanceof StaleHandle) return fail(0, x.message);
    if (x !== null && typeof x === "object" && typeof x.$pyrtPin === "number") {
      pending = { pin: x.$pyrtPin };
      return THROWN;
    }
    let msg;
    try { msg = x instanceof Error ? String(x.message) : String(x); } catch (e2) { msg = "<unprintable JS exception>"; }
    fail(0, msg);
    pending.value = x;
    return THROWN;
  }
  // A Python exception leaving Python into JS: an Error named as its class.
  const errors = typeof FinalizationRegistry === "function" ? new FinalizationRegistry((pin) => ex.pyrt_js_unpin(pin)) : null;
  function pyError(pin) {
    // A JsException made from a JS exception: that JS value itself.
    const h = ex.pyrt_js_exc_value(pin);
    if (h !== 0) {
      ex.pyrt_js_unpin(pin);
      return value(h);
    }
    const msg = readStr(ex.pyrt_js_exc_message(pin));
    const err = new Error(msg);
    err.name = readCStr(ex.pyrt_js_exc_name(pin));
    Object.defineProperty(err, "$pyrtPin", { value: pin });
    if (errors) errors.register(err, pin);
    return err;
  }

  // Python's str() of the object at p (cd: its runtime descriptor); an
  // exception it raises is thrown.
  function pyStr(p, cd) {
    const s = ex.pyrt_js_str_of(p, cd);
    const pin = ex.pyrt_js_take_exc();
    if (pin !== 0) throw pyError(pin);
    return readStr(s);
  }

  // ---- Python values as JS sees them (by descriptor) ----
  const f64 = new DataView(new ArrayBuffer(8));
  function fromPy(d, bits) {
    switch (d.k) {
      case "none": return null;
      case "bool": return bits === 2n ? null : bits !== 0n;
      case "int": return bits === INT_NONE ? null : Number(bits);
      case "float":
        if (BigInt.asUintN(64, bits) === FLOAT_NONE) return null;
        f64.setBigInt64(0, bits, true);
        return f64.getFloat64(0, true);
      case "opt": return fromPy(descs[d.inner], bits);
    }
    const p = Number(BigInt.asUintN(32, bits));
    if (p === 0) return null;
    switch (d.k) {
      case "str": return readStr(p);
      case "js": return value(dv().getUint32(p + JS_HANDLE, true));
      case "fn": case "list": case "tuple": case "dict": case "set": case "inst": return face(p, d);
    }
    throw new Error(`pyrt: no JS descriptor kind ${d.k}`);
  }

  // ---- faces: JS's proxies of Python objects ----
  const faces = new Map(); // object address -> { p, pin, ref, token }
  const targets = new WeakMap(); // face -> its entry
  let live = 0;
  const registry = typeof FinalizationRegistry === "function" ? new FinalizationRegistry(released) : null;
  function face(p, d) {
    let e = faces.get(p);
    if (e !== undefined) {
      const f = e.ref.deref();
      if (f !== undefined) return f;
    } else {
      const pin = ex.pyrt_js_pin(p);
      if (pin === 0) throw new RangeError("pyrt: JS holds too many Python objects");
      e = { p, pin, ref: null, token: 0 };
      faces.set(p, e);
    }
    const f = d.k === "fn" ? fnFace(e, d) : d.k === "dict" ? new DictFace(e, d) : d.k === "set" ? new SetFace(e, d) : d.k === "inst" ? instFace(e, d) : listFace(e, d);
    e.token++;
    e.ref = new WeakRef(f);
    live++;
    targets.set(f, { e, d });
    if (registry) registry.register(f, { e, token: e.token }, f);
    return f;
  }
  function released(r) {
    live--;
    if (r.e.token === r.token && faces.get(r.e.p) === r.e) {
      faces.delete(r.e.p);
      ex.pyrt_js_unpin(r.e.pin);
    }
  }
  function destroy(f) {
    const t = targets.get(f);
    if (t === undefined) return;
    targets.delete(f);
    if (registry) registry.unregister(f);
    live--;
    if (faces.get(t.e.p) === t.e) faces.delete(t.e.p);
    ex.pyrt_js_unpin(t.e.pin);
  }

  // The object behind a face, validated.
  function target(e, what) {
    const p = ex.pyrt_js_pinned(e.pin);
    if (p === 0) throw new TypeError(`pyrt: ${what} through a proxy that was released`);
    return p;
  }
  // The array index a property key names, or -1.
  function arrayIndex(k) {
    if (typeof k !== "string" || k.length === 0 || k.length > 15) return -1;
    const c = k.charCodeAt(0);
    if (c < 48 || c > 57 || (c === 48 && k.length > 1)) return -1;
    const n = Number(k);
    return Number.isSafeInteger(n) ? n : -1;
  }
  // A list or tuple: an Array proxy over the Python object itself. Reads
  // convert its items out; writes (a list's) check and convert them in.
  function listFace(e, d) {
    const tuple = d.k === "tuple";
    const LIST_LEN = 24, LIST_ITEMS = 40, TUPLE_ITEMS = 32;
    const len = (p) => Number(dv().getBigInt64(p + LIST_LEN, true));
    const item = (p, i) => {
      const at = tuple ? p + TUPLE_ITEMS + 8 * i : dv().getUint32(p + LIST_ITEMS, true) + 8 * i;
      return fromPy(descs[tuple ? d.elems[i] : d.elem], dv().getBigInt64(at, true));
    };
    return new Proxy([], {
      get(t, k) {
        if (k === "length") return len(target(e, "a Python list was read"));
        const i = arrayIndex(k);
        if (i >= 0) {
          const p = target(e, "a Python list was read");
          return i < len(p) ? item(p, i) : undefined;
        }
        if (k === "toString") return function () { return Array.prototype.join.call(this); };
        return Array.prototype[k];
      },
      set(t, k, v) {
        if (tuple) throw new TypeError("a Python tuple is read-only");
        const i = arrayIndex(k);
        if (i >= 0) {
          const p = target(e, "a Python list was written");
          if (i > len(p)) throw new TypeError(`a Python list takes items at its end, not past it (index ${i}, length ${len(p)})`);
          toPy(v, descs[d.elem], 0, `list element ${i}`);
          const ok = ex.pyrt_js_list_store(p, BigInt(i), 0);
          ex.pyrt_js_slots_clear();
          if (!ok) throw new RangeError("pyrt: out of memory (MemoryError) growing a Python list");
          return true;
        }
        if (k === "length" && Number.isSafeInteger(v) && v >= 0) {
          const p = target(e, "a Python list was written");
          if (v > len(p)) throw new TypeError("a Python list grows only by its items (push), not by its length");
          ex.pyrt_js_list_truncate(p, BigInt(v));
          return true;
        }
        throw new TypeError(`a Python list takes only items and its length, not '${String(k)}'`);
      },
      has(t, k) {
        const i = arrayIndex(k);
        return i >= 0 ? i < len(target(e, "a Python list was read")) : k === "length" || k in Array.prototype;
      },
      deleteProperty() { throw new TypeError("delete on a Python list is not supported; use splice()"); },
    });
  }

  // A dict: a Map-like object over the Python object itself.
  const DICT_LEN = 24, DICT_USED = 32, DICT_ENTRIES = 48, ENTRY = 24;
  class DictFace {
    constructor(e, d) {
      Object.defineProperty(this, "$e", { value: e });
      Object.defineProperty(this, "$d", { value: d });
    }
    get size() { return Number(dv().getBigInt64(target(this.$e, "a Python dict was read") + DICT_LEN, true)); }
    // The entry number of key k (converted in), or -1.
    find(k) {
      const p = target(this.$e, "a Python dict was read");
      toPy(k, descs[this.$d.key], 0, "dict key");
      const j = Number(ex.pyrt_js_dict_find(p));
      ex.pyrt_js_slots_clear();
      return [p, j];
    }
    get(k) {
      const [p, j] = this.find(k);
      return j < 0 ? undefined : fromPy(descs[this.$d.val], dv().getBigInt64(dv().getUint32(p + DICT_ENTRIES, true) + ENTRY * j + 16, true));
    }
    has(k) { return this.find(k)[1] >= 0; }
    set(k, v) {
      const p = target(this.$e, "a Python dict was written");
      try {
        toPy(k, descs[this.$d.key], 0, "dict key");
        toPy(v, descs[this.$d.val], 1, "dict value");
        if (!ex.pyrt_js_dict_set(p, 0, 1)) throw new RangeError("pyrt: out of memory (MemoryError) growing a Python dict");
      } finally {
        ex.pyrt_js_slots_clear();
      }
      return this;
    }
    delete(k) {
      const [p, j] = this.find(k);
      if (j < 0) return false;
      toPy(k, descs[this.$d.key], 0, "dict key");
      ex.pyrt_js_dict_delete(p);
      ex.pyrt_js_slots_clear();
      return true;
    }
    // The live entries, in Python's order, converted out (a snapshot).
    *entries() {
      const p = target(this.$e, "a Python dict was read");
      const v = dv(), used = Number(v.getBigInt64(p + DICT_USED, true)), base = v.getUint32(p + DICT_ENTRIES, true);
      const all = [];
      for (let j = 0; j < used; j++) {
        const at = base + ENTRY * j;
        if (v.getBigInt64(at, true) === -1n) continue;
        all.push([fromPy(descs[this.$d.key], v.getBigInt64(at + 8, true)), fromPy(descs[this.$d.val], v.getBigInt64(at + 16, true))]);
      }
      yield* all;
    }
    *keys() { for (const [k] of this.entries()) yield k; }
    *values() { for (const [, x] of this.entries()) yield x; }
    forEach(f) { for (const [k, x] of this.entries()) f(x, k, this); }
    [Symbol.iterator]() { return this.entries(); }
    // JSON.stringify: a dict is an object.
    toJSON() { return Object.fromEntries(this.entries()); }
  }

  // A set: a Set-like object over the Python object itself.
  class SetFace {
    constructor(e, d) {
      Object.defineProperty(this, "$e", { value: e });
      Object.defineProperty(this, "$d", { value: d });
    }
    get size() { return Number(ex.pyrt_m_set_len(target(this.$e, "a Python set was read"))); }
    // Call f on the set with x converted into slot 0 (its result: -1 after MemoryError).
    with(x, what, f) {
      const p = target(this.$e, what);
      try {
        toPy(x, descs[this.$d.elem], 0, "set element");
        const r = f(p);
        if (r < 0) throw new RangeError("pyrt: out of memory (MemoryError) in a Python set");
        return r;
      } finally {
        ex.pyrt_js_slots_clear();
      }
    }
    has(x) { return this.with(x, "a Python set was read", ex.pyrt_js_set_has) === 1; }
    add(x) {
      this.with(x, "a Python set was written", ex.pyrt_js_set_add);
      return this;
    }
    delete(x) {
      if (!this.has(x)) return false;
      this.with(x, "a Python set was written", ex.pyrt_js_set_discard);
      return true;
    }
    // The items, in Python's order, converted out (a snapshot).
    *values() {
      const p = target(this.$e, "a Python set was read"), bits = [];
      for (let i = ex.pyrt_js_set_next(p, 0n); i >= 0n; i = ex.pyrt_js_set_next(p, i + 1n)) bits.push(ex.pyrt_js_set_key(p, i));
      const items = bits.map((b) => fromPy(descs[this.$d.elem], b));
      yield* items;
    }
    keys() { return this.values(); }
    forEach(f) { for (const x of this.values()) f(x, x, this); }
    [Symbol.iterator]() { return this.values(); }
    toString() { return pyStr(target(this.$e, "a Python set was read"), this.$d.cd); }
    toJSON() { return Array.from(this.values()); }
  }

  // An instance: its fields and its methods (bound to it), by its class's descriptor.
  function instFace(e, d) {
    const fields = new Map(d.fields.map(([name, off, fd]) => [name, [off, descs[fd]]]));
    const methods = new Map(d.methods.map(([name, code, fd, qual]) => [name, [code, descs[fd], qual]]));
    const bound = new Map();
    const str = () => pyStr(target(e, `a Python ${d.cls} was read`), d.cd);
    return new Proxy({}, {
      get(t, k) {
        if (typeof k !== "string") return k === Symbol.toPrimitive ? str : undefined;
        const m = methods.get(k);
        if (m !== undefined) {
          let f = bound.get(k);
          if (f === undefined) {
            const fp = ex.pyrt_func_new(m[0], target(e, `a Python ${d.cls} was read`), m[2]);
            if (fp === 0) throw new RangeError("pyrt: out of memory (MemoryError) binding a method");
            f = face(fp, m[1]);
            bound.set(k, f);
          }
          return f;
        }
        const fd = fields.get(k);
        if (fd !== undefined) return fromPy(fd[1], dv().getBigInt64(target(e, `a Python ${d.cls} was read`) + fd[0], true));
        if (k === "toString") return str;
        return undefined;
      },
      set(t, k, v) {
        const fd = typeof k === "string" ? fields.get(k) : undefined;
        if (fd === undefined) throw new TypeError(`'${d.cls}' object has no attribute '${String(k)}' that JS may set`);
        const p = target(e, `a Python ${d.cls} was written`);
        try {
          toPy(v, fd[1], 0, `attribute '${k}'`);
          ex.pyrt_js_store(p, fd[0]);
        } finally {
          ex.pyrt_js_slots_clear();
        }
        return true;
      },
      has(t, k) { return typeof k === "string" && (methods.has(k) || fields.has(k)); },
      ownKeys() { return [...fields.keys()]; },
      getOwnPropertyDescriptor(t, k) {
        const fd = typeof k === "string" ? fields.get(k) : undefined;
        if (fd === undefined) return undefined;
        return { value: this.get(t, k), writable: true, enumerable: true, configurable: true };
      },
    });
  }

  // JS -> Python: argument i of a call into slot i, by descriptor (a JS
  // TypeError when it does not fit). A JS Array, Map or plain object where a
  // list, tuple or dict goes is copied into a new one, its items converted
  // through the slots after i.
  function toPy(v, d, i, what) {
    if (i >= MAX_ARGS) throw new TypeError(`${what} is nested too deeply to convert for Python`);
    const slot = Number(ex.pyrt_js_slots_at()) + 8 * i;
    const put = (b) => {
      new Uint8Array(memory.buffer)[ex.pyrt_js_slot_kinds_at() + i] = 0; // not a reference
      dv().setBigInt64(slot, b, true);
    };
    const oom = (what) => new RangeError(`pyrt: out of memory (MemoryError) ${what}`);
    switch (d.k) {
      case "int":
        if (typeof v === "number" && Number.isSafeInteger(v)) return put(BigInt(v));
        if (typeof v === "bigint" && v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n) return put(v);
        break;
      case "float":
        if (typeof v === "number") {
          put(0n);
          return dv().setFloat64(slot, v, true);
        }
        break;
      case "bool": if (typeof v === "boolean") return put(v ? 1n : 0n); break;
      case "none": if (v === null || v === undefined) return put(0n); break;
      case "opt":
        if (v === null || v === undefined) {
          const inner = descs[d.inner].k;
          return put(inner === "int" ? INT_NONE : inner === "float" ? BigInt.asIntN(64, FLOAT_NONE) : inner === "bool" ? 2n : 0n);
        }
        return toPy(v, descs[d.inner], i, what);
      case "str":
        if (typeof v === "string") {
          const cps = codePoints(v);
          const p = ex.pyrt_js_slot_str(i, BigInt(cps.length));
          if (p === 0) throw oom("converting a string for Python");
          new Uint32Array(memory.buffer, p + STR_CP, cps.length).set(cps);
          return;
        }
        break;
      case "js":
        if (!ex.pyrt_js_slot_box(i, handle(v))) throw oom("holding a JS value for Python");
        return;
      case "fn": case "list": case "tuple": case "dict": case "set": case "inst": {
        const t = v !== null && (typeof v === "function" || typeof v === "object") ? targets.get(v) : undefined;
        if (t !== undefined && fits(t, d)) {
          if (!ex.pyrt_js_slot_pinned(i, t.e.pin)) throw new TypeError(`${what} is a proxy of a Python object that was released`);
          return;
        }
        if (t !== undefined || d.k === "set" || !Array.isArray(v) && d.k !== "dict") break;
        if (d.k === "list") {
          if (!ex.pyrt_js_slot_list(i, d.cd, BigInt(v.length))) throw oom("making a list");
          const list = dv().getUint32(slot, true);
          for (let k = 0; k < v.length; k++) {
            toPy(v[k], descs[d.elem], i + 1, `${what}[${k}]`);
            if (!ex.pyrt_js_list_store(list, BigInt(k), i + 1)) throw oom("growing a list");
          }
          return;
        }
        if (d.k === "tuple" && v.length === d.elems.length) {
          if (!ex.pyrt_js_slot_tuple(i, d.cd, BigInt(v.length))) throw oom("making a tuple");
          for (let k = 0; k < v.length; k++) {
            toPy(v[k], descs[d.elems[k]], i + 1, `${what}[${k}]`);
            ex.pyrt_js_slot_tuple_set(i, BigInt(k), i + 1);
          }
          return;
        }
        const entries = v instanceof Map ? [...v].map(([k, x]) => [k, x, `${what} key`, `${what} value`])
          : d.k === "dict" && v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype && descs[d.key].k === "str"
            ? Object.keys(v).map((k) => [k, v[k], `${what} key`, `${what}['${k}']`]) : null;
        if (d.k !== "dict" || entries === null) break;
        if (!ex.pyrt_js_slot_dict(i, d.cd)) throw oom("making a dict");
        const dict = dv().getUint32(slot, true);
        for (const [k, x, kw, xw] of entries) {
          toPy(k, descs[d.key], i + 1, kw);
          toPy(x, descs[d.val], i + 2, xw);
          if (!ex.pyrt_js_dict_set(dict, i + 1, i + 2)) throw oom("growing a dict");
        }
        return;
      }
    }
    throw new TypeError(`${what} must be ${typeName(d)}, not ${typeOf(v)}`);
  }
  // Whether the Python object behind a proxy (t: its entry) fits descriptor
  // d: of the same type, or (an instance) of a class derived from d's.
  function fits(t, d) {
    if (t.d === d) return true;
    if (d.k === "fn") return t.d.k === "fn" && t.d.sig === d.sig;
    if (d.k !== "inst" || t.d.k !== "inst") return false;
    const v = dv(), p = ex.pyrt_js_pinned(t.e.pin);
    for (let c = p === 0 ? 0 : v.getUint32(p, true); c !== 0; c = v.getUint32(c + TYPE_BASE, true)) {
      if (c === d.tid) return true;
    }
    return false;
  }
  function typeName(d) {
    switch (d.k) {
      case "int": return "int (an integral number)";
      case "float": return "float (a number)";
      case "str": return "str (a string)";
      case "bool": return "bool (a boolean)";
      case "none": return "None (null or undefined)";
      case "opt": return typeName(descs[d.inner]) + " or None";
      case "fn": return "a Python function of the same signature";
      case "list": return `${d.py} (an Array)`;
      case "tuple": return `${d.py} (an Array of ${d.elems.length})`;
      case "dict": return `${d.py} (a Map)`;
      case "set": return d.py;
      case "inst": return d.cls;
      default: return d.k;
    }
  }
  function typeOf(v) {
    if (v === null) return "null";
    const t = typeof v === "object" || typeof v === "function" ? targets.get(v) : undefined;
    if (t !== undefined) return t.d.k === "fn" ? "function" : t.d.k === "inst" ? t.d.cls : t.d.py;
    if (Array.isArray(v)) return "Array";
    if (typeof v === "object") {
      const c = v.constructor;
      return c && typeof c.name === "string" && c.name !== "" ? c.name : "object";
    }
    if (typeof v === "number" && !Number.isInteger(v)) return "number " + String(v);
    return typeof v;
  }

  // Entries into Python from JS: 0 while nothing runs (the event loop).
  let depth = 0;
  function fnFace(e, d) {
    return function (...args) {
      const p = ex.pyrt_js_pinned(e.pin);
      if (p === 0) throw new TypeError(`pyrt: ${d.name}() was called through a proxy that was released`);
      const n = d.params.length;
      try {
        for (let i = 0; i < n; i++) toPy(args[i], descs[d.params[i]], i, `${d.name}() argument '${d.names[i]}'`);
      } catch (x) {
        ex.pyrt_js_slots_clear();
        throw x;
      }
      let bits;
      depth++;
      try {
        bits = ex[d.thunk](p, ex.pyrt_js_slots_at());
      } catch (x) {
        if (depth === 1) hooks.top(x);
        throw x;
      } finally {
        depth--;
        if (n > 0) ex.pyrt_js_slots_clear();
      }
      const pin = ex.pyrt_js_take_exc();
      if (pin !== 0) {
        // An exception nobody catches ends a program; a library's caller gets it.
        if (depth === 0 && !hooks.lib) hooks.exit(ex.pyrt_js_uncaught(pin));
        throw pyError(pin);
      }
      const r = fromPy(descs[d.ret], bits);
      if (depth === 0) {
        ex.pyrt_flush();
        ex.pyrt_js_idle();
      }
      return r;
    };
  }

  // Coroutines waiting: their Promise's resolve and reject, by pin.
  const coroutines = new Map();
  // A promise a coroutine awaits settled: it goes on (an entry from JS, as a callback is).
  function resume(pin, v, rejected) {
    if (rejected && hooks.passes(v)) return hooks.top(v); // the program's exit, or a trap
    let h = 0;
    if (rejected) caught(v);
    else {
      try { h = handle(v); } catch (x) { caught(x); rejected = true; }
    }
    depth++;
    try {
      ex.pyrt_js_async_step(pin, h, rejected ? 1 : 0);
    } catch (x) {
      if (depth === 1) hooks.top(x);
      throw x;
    } finally {
      depth--;
    }
    if (depth === 0) {
      ex.pyrt_flush();
      ex.pyrt_js_idle();
    }
  }

  // ---- the imports: JsOps of the IR ----
  function truth(o) {
    if (Array.isArray(o)) return o.length > 0;
    if (o instanceof Map || o instanceof Set) return o.size > 0;
    return !!o;
  }
  function guard(f) {
    try { return f(); } catch (x) { return caught(x); }
  }
  const imports = {
    global: (name) => guard(() => {
      const k = readStr(name);
      if (!(k in globalThis)) return fail(1, `module 'js' has no attribute '${k}'`);
      return handle(globalThis[k]);
    }),
    get: (o, name) => guard(() => {
      const v = value(o), k = readStr(name);
      if (v === null) return fail(1, `JS ${String(v)} has no attribute '${k}'`);
      return handle(v[k]);
    }),
    set: (o, name, x) => guard(() => {
      const v = value(o), k = readStr(name);
      if (v === null) return fail(1, `JS ${String(v)} has no attribute '${k}'`);
      v[k] = value(x);
      return 0;
    }),
    getitem: (o, k) => guard(() => {
      const v = value(o), key = value(k);
      if (v === null) return fail(2, `JS ${String(v)} is not subscriptable`);
      return handle(v instanceof Map ? v.get(key) : v[key]);
    }),
    setitem: (o, k, x) => guard(() => {
      const v = value(o), key = value(k), w = value(x);
      if (v === null) return fail(2, `JS ${String(v)} does not support item assignment`);
      if (v instanceof Map) v.set(key, w); else v[key] = w;
      return 0;
    }),
    call: (f, argv, n) => guard(() => {
      const fn = value(f);
      if (typeof fn !== "function") return fail(2, `JS ${typeOf(fn)} is not callable`);
      return handle(fn.apply(undefined, args(argv, n)));
    }),
    call_method: (o, name, argv, n) => guard(() => {
      const v = value(o), k = readStr(name);
      if (v === null) return fail(1, `JS ${String(v)} has no attribute '${k}'`);
      const fn = v[k];
      if (typeof fn !== "function") return fail(2, `JS ${typeOf(v)}.${k} is not a function`);
      return handle(fn.apply(v, args(argv, n)));
    }),
    construct: (c, argv, n) => guard(() => {
      const fn = value(c);
      if (typeof fn !== "function") return fail(2, `JS ${typeOf(fn)} is not a constructor`);
      return handle(Reflect.construct(fn, args(argv, n)));
    }),
    len: (o) => {
      try {
        const v = value(o);
        if (v !== null && (typeof v === "object" || typeof v === "function")) {
          const n = typeof v.length === "number" ? v.length : typeof v.size === "number" ? v.size : undefined;
          if (n !== undefined && Number.isSafeInteger(n) && n >= 0) return BigInt(n);
        } else if (typeof v === "string") {
          return BigInt(codePoints(v).length);
        }
        fail(2, `object of type 'JsObject' has no len() (JS ${typeOf(v)} has no length or size)`);
      } catch (x) { caught(x); }
      return -1n;
    },
    iter: (o) => guard(() => {
      const v = value(o);
      if (v === null || typeof v[Symbol.iterator] !== "function") return fail(2, `JS ${typeOf(v)} is not iterable`);
      return handle(v[Symbol.iterator]());
    }),
    next: (it) => guard(() => {
      const r = value(it).next();
      return r.done ? DONE : handle(r.value);
    }),
    truth: (o) => {
      try { return truth(value(o)) ? 1 : 0; } catch (x) { caught(x); return -1; }
    },
    eq: (a, b) => (value(a) === value(b) ? 1 : 0),
    kind: (o) => {
      const v = value(o);
      switch (typeof v) {
        case "boolean": return 1;
        case "number": return 2;
        case "string": return 3;
        case "bigint": return 4;
      }
      return v === null ? 0 : 5;
    },
    number: (o) => Number(value(o)),
    // str() of a value (mode 0; strings and objects: the other cases are
    // the wasm side's), or its type's name for messages (mode 2).
    text: (o, mode) => {
      try {
        const v = value(o);
        if (mode === 2) return BigInt(putText(typeOf(v)));
        // A proxy of a Python object: Python's str() of it.
        const t = v !== null && (typeof v === "object" || typeof v === "function") ? targets.get(v) : undefined;
        if (t !== undefined && t.d.cd !== undefined) return BigInt(putText(pyStr(target(t.e, "a Python object was read"), t.d.cd)));
        let s;
        try { s = String(v); } catch (x) { s = Object.prototype.toString.call(v); }
        return BigInt(putText(s));
      } catch (x) { caught(x); return -1n; }
    },
    // The JS value thrown, after `error` said it was a JS exception (0: none).
    error_value: () => {
      const x = thrown;
      thrown = undefined;
      return x === undefined || x === null ? 0 : handle(x);
    },
    take_text: (dst) => {
      new Uint32Array(memory.buffer, dst, text.length).set(text);
      text = [];
    },
    error: () => {
      const e = pending;
      pending = null;
      thrown = e === null ? undefined : e.value;
      if (e === null) return (0 << 24) | putText("pyrt: an exception without a cause");
      if (e.pin !== undefined) return -e.pin;
      return (e.code << 24) | putText(e.msg);
    },
    out: (d, bits) => guard(() => handle(fromPy(descs[d], bits))),
    box_of: (h) => boxes[at(h)],
    set_box: (h, b) => { boxes[at(h)] = b; },
    // An async function's call (runtime/wasm/interop.c): the Promise of
    // coroutine `pin`'s result; the promise it awaits; its end.
    async_new: (pin) => guard(() => {
      let settle;
      const p = new Promise((resolve, reject) => { settle = { resolve, reject }; });
      coroutines.set(pin, settle);
      return handle(p);
    }),
    async_await: (pin, h) => {
      let p;
      try { p = Promise.resolve(value(h)); } catch (x) { p = Promise.reject(x); }
      p.then((v) => resume(pin, v, false), (x) => resume(pin, x, true));
    },
    async_settle: (pin, h, exc) => {
      const c = coroutines.get(pin);
      coroutines.delete(pin);
      if (exc === 0) c.resolve(value(h));
      else if (exc === THROWN) c.reject(new RangeError("pyrt: JS holds too many Python objects"));
      else c.reject(pyError(exc));
    },
    drop: (h) => {
      const i = at(h);
      index.delete(vals[i]);
      vals[i] = undefined; boxes[i] = 0; used[i] = false;
      gens[i] = gens[i] === 254 ? 1 : gens[i] + 1;
      free.push(i);
    },
  };
  function args(argv, n) {
    const v = dv(), a = new Array(n);
    for (let i = 0; i < n; i++) a[i] = value(v.getUint32(argv + 4 * i, true));
    return a;
  }

  const api = {
    // The live JS proxies of Python objects (what tests watch for leaks).
    liveProxies: () => live,
    // Forget a proxy: Python's object is released, and the proxy refuses
    // calls; the next crossing of the object makes a new one. Needed where a
    // cycle spans the two heaps, which neither collector can see whole.
    destroy,
    // The JS values Python holds (handles), for tests.
    liveHandles: () => index.size,
  };
  return {
    imports,
    api,
    // The instance's exports, and how the loader ends the program.
    attach(exports, h) { ex = exports; memory = exports.memory; hooks = h; },
    // A promise nobody handled was rejected: when with a Python exception
    // (an async function's that nobody awaits), the program ends as with
    // an exception nobody catches in main. Whether it did.
    unhandled(x) {
      if (x === null || typeof x !== "object" || typeof x.$pyrtPin !== "number") return false;
      hooks.exit(ex.pyrt_js_uncaught(x.$pyrtPin));
      return true;
    },
    // JS's proxy of the Python object at p, by descriptor d (a library's exports).
    face: (p, d) => fromPy(descs[d], BigInt(p)),
    // Python's main runs (an entry from JS, as callbacks are).
    enter() { depth++; },
    leave(ended) {
      depth--;
      if (!ended) ex.pyrt_js_idle();
    },
  };
}
