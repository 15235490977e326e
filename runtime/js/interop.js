// interop.js -- `import js`: Python and JavaScript together (docs/interop.md).
//
// Concatenated after types.js; same rules as pyrt.js: top-level declarations
// only, every name starting with '$'.  Tests: test/interop.test.mjs and
// tests/interop/ (translated programs under node's test runner).
//
// JS -> Python: a JS value is Python's JsObject value as it is, with no
// wrapper, so the same JS object is always the same Python value (`is`).
// Python -> JS ($js_out(v, T), T the descriptor of v's static type):
//   None -> null; bool -> boolean; int, float -> number; str -> string;
//   list, tuple -> an Array Proxy over the list itself: reads convert the
//     elements out, writes check and convert them in (a tuple is read-only);
//   dict -> a Map-like object (get set has delete size keys values entries
//     forEach, iterable) over the dict itself; set -> a Set-like one;
//   instance -> a Proxy showing its fields and its methods (those with
//     declared parameter types, or that Python calls), bound to it;
//   function, bound method -> a JS function: its arguments convert in by the
//     parameters' types, its result out; a Python exception leaving it is a
//     JS Error whose name is the Python class and message its str().
// Each Python object gets one JS face, made at its first crossing and kept
// in a WeakMap, so the same object is `===` to itself in JS; a face that
// comes back to Python is its Python object again.  The live faces are
// counted ($js_state.live), the count going down when the host's garbage
// collector frees a face (FinalizationRegistry).
//
// JS -> Python for typed places ($js_in(v, T, what)): the parameters of
// callbacks and exports and writes through faces.  A value of the wrong type
// is a JS TypeError naming the place ("f() argument 'n' must be int, not string").

const $js_state = { live: 0, loop: false };
// Python object -> its JS face; JS face -> { v: Python object, T: descriptor }.
const $js_faces = new WeakMap();
const $js_targets = new WeakMap();
const $js_registry = typeof FinalizationRegistry === "function" ? new FinalizationRegistry(function () { $js_state.live--; }) : null;

// The live JS faces of Python objects (what tests watch for leaks).
function $js_live() { return $js_state.live; }

// The interop API JS sees: `globalThis.__pyrt__` in a script, the export
// `__pyrt__` of a module translated with --lib.
const $js_api = {
  liveProxies: function () { return $js_state.live; },
  // Forget a face: the next crossing of its object makes a new one.  Only
  // needed where a cycle spans two heaps (the wasm backend); harmless here.
  destroy: function (face) {
    const t = $js_targets.get(face);
    if (t !== undefined) { $js_faces.delete(t.v); $js_targets.delete(face); }
  },
};

function $js_install() {
  $js_state.loop = true;
  if (globalThis.__pyrt__ === undefined) {
    Object.defineProperty(globalThis, "__pyrt__", { value: $js_api, configurable: true, writable: true });
  }
  // Output of callbacks and async functions, which run after main: node
  // flushes it at exit; elsewhere it is written at once. A Python exception
  // leaving an async function nobody awaits ends the program as an uncaught
  // exception does (node; other hosts print their own report).
  const proc = globalThis.process;
  if (!proc || typeof proc.on !== "function") {
    $io.eager = true;
  } else {
    proc.on("exit", function () { $flush(); });
    proc.on("unhandledRejection", function (e) {
      if (e instanceof $BaseException || (e !== null && typeof e === "object" && e.$py instanceof $BaseException)) {
        $exit($uncaught(e instanceof $BaseException ? e : e.$py), false);
      } else {
        throw e;
      }
    });
  }
}

// A library's body (`--lib`), run when JS imports the module: a Python
// exception leaving it is a JS Error, so the import fails with it.
function $lib_main(body) {
  try { body(); } catch (e) { throw $js_error(e); } finally { $flush(); }
}

function $js_is_object(v) { return v !== null && (typeof v === "object" || typeof v === "function"); }

// The face of Python object v, made once.
function $js_face(v, T, make) {
  let f = $js_faces.get(v);
  if (f !== undefined) return f;
  f = make();
  $js_faces.set(v, f);
  $js_targets.set(f, { v: v, T: T });
  $js_state.live++;
  if ($js_registry !== null) $js_registry.register(f, null);
  return f;
}

// ---------------------------------------------------------------------------
// Python -> JS
// ---------------------------------------------------------------------------

function $js_out(v, T) {
  if (!$js_is_object(v)) return v === undefined ? null : v;
  switch (T.kind) {
    case "opt": return $js_out(v, T.inner);
    case "list": case "tuple": return $js_face(v, T, function () { return $js_list_face(v, T); });
    case "dict": return $js_face(v, T, function () { return new $JsDictFace(v, T); });
    case "set": return $js_face(v, T, function () { return new $JsSetFace(v, T); });
    case "fn": return $js_face(v, T, function () { return $js_fn_face(v, T); });
    case "inst": return v instanceof $Object ? $js_face(v, T, function () { return $js_inst_face(v); }) : v;
    default: return v;
  }
}

function $js_list_face(a, T) {
  const tuple = T.kind === "tuple";
  const elemT = function (i) { return tuple ? T.elems[i] : T.elem; };
  return new Proxy(a, {
    get: function (t, k) {
      if (typeof k === "string") {
        const i = $js_index(k);
        if (i >= 0) return i < t.length ? $js_out(t[i], elemT(i)) : undefined;
      }
      // Array methods run on the face, so they see converted elements.
      return t[k];
    },
    set: function (t, k, v) {
      if (tuple) throw new TypeError("a Python tuple is read-only");
      if (typeof k === "string") {
        const i = $js_index(k);
        if (i >= 0) { t[i] = $js_in(v, T.elem, "list element " + i); return true; }
        if (k === "length") { t.length = v; return true; }
      }
      throw new TypeError("a Python list takes only elements and its length, not '" + String(k) + "'");
    },
    deleteProperty: function () { throw new TypeError("delete on a Python list is not supported; use splice()"); },
  });
}

// The array index a property key names, or -1.
function $js_index(k) {
  if (k.length === 0 || k.length > 15) return -1;
  const c = k.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && k.length > 1)) return -1;
  const n = Number(k);
  return Number.isSafeInteger(n) ? n : -1;
}

// dict -> a Map-like face.
class $JsDictFace {
  constructor(d, T) { $js_hidden(this, d, T); }
  get size() { return this.$v.len(); }
  get(k) {
    const key = $js_in(k, this.$T.key, "dict key");
    return this.$v.has(key) ? $js_out(this.$v.getitem(key), this.$T.val) : undefined;
  }
  set(k, v) { this.$v.setitem($js_in(k, this.$T.key, "dict key"), $js_in(v, this.$T.val, "dict value")); return this; }
  has(k) { return this.$v.has($js_in(k, this.$T.key, "dict key")); }
  delete(k) {
    const key = $js_in(k, this.$T.key, "dict key");
    if (!this.$v.has(key)) return false;
    this.$v.delitem(key);
    return true;
  }
  clear() { this.$v.clear(); }
  *keys() { for (const k of $js_iterate(this.$v.iter_keys())) yield $js_out(k, this.$T.key); }
  *values() { for (const k of $js_iterate(this.$v.iter_keys())) yield $js_out(this.$v.getitem(k), this.$T.val); }
  *entries() { for (const k of $js_iterate(this.$v.iter_keys())) yield [$js_out(k, this.$T.key), $js_out(this.$v.getitem(k), this.$T.val)]; }
  forEach(f) { for (const [k, v] of this.entries()) f(v, k, this); }
  [Symbol.iterator]() { return this.entries(); }
  toString() { return this.$T.str(this.$v); }
  // JSON.stringify: a dict with str keys is an object.
  toJSON() { return Object.fromEntries(this.entries()); }
}

// A face's Python object ($v) and descriptor ($T), as properties JS does not enumerate.
function $js_hidden(face, v, T) {
  Object.defineProperty(face, "$v", { value: v });
  Object.defineProperty(face, "$T", { value: T });
}

// set -> a Set-like face.
class $JsSetFace {
  constructor(s, T) { $js_hidden(this, s, T); }
  get size() { return this.$v.len(); }
  has(x) { return this.$v.has($js_in(x, this.$T.elem, "set element")); }
  add(x) { this.$v.add($js_in(x, this.$T.elem, "set element")); return this; }
  delete(x) {
    const e = $js_in(x, this.$T.elem, "set element");
    if (!this.$v.has(e)) return false;
    this.$v.discard(e);
    return true;
  }
  *values() { for (const x of this.$v.toArray()) yield $js_out(x, this.$T.elem); }
  keys() { return this.values(); }
  [Symbol.iterator]() { return this.values(); }
  toString() { return this.$T.str(this.$v); }
  toJSON() { return Array.from(this.values()); }
}

// The runtime's iterator protocol as a JS iterable.
function* $js_iterate(it) {
  while (it.$next()) yield it.$v;
}

// A Python function (or bound method) as a JS function.
function $js_fn_face(f, T) {
  const n = T.params.length;
  const name = T.fname;
  return function () {
    const args = new Array(n);
    for (let i = 0; i < n; i++) args[i] = $js_in(arguments[i], T.params[i], name + "() argument '" + T.names[i] + "'");
    return $js_enter(function () { return $js_out(f.apply(undefined, args), T.ret); });
  };
}

// An instance: its fields and its methods (its class's `$fields`, {name: T},
// and `$methods`, {name: [slot, fnT]}, set by the translated program).
function $js_inst_face(o) {
  const face = { fields: o.constructor.$fields || {}, methods: o.constructor.$methods || {} };
  const bound = new Map();
  return new Proxy({}, {
    get: function (t, k) {
      if (typeof k !== "string") return k === Symbol.toPrimitive ? function () { return o.__str__(o); } : undefined;
      const m = face.methods[k];
      if (m !== undefined) {
        let f = bound.get(k);
        if (f === undefined) {
          const slot = m[0], fnT = m[1];
          f = $js_fn_face(function () { return o[slot].apply(o, [o].concat(Array.prototype.slice.call(arguments))); }, fnT);
          bound.set(k, f);
        }
        return f;
      }
      const fT = face.fields[k];
      if (fT !== undefined) return Object.prototype.hasOwnProperty.call(o, k) ? $js_out(o[k], fT) : undefined;
      if (k === "toString") return function () { return o.__str__(o); };
      return undefined;
    },
    set: function (t, k, v) {
      const fT = typeof k === "string" ? face.fields[k] : undefined;
      if (fT === undefined) throw new TypeError("'" + $exc_name(o) + "' object has no attribute '" + String(k) + "' that JS may set");
      o[k] = $js_in(v, fT, "attribute '" + k + "'");
      return true;
    },
    has: function (t, k) { return typeof k === "string" && (face.methods[k] !== undefined || face.fields[k] !== undefined); },
    ownKeys: function () { return Object.keys(face.fields).filter(function (k) { return Object.prototype.hasOwnProperty.call(o, k); }); },
    getOwnPropertyDescriptor: function (t, k) {
      if (typeof k !== "string" || face.fields[k] === undefined || !Object.prototype.hasOwnProperty.call(o, k)) return undefined;
      return { value: $js_out(o[k], face.fields[k]), writable: true, enumerable: true, configurable: true };
    },
  });
}

// Python code entered from JS (a callback, an export): its exception leaves
// as a JS Error.  Entered from the event loop in a script (no Python frame
// below), an uncaught exception ends the program as it would in main.
function $js_enter(run) {
  const top = $be_depth === 0;
  try {
    return run();
  } catch (e) {
    if (top && $js_state.loop) $exit($uncaught(e), false);
    throw $js_error(e);
  } finally {
    if (top) $flush();
  }
}

// A Python exception as the JS value to throw.
function $js_error(e) {
  if (e instanceof $JsException && e.js !== undefined) return e.js;
  const x = $exc_from_js(e);
  if (!(x instanceof $BaseException)) return e;
  const err = new Error(x.__str__(x));
  err.name = $exc_name(x);
  Object.defineProperty(err, "$py", { value: x });
  return err;
}

// A JS exception as the Python exception to raise.
function $js_exc(e) {
  if (e instanceof $BaseException) return e;
  if ($js_is_object(e) && e.$py instanceof $BaseException) return e.$py;
  const x = $exc_from_js(e);
  if (x instanceof $BaseException) return x;
  let msg;
  try { msg = e instanceof Error ? String(e.message) : String(e); } catch (e2) { msg = "<unprintable JS exception>"; }
  const j = new $JsException(msg);
  j.js = e;
  return j;
}

// ---------------------------------------------------------------------------
// JS -> Python
// ---------------------------------------------------------------------------

function $js_in(v, T, what) {
  switch (T.kind) {
    case "js": return v;
    case "none": if (v === null || v === undefined) return null; break;
    case "bool": if (typeof v === "boolean") return v; break;
    case "int":
      if (typeof v === "number" && Number.isSafeInteger(v)) return v + 0;
      if (typeof v === "bigint" && v >= -9007199254740991n && v <= 9007199254740991n) return Number(v);
      break;
    case "float": if (typeof v === "number") return v; break;
    case "str": if (typeof v === "string") return v; break;
    case "opt": return v === null || v === undefined ? null : $js_in(v, T.inner, what);
    case "either":
      if (v === null || v === undefined) return null;
      if (typeof v === "boolean" || typeof v === "number" || typeof v === "string") return v;
      break;
    case "list": case "tuple": case "dict": case "set": case "inst": case "fn": {
      const t = $js_is_object(v) ? $js_targets.get(v) : undefined;
      if (t !== undefined && $js_same_type(t.T, T, t.v)) return t.v;
      if (T.kind === "list" && Array.isArray(v)) return v.map(function (x, i) { return $js_in(x, T.elem, what + "[" + i + "]"); });
      if (T.kind === "tuple" && Array.isArray(v) && v.length === T.elems.length) {
        return v.map(function (x, i) { return $js_in(x, T.elems[i], what + "[" + i + "]"); });
      }
      if (T.kind === "dict" && v instanceof Map) {
        const d = new $Dict(T.key);
        for (const [k, x] of v) d.setitem($js_in(k, T.key, what + " key"), $js_in(x, T.val, what + " value"));
        return d;
      }
      if (T.kind === "dict" && $js_is_object(v) && Object.getPrototypeOf(v) === Object.prototype && T.key.kind === "str") {
        const d = new $Dict(T.key);
        for (const k of Object.keys(v)) d.setitem(k, $js_in(v[k], T.val, what + "['" + k + "']"));
        return d;
      }
      break;
    }
    default: break;
  }
  throw new TypeError(what + " must be " + $js_type_name(T) + ", not " + $js_type_of(v));
}

// Whether a face's Python object fits the static type T.
function $js_same_type(U, T, v) {
  if (T.kind === "inst") return U.kind === "inst" && (T.cls === undefined || v instanceof T.cls());
  return U === T || (U.kind === T.kind && (T.kind === "fn" || $js_desc_text(U) === $js_desc_text(T)));
}

function $js_desc_text(T) {
  switch (T.kind) {
    case "list": case "set": return T.kind + "[" + $js_desc_text(T.elem) + "]";
    case "dict": return "dict[" + $js_desc_text(T.key) + ", " + $js_desc_text(T.val) + "]";
    case "tuple": return "tuple[" + T.elems.map($js_desc_text).join(", ") + "]";
    case "opt": return $js_desc_text(T.inner) + " | None";
    case "inst": return T.cls === undefined ? "object" : $exc_name(T.cls());
    case "js": return "JsObject";
    default: return T.name;
  }
}

// A type as a message names it: Python's name, and the JS values that fit.
function $js_type_name(T) {
  switch (T.kind) {
    case "int": return "int (an integral number)";
    case "float": return "float (a number)";
    case "str": return "str (a string)";
    case "bool": return "bool (a boolean)";
    case "none": return "None (null or undefined)";
    case "opt": return $js_type_name(T.inner) + " or None";
    case "list": return $js_desc_text(T) + " (an Array)";
    case "tuple": return $js_desc_text(T) + " (an Array of " + T.elems.length + ")";
    case "dict": return $js_desc_text(T) + " (a Map)";
    default: return $js_desc_text(T);
  }
}

function $js_type_of(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "Array";
  if (typeof v === "object") {
    const t = $js_targets.get(v);
    if (t !== undefined) return $js_desc_text(t.T);
    const c = v.constructor;
    return c && typeof c.name === "string" && c.name !== "" ? c.name : "object";
  }
  if (typeof v === "number" && !Number.isInteger(v)) return "number " + String(v);
  return typeof v;
}

// ---------------------------------------------------------------------------
// Operations on JS values (the JsOps of the IR)
// ---------------------------------------------------------------------------

function $js_global(name) {
  if (!(name in globalThis)) $raise($AttributeError, "module 'js' has no attribute '" + name + "'");
  return globalThis[name];
}

function $js_nullish(o, name) {
  $raise($AttributeError, "JS " + String(o) + " has no attribute '" + name + "'");
}

function $js_get(o, name) {
  if (o === null || o === undefined) $js_nullish(o, name);
  try { return o[name]; } catch (e) { throw $js_exc(e); }
}

function $js_set(o, name, v) {
  if (o === null || o === undefined) $js_nullish(o, name);
  try { o[name] = v; } catch (e) { throw $js_exc(e); }
}

// o[k]: a Map's entry, else the property.
function $js_getitem(o, k) {
  if (o === null || o === undefined) $raise($TypeError, "JS " + String(o) + " is not subscriptable");
  try { return o instanceof Map ? o.get(k) : o[k]; } catch (e) { throw $js_exc(e); }
}

function $js_setitem(o, k, v) {
  if (o === null || o === undefined) $raise($TypeError, "JS " + String(o) + " does not support item assignment");
  try { if (o instanceof Map) o.set(k, v); else o[k] = v; } catch (e) { throw $js_exc(e); }
}

// Calls into JS: what Python printed so far is written first, so output
// keeps its order with what JS writes.
function $js_call(f, args) {
  if (typeof f !== "function") $raise($TypeError, "JS " + $js_type_of(f) + " is not callable");
  return $js_apply(f, undefined, args);
}

function $js_call_method(o, name, args) {
  if (o === null || o === undefined) $js_nullish(o, name);
  let f;
  try { f = o[name]; } catch (e) { throw $js_exc(e); }
  if (typeof f !== "function") $raise($TypeError, "JS " + $js_type_of(o) + "." + name + " is not a function");
  return $js_apply(f, o, args);
}

function $js_apply(f, self, args) {
  if ($io.buf.length > 0) $flush();
  try { return f.apply(self, args); } catch (e) { throw $js_exc(e); }
}

function $js_new(c, args) {
  if (typeof c !== "function") $raise($TypeError, "JS " + $js_type_of(c) + " is not a constructor");
  if ($io.buf.length > 0) $flush();
  try { return Reflect.construct(c, args); } catch (e) { throw $js_exc(e); }
}

function $js_len(o) {
  if ($js_is_object(o)) {
    const n = typeof o.length === "number" ? o.length : typeof o.size === "number" ? o.size : undefined;
    if (n !== undefined && Number.isSafeInteger(n) && n >= 0) return n;
  } else if (typeof o === "string") {
    return $str_len(o);
  }
  $raise($TypeError, "object of type 'JsObject' has no len() (JS " + $js_type_of(o) + " has no length or size)");
}

// iter(o): a JS iterable under the runtime's iterator protocol.
function $js_iter(o) {
  let it;
  try {
    if (o === null || o === undefined || typeof o[Symbol.iterator] !== "function") $raise($TypeError, "JS " + $js_type_of(o) + " is not iterable");
    it = o[Symbol.iterator]();
  } catch (e) { throw $js_exc(e); }
  return {
    $v: undefined,
    $next: function () {
      let r;
      try { r = it.next(); } catch (e) { throw $js_exc(e); }
      if (r.done) return false;
      this.$v = r.value;
      return true;
    },
  };
}

// bool(o): an empty Array, Map or Set is false (as Python's containers), else JS's truth.
function $js_truth(o) {
  if (Array.isArray(o)) return o.length > 0;
  if (o instanceof Map || o instanceof Set) return o.size > 0;
  return !!o;
}

// str(o): JS's primitives as Python shows the values they convert to (true
// -> True, null and undefined -> None, 3 -> 3, 0.5 -> 0.5); an object is
// JS's String(o), and a face shows its Python object's str().
function $js_str(o) {
  switch (typeof o) {
    case "string": return o;
    case "boolean": return o ? "True" : "False";
    case "undefined": return "None";
    case "number": return Number.isSafeInteger(o) ? String(o + 0) : $float_repr(o);
  }
  if (o === null) return "None";
  if ($js_is_object(o)) {
    const t = $js_targets.get(o);
    if (t !== undefined) return t.T.kind === "inst" ? t.v.__str__(t.v) : t.T.str(t.v);
    if (o instanceof $Object) return o.__str__(o);
  }
  try { return String(o); } catch (e) { return Object.prototype.toString.call(o); }
}

// repr(o): a JS string quoted as Python quotes a str; else str(o).
function $js_repr(o) { return typeof o === "string" ? $str_repr(o) : $js_str(o); }

function $js_to_int(o) {
  switch (typeof o) {
    case "number": return $int_from_float(o);
    case "boolean": return o ? 1 : 0;
    case "string": return $int_from_str(o);
    case "bigint":
      if (o >= -9007199254740991n && o <= 9007199254740991n) return Number(o);
      $overflow();
  }
  $raise($TypeError, "int() argument must be a string or a number, not JS " + $js_type_of(o));
}

function $js_to_float(o) {
  switch (typeof o) {
    case "number": return o;
    case "boolean": return o ? 1 : 0;
    case "string": return $float_from_str(o);
    case "bigint": return Number(o);
  }
  $raise($TypeError, "float() argument must be a string or a number, not JS " + $js_type_of(o));
}

// `await p` in an async function: a JS rejection is a JsException in Python.
async function $js_await(p) {
  try { return await p; } catch (e) { throw $js_exc(e); }
}

// ---------------------------------------------------------------------------
// Descriptors of the types only interop needs
// ---------------------------------------------------------------------------

const $t_js = {
  kind: "js", name: "JsObject",
  repr(x) { return $js_repr(x); }, str(x) { return $js_str(x); },
  eq(a, b) { return a === b; },
  lt() { $raise($TypeError, "'<' not supported between instances of 'JsObject' and 'JsObject'"); },
  le() { $raise($TypeError, "'<=' not supported between instances of 'JsObject' and 'JsObject'"); },
  hash(x) {
    if (typeof x === "string") return $hash_str(x);
    if (typeof x === "number") return Number.isInteger(x) ? $hash_int(x) : $hash_float(x);
    if (typeof x === "boolean") return $hash_bool(x);
    if (x === null || x === undefined) return $HASH_NONE;
    return BigInt($js_object_id(x));
  },
  truth(x) { return $js_truth(x); },
  format(x, spec) { return $format_str($js_str(x), spec); },
};

const $js_ids = new WeakMap();
function $js_object_id(o) {
  let n = $js_ids.get(o);
  if (n === undefined) { n = ++$object_count; $js_ids.set(o, n); }
  return n;
}

// A function's type: its parameters' descriptors (and names), its result's.
function $t_fn(fname, names, params, ret) {
  return Object.assign(Object.create($t_func), { kind: "fn", fname: fname, names: names, params: params, ret: ret });
}

// An instance's type that knows its class (cls is a thunk: classes are
// declared after the descriptors).
function $t_obj(cls) {
  return Object.assign(Object.create($t_inst), { cls: cls });
}
