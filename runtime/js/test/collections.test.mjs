// Tests for runtime/js/collections.js (Python dict and set).  Run from the
// repo root:
//   node --test runtime/js/test/collections.test.mjs
// Expectations come from CPython 3.11 (`python3`) via collections_cases.py:
// random programs of set/dict operations whose every output (reprs, so the
// iteration order; results; exception messages) must match.  The same
// programs are replayed inside the js102 and jsc shells when installed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { HAVE_PY, declared, findJsc, which } from "../test_support.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RT_TEXT = readFileSync(path.join(HERE, "..", "pyrt.js"), "utf8");
const COLL_TEXT = readFileSync(path.join(HERE, "..", "collections.js"), "utf8");

// ---- the replay engine: plain script text, run by node and by the shells ----
// (no backticks or dollar-brace sequences inside: it is a String.raw template)
const ENGINE = String.raw`
function $T_dec(v) {
  if (v === null) return null;
  if (Array.isArray(v)) return v.map($T_dec);
  if (typeof v === "object") {
    const s = v.f;
    return s === "inf" ? Infinity : s === "-inf" ? -Infinity : s === "nan" ? NaN : Number(s);
  }
  return v;
}

function $T_same(a, b) {
  return a === b;
}

// Stand-ins for the descriptors of types.js.
function $T_desc(spec) {
  if (spec === "int") {
    return { kind: "int", name: "int", repr: String, str: String, eq: $T_same, hash: $hash_int };
  }
  if (spec === "float") {
    return { kind: "float", name: "float", repr: $float_repr, str: $float_repr, eq: $T_same, hash: $hash_float };
  }
  if (spec === "bool") {
    const r = function (b) { return b ? "True" : "False"; };
    return { kind: "bool", name: "bool", repr: r, str: r, eq: $T_same, hash: $hash_bool };
  }
  if (spec === "str") {
    return { kind: "str", name: "str", repr: $str_repr, str: function (s) { return s; }, eq: $T_same, hash: $hash_str };
  }
  if (spec[0] === "opt") {
    const d = $T_desc(spec[1]);
    const r = function (x) { return x === null ? "None" : d.repr(x); };
    return {
      kind: "opt", name: "Optional", repr: r, str: r,
      eq: function (a, b) { return a === null || b === null ? a === b : d.eq(a, b); },
      hash: function (x) { return x === null ? $HASH_NONE : d.hash(x); },
    };
  }
  const ds = spec[1].map($T_desc);
  const repr = function (x) {
    if (x.length === 1) return "(" + ds[0].repr(x[0]) + ",)";
    return "(" + x.map(function (e, i) { return ds[i].repr(e); }).join(", ") + ")";
  };
  return {
    kind: "tuple", name: "tuple", repr: repr, str: repr,
    eq: function (a, b) {
      for (let i = 0; i < ds.length; i++) if (!ds[i].eq(a[i], b[i])) return false;
      return true;
    },
    hash: function (x) { return $hash_tuple(x.map(function (e, i) { return ds[i].hash(e); })); },
  };
}

function $T_err(e) {
  if (!(e instanceof $BaseException)) throw e;
  return "!" + $exc_name(e) + ": " + e.__str__();
}

function $T_list(xs, d) {
  return "[" + xs.map(function (x) { return d.repr(x); }).join(", ") + "]";
}

function $T_set_iter(s, plan, T) {
  const res = [];
  const it = s.iter();
  let step = 0;
  try {
    while (step < 200) {
      if (!it.$next()) break;
      res.push(T.repr(it.$v));
      const m = step < plan.length ? plan[step] : null;
      if (m !== null) {
        if (m[0] === "add") s.add($T_dec(m[1]));
        else if (m[0] === "discard") s.discard($T_dec(m[1]));
        else if (m[0] === "swap") { s.discard($T_dec(m[1])); s.add($T_dec(m[2])); }
        else if (m[0] === "pop") { if (s.len() > 0) s.pop(); }
        else if (m[0] === "clear") s.clear();
      }
      step++;
    }
  } catch (e) {
    res.push($T_err(e));
  }
  return "[" + res.join(", ") + "]";
}

function $T_set_prog(c) {
  const T = $T_desc(c.t);
  const S = [new $Set(T), new $Set(T), new $Set(T)];
  const show = c.ordered ? function (s) { return s.repr(T); } : function (s) {
    if (s.len() === 0) return "set()";
    return "{" + s.toArray().map(T.repr).sort().join(", ") + "}";
  };
  const out = [];
  for (const op of c.ops) {
    const a = op[1], b = op[2], cc = op[3];
    try {
      switch (op[0]) {
        case "add": S[a].add($T_dec(op[2])); out.push(show(S[a])); break;
        case "discard": S[a].discard($T_dec(op[2])); out.push(show(S[a])); break;
        case "remove": S[a].remove($T_dec(op[2])); out.push(show(S[a])); break;
        case "has": out.push(S[a].has($T_dec(op[2])) ? "True" : "False"); break;
        case "pop": { const x = S[a].pop(); out.push(T.repr(x) + " " + show(S[a])); break; }
        case "from": S[a] = $set_from_array(T, $T_dec(op[2])); out.push(show(S[a])); break;
        case "const": S[a] = $set_from_const(T, $T_dec(op[2])); out.push(show(S[a])); break;
        case "constiter": {
          const f = $frozenset_const(T, $T_dec(op[2]));
          out.push(c.ordered ? $T_list(f.toArray(), T) : show(f));
          break;
        }
        case "fromdict": {
          const d = new $Dict(T);
          for (const x of $T_dec(op[2])) d.setitem(x, null);
          S[a] = new $Set(T);
          S[a].update_dict(d);
          out.push(show(S[a]));
          break;
        }
        case "addall": S[a].add_all($T_dec(op[2])); out.push(show(S[a])); break;
        case "clear": S[a].clear(); out.push(show(S[a])); break;
        case "copy": S[b] = S[a].copy(); out.push(show(S[b])); break;
        case "update": S[a].update(S[b]); out.push(show(S[a])); break;
        case "union": case "intersection": case "difference": case "symmetric_difference":
          S[cc] = S[a][op[0]](S[b]); out.push(show(S[cc])); break;
        case "intersection_update": case "difference_update": case "symmetric_difference_update":
          S[a][op[0]](S[b]); out.push(show(S[a])); break;
        case "issubset": case "issuperset": case "isdisjoint": case "eq":
          out.push(S[a][op[0]](S[b]) ? "True" : "False"); break;
        case "len": out.push(String(S[a].len())); break;
        case "iter": out.push($T_set_iter(S[a], op[2], T) + " " + show(S[a])); break;
        default: throw new Error("unknown set op " + op[0]);
      }
    } catch (e) {
      out.push($T_err(e));
    }
  }
  return out;
}

function $T_dict_iter(d, mode, plan, K, V) {
  const res = [];
  const it = mode === 0 ? d.iter_keys() : mode === 1 ? d.iter_values() : d.iter_items();
  let step = 0;
  try {
    while (step < 200) {
      if (!it.$next()) break;
      const x = it.$v;
      res.push(mode === 0 ? K.repr(x) : mode === 1 ? V.repr(x) : "(" + K.repr(x[0]) + ", " + V.repr(x[1]) + ")");
      const m = step < plan.length ? plan[step] : null;
      if (m !== null) {
        if (m[0] === "set") d.setitem($T_dec(m[1]), $T_dec(m[2]));
        else if (m[0] === "del") d.pop2($T_dec(m[1]), null);
        else if (m[0] === "swap") { d.pop2($T_dec(m[1]), null); d.setitem($T_dec(m[2]), $T_dec(m[3])); }
        else if (m[0] === "popadd") { if (d.len() > 0) d.popitem(); d.setitem($T_dec(m[1]), $T_dec(m[2])); }
        else if (m[0] === "popitem") { if (d.len() > 0) d.popitem(); }
        else if (m[0] === "clear") d.clear();
      }
      step++;
    }
  } catch (e) {
    res.push($T_err(e));
  }
  return "[" + res.join(", ") + "]";
}

function $T_dict_prog(c) {
  const K = $T_desc(c.k), V = $T_desc(c.v);
  const D = [new $Dict(K), new $Dict(K), new $Dict(K)];
  const show = function (d) { return d.repr(K, V); };
  const out = [];
  for (const op of c.ops) {
    const a = op[1];
    try {
      switch (op[0]) {
        case "set": D[a].setitem($T_dec(op[2]), $T_dec(op[3])); out.push(show(D[a])); break;
        case "get": out.push(V.repr(D[a].getitem($T_dec(op[2])))); break;
        case "get2": out.push(V.repr(D[a].get($T_dec(op[2]), $T_dec(op[3])))); break;
        case "get1": { const x = D[a].get($T_dec(op[2])); out.push(x === null ? "None" : V.repr(x)); break; }
        case "del": D[a].delitem($T_dec(op[2])); out.push(show(D[a])); break;
        case "pop": { const x = D[a].pop($T_dec(op[2])); out.push(V.repr(x) + " " + show(D[a])); break; }
        case "pop2": { const x = D[a].pop2($T_dec(op[2]), $T_dec(op[3])); out.push(V.repr(x) + " " + show(D[a])); break; }
        case "popitem": {
          const kv = D[a].popitem();
          out.push("(" + K.repr(kv[0]) + ", " + V.repr(kv[1]) + ") " + show(D[a]));
          break;
        }
        case "setdefault": {
          const x = D[a].setdefault($T_dec(op[2]), $T_dec(op[3]));
          out.push(V.repr(x) + " " + show(D[a]));
          break;
        }
        case "update": D[a].update(D[op[2]]); out.push(show(D[a])); break;
        case "copy": D[op[2]] = D[a].copy(); out.push(show(D[op[2]])); break;
        case "dictof": { const nd = new $Dict(K); nd.update(D[a]); D[op[2]] = nd; out.push(show(nd)); break; }
        case "clear": D[a].clear(); out.push(show(D[a])); break;
        case "has": out.push(D[a].has($T_dec(op[2])) ? "True" : "False"); break;
        case "eq": out.push(D[a].eq(D[op[2]], V) ? "True" : "False"); break;
        case "items": {
          const d = D[a];
          const items = "[" + d.items().map(function (kv) { return "(" + K.repr(kv[0]) + ", " + V.repr(kv[1]) + ")"; }).join(", ") + "]";
          out.push(items + " " + $T_list(d.keys(), K) + " " + $T_list(d.values(), V) + " " + d.len());
          break;
        }
        case "iter": out.push($T_dict_iter(D[a], op[2], op[3], K, V) + " " + show(D[a])); break;
        default: throw new Error("unknown dict op " + op[0]);
      }
    } catch (e) {
      out.push($T_err(e));
    }
  }
  return out;
}

const $T_CRC = (function () {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

// crc32 of the reprs joined by ", " (ASCII) and the count: see digest() in the .py
function $T_digest(xs, d) {
  const s = xs.map(function (x) { return d.repr(x); }).join(", ");
  let c = -1;
  for (let i = 0; i < s.length; i++) c = $T_CRC[(c ^ s.charCodeAt(i)) & 255] ^ (c >>> 8);
  return ((c ^ -1) >>> 0).toString(16).padStart(8, "0") + ":" + xs.length;
}

function $T_big(c) {
  const T = $T_desc(c.t);
  const xs = $T_dec(c.xs);
  const out = [];
  const dg = function (s) { return $T_digest(s.toArray(), T); };
  const s = $set_from_array(T, xs);
  out.push(dg(s));
  const t = $set_from_array(T, xs.slice(0, Math.floor(xs.length / 3)));
  out.push(dg(s.difference(t)));
  out.push(dg(t.difference(s)));
  out.push(dg(s.symmetric_difference(t)));
  out.push(dg(s.intersection(t)));
  out.push(dg(t.union(s)));
  const pops = [], npop = Math.min(500, s.len());
  for (let i = 0; i < npop; i++) pops.push(s.pop());
  out.push($T_digest(pops, T));
  for (let i = 0; i < xs.length; i += 7) s.discard(xs[i]);
  out.push(dg(s));
  const u = $set_from_array(T, xs.slice(0, 20));
  u.difference_update(s);
  out.push(dg(u));
  s.add_all(xs.slice(xs.length - 30));
  out.push(dg(s));
  return out;
}

// Compares a program's outputs; returns null or a description of the first difference.
function $T_compare(label, c, got) {
  for (let i = 0; i < c.out.length; i++) {
    if (got[i] !== c.out[i]) {
      return label + ": op " + i + " " + JSON.stringify(c.ops ? c.ops[i] : "") + "\n  expected " +
        String(c.out[i]).slice(0, 600) + "\n  got      " + String(got[i]).slice(0, 600) +
        (c.ops ? "\n  program  " + JSON.stringify(c.ops.slice(0, i + 1)).slice(0, 3000) : "");
    }
  }
  return got.length === c.out.length ? null : label + ": " + got.length + " outputs, expected " + c.out.length;
}

// Hash of an encoded value (the encoding tells int from float).
function $T_hash_enc(v) {
  if (typeof v === "boolean") return $hash_bool(v);
  if (typeof v === "number") return $hash_int(v);
  if (Array.isArray(v)) return $hash_tuple(v.map($T_hash_enc));
  return $hash_float($T_dec(v));
}

function $T_check_hashes(cases) {
  const fails = [];
  for (const pair of cases) {
    const h = $T_hash_enc(pair[0]);
    if (String(h) !== pair[1]) fails.push("hash(" + JSON.stringify(pair[0]) + "): expected " + pair[1] + ", got " + h);
  }
  return fails;
}

// Runs one group of cases ("sets", "dicts", "big", "hashes"); returns
// { total, fails: [descriptions] }.
function $T_run(cases, group) {
  if (group === "hashes") return { total: cases.length, fails: $T_check_hashes(cases) };
  const fails = [];
  const fn = group === "sets" ? $T_set_prog : group === "dicts" ? $T_dict_prog : $T_big;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const label = group + "[" + i + "] " + JSON.stringify(c.t || [c.k, c.v]);
    let got;
    try {
      got = fn(c);
    } catch (e) {
      fails.push(label + ": crashed: " + (e && e.stack ? e.stack : String(e)));
      continue;
    }
    const f = $T_compare(label, c, got);
    if (f !== null) fails.push(f);
  }
  return { total: cases.length, fails: fails };
}
`;

const ALL_TEXT = RT_TEXT + "\n" + COLL_TEXT + "\n" + ENGINE;
const NAMES = [...new Set(declared(ALL_TEXT))];
// eslint-disable-next-line no-new-func
const R = new Function(ALL_TEXT + "\nreturn {" + NAMES.join(", ") + "};")();

// ---- CPython expectations ----
const NOPY = HAVE_PY ? false : "python3 (CPython 3.11) is not available: the CPython comparisons are skipped";
const CASES_JSON = HAVE_PY
  ? execFileSync("python3", [path.join(HERE, "collections_cases.py")], { encoding: "utf8", maxBuffer: 1 << 30 })
  : null;
const CASES = HAVE_PY ? JSON.parse(CASES_JSON) : null;

function checkGroup(group, min) {
  const r = R.$T_run(CASES[group], group);
  assert.ok(r.total >= min, "only " + r.total + " cases");
  assert.deepEqual(r.fails.slice(0, 5), [], r.fails.length + " of " + r.total + " " + group + " cases fail");
}

test("hash(): int, float, bool and tuple hashes equal CPython's", { skip: NOPY }, () => checkGroup("hashes", 4000));
test("set: random programs match CPython (order, results, errors)", { skip: NOPY }, () => checkGroup("sets", 2000));
test("dict: random programs match CPython (order, results, errors, iteration)", { skip: NOPY },
  () => checkGroup("dicts", 1500));
test("set: large sets (resizes, > 50000 elements) match CPython", { skip: NOPY }, () => checkGroup("big", 3));

// ---- hand-written checks ----

const I = R.$T_desc("int");
const F = R.$T_desc("float");
const S = R.$T_desc("str");
const TT = R.$T_desc(["tuple", ["int", "int"]]);

function throwsPy(fn, name, msg) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof R.$BaseException, "not a Python exception: " + e);
    assert.equal(R.$exc_name(e), name);
    if (msg !== undefined) assert.equal(e.__str__(), msg);
    return e;
  }
  assert.fail("no exception raised");
}

test("collections.js: top-level names start with $, no import/export/require, only declarations", () => {
  const names = [...COLL_TEXT.matchAll(/^(?:function|const|let|class)\s+([\w$]+)/gm)].map((m) => m[1]);
  assert.ok(names.length > 10);
  for (const n of names) assert.ok(n.startsWith("$"), n);
  assert.ok(!/^\s*(import|export)\b/m.test(COLL_TEXT));
  assert.ok(!/\brequire\s*\(/.test(COLL_TEXT));
  assert.ok(!/\b(process|globalThis|window|console)\b/.test(COLL_TEXT.replace(/\/\/.*$/gm, "")));
  for (const line of COLL_TEXT.split("\n")) {
    if (/^[A-Za-z_$]/.test(line)) assert.ok(/^(function|const|let|class) \$/.test(line), line);
  }
  // no name clashes with pyrt.js
  const rt = new Set([...RT_TEXT.matchAll(/^(?:function|const|let|class)\s+(\$[\w$]*)/gm)].map((m) => m[1]));
  for (const n of names) assert.ok(!rt.has(n), "also defined in pyrt.js: " + n);
});

test("pyrt.js + collections.js is valid as an ES module body", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pyrt-coll-"));
  try {
    const f = path.join(dir, "m.mjs");
    writeFileSync(f, RT_TEXT + "\n" + COLL_TEXT + "\nexport const ok = String($hash_tuple([1n, 2n]));\n");
    const m = await import(f);
    assert.equal(m.ok, "-3550055125485641917");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("KeyError from $key_error and the error messages", () => {
  const e = R.$key_error(TT, [1, 2]);
  assert.ok(e instanceof R.$KeyError);
  assert.ok(e instanceof R.$LookupError);
  assert.equal(R.$exc_name(e), "KeyError");
  assert.deepEqual(e.args, [[1, 2]]);
  assert.equal(e.__str__(), "(1, 2)");
  assert.equal(e.__repr__(), "KeyError((1, 2))");
  assert.equal(R.$key_error(F, 1).__str__(), "1.0");
  assert.equal(R.$key_error(S, "a").toString(), "KeyError: 'a'");
  const d = new R.$Dict(F);
  throwsPy(() => d.getitem(2), "KeyError", "2.0");
  throwsPy(() => d.delitem(-0), "KeyError", "-0.0");
  throwsPy(() => d.pop(3), "KeyError", "3.0");
  throwsPy(() => d.popitem(), "KeyError", "'popitem(): dictionary is empty'");
  assert.equal(d.get(1), null);
  assert.equal(d.get(1, 5), 5);
  assert.equal(d.pop2(1), null);
  const s = new R.$Set(TT);
  throwsPy(() => s.remove([1, 2]), "KeyError", "(1, 2)");
  throwsPy(() => s.pop(), "KeyError", "'pop from an empty set'");
  assert.equal(s.repr(TT), "set()");
  assert.equal(new R.$Dict(I).repr(I, I), "{}");
});

test("unhashable keys: the TypeError of K.hash propagates", () => {
  const L = { kind: "list", name: "list", repr: (x) => "[" + x.join(", ") + "]", eq: (a, b) => a === b,
    hash: () => R.$raise(R.$TypeError, "unhashable type: 'list'") };
  throwsPy(() => new R.$Set(L).add([1]), "TypeError", "unhashable type: 'list'");
  throwsPy(() => new R.$Dict(L).setitem([1], 1), "TypeError", "unhashable type: 'list'");
  // CPython's dict.pop on an empty dict does not hash the key
  throwsPy(() => new R.$Dict(L).pop([1]), "KeyError", "[1]");
});

test("float keys: -0.0 and 0.0 are one key, the first one is kept; NaN", () => {
  const d = new R.$Dict(F);
  d.setitem(-0, 1);
  d.setitem(0, 2);
  assert.equal(d.repr(F, I), "{-0.0: 2}");
  assert.ok(d.has(0));
  d.delitem(0);
  d.setitem(0, 3);
  assert.equal(d.repr(F, I), "{0.0: 3}");
  const s = R.$set_from_array(F, [-0, 0, 1, 1.0]);
  assert.equal(s.repr(F), "{-0.0, 1.0}");
  // deviation (documented): every NaN is a new set element; as a dict key all NaNs are one key
  const n = R.$set_from_array(F, [NaN, NaN]);
  assert.equal(n.len(), 2);
  assert.equal(n.has(NaN), false);
  const dn = new R.$Dict(F);
  dn.setitem(NaN, 1);
  dn.setitem(NaN, 2);
  assert.equal(dn.len(), 1);
  // dict equality compares values by identity first (as CPython's same object)
  const a = new R.$Dict(I), b = new R.$Dict(I);
  a.setitem(1, NaN);
  b.setitem(1, NaN);
  assert.ok(a.eq(a.copy(), F));
  assert.ok(a.eq(b, F));
});

test("iterators: exhaustion and sticky errors (as CPython)", () => {
  const d = new R.$Dict(I);
  for (let i = 0; i < 4; i++) d.setitem(i, i * 10);
  const it = d.iter_items();
  assert.ok(it.$next());
  assert.deepEqual(it.$v, [0, 0]);
  d.setitem(9, 9);
  throwsPy(() => it.$next(), "RuntimeError", "dictionary changed size during iteration");
  d.delitem(9);
  // the error is sticky even when the size is back
  throwsPy(() => it.$next(), "RuntimeError", "dictionary changed size during iteration");
  const it2 = d.iter_values();
  const vals = [];
  while (it2.$next()) vals.push(it2.$v);
  assert.deepEqual(vals, [0, 10, 20, 30]);
  assert.equal(it2.$next(), false);
  // keys changed: delete one, add one, same size
  const it3 = d.iter_keys();
  const ks = [];
  throwsPy(() => {
    while (it3.$next()) {
      ks.push(it3.$v);
      if (it3.$v === 0) { d.delitem(0); d.setitem(100, 1); }
      if (it3.$v === 100) { d.delitem(1); d.setitem(101, 1); }
    }
  }, "RuntimeError", "dictionary keys changed during iteration");
  assert.deepEqual(ks, [0, 2, 3, 100]);
  assert.equal(it3.$next(), false);
  const s = R.$set_from_array(I, [1, 2, 3]);
  const si = s.iter();
  assert.ok(si.$next());
  s.add(4);
  throwsPy(() => si.$next(), "RuntimeError", "Set changed size during iteration");
  s.discard(4);
  throwsPy(() => si.$next(), "RuntimeError", "Set changed size during iteration");
});

test("dict: repr of a dict inside itself, items/keys/values, size", () => {
  const O = { kind: "object", name: "object", repr: (x) => x.repr(O, O), eq: (a, b) => a === b, hash: () => 0n };
  const d = new R.$Dict(S);
  d.setitem("a", 1);
  d.setitem("self", d);
  assert.equal(d.repr(S, { repr: (v) => (v instanceof R.$Dict ? v.repr(S, O) : String(v)) }), "{'a': 1, 'self': {...}}");
  assert.equal(d.size, 2);
  assert.deepEqual(d.keys(), ["a", "self"]);
});

test("sets of str and of generic objects behave as sets", () => {
  const words = [];
  for (let i = 0; i < 3000; i++) words.push("w" + (i * 7919 % 1000));
  const s = R.$set_from_array(S, words);
  assert.equal(s.len(), 1000);
  for (let i = 0; i < 1000; i++) assert.ok(s.has("w" + i));
  assert.ok(!s.has("w1000"));
  const t = R.$set_from_array(S, ["w1", "w2", "zz"]);
  assert.deepEqual(s.intersection(t).toArray().sort(), ["w1", "w2"]);
  assert.equal(R.$hash_str("abc"), R.$hash_str("abc"));
  assert.notEqual(R.$hash_str("abc"), R.$hash_str("abd"));
  assert.notEqual(R.$hash_str(""), -1n);
  // None elements and Optional[int] via a generic descriptor
  const N = { kind: "none", name: "NoneType", repr: () => "None", eq: (a, b) => a === b, hash: () => R.$HASH_NONE };
  assert.equal(R.$set_from_array(N, [null, null]).repr(N), "{None}");
  const OPT = { kind: "opt", name: "Optional", repr: (x) => (x === null ? "None" : String(x)), eq: (a, b) => a === b,
    hash: (x) => (x === null ? R.$HASH_NONE : R.$hash_int(x)) };
  const o = R.$set_from_array(OPT, [null, 1, 2, null, 1]);
  assert.equal(o.len(), 3);
  assert.ok(o.has(null));
  const dn = new R.$Dict(OPT);
  dn.setitem(null, "n");
  dn.setitem(1, "one");
  assert.equal(dn.getitem(null), "n");
  assert.equal(dn.len(), 2);
});

test("performance smoke test", () => {
  const t0 = Date.now();
  const s = new R.$Set(I);
  for (let i = 0; i < 300000; i++) s.add((i * 2654435761) % 1000003);
  let hits = 0;
  for (let i = 0; i < 300000; i++) if (s.has(i)) hits++;
  const big = new R.$Set(I);
  for (let i = 0; i < 100000; i++) big.add(i * 1e6 - 5e10);
  const f = new R.$Set(F);
  for (let i = 0; i < 50000; i++) f.add(i / 7);
  const d = new R.$Dict(I);
  for (let i = 0; i < 200000; i++) d.setitem(i % 50000, i);
  for (let i = 0; i < 200000; i++) hits += d.get(i, 0) > 0 ? 1 : 0;
  const ds = new R.$Dict(S);
  for (let i = 0; i < 100000; i++) ds.setitem("k" + (i % 30000), i);
  const dt = new R.$Dict(TT);
  for (let i = 0; i < 30000; i++) dt.setitem([i % 100, i % 77], i);
  const st = new R.$Set(TT);
  for (let i = 0; i < 30000; i++) st.add([i % 100, i % 77]);
  const ms = Date.now() - t0;
  assert.ok(hits > 0 && s.len() > 0 && dt.len() === 7700 && st.len() === 7700);
  assert.ok(ms < 6000, "took " + ms + " ms");
});

// ---- the CPython programs inside the other shells ----

const SHELLS = [["js102", which("js102")], ["jsc", findJsc()]];

for (const [label, cmd] of SHELLS) {
  test("host " + label + ": every CPython program passes", { skip: NOPY || (cmd ? false : label + " not installed") }, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pyrt-coll-" + label + "-"));
    try {
      const file = path.join(dir, "cases.js");
      const body = `
        let total = 0, nfail = 0;
        for (const g of ["hashes", "sets", "dicts", "big"]) {
          const r = $T_run($T_CASES[g], g);
          total += r.total;
          nfail += r.fails.length;
          for (const f of r.fails.slice(0, 3)) $print("FAIL " + f + "\\n");
        }
        $print("checked " + total + " failed " + nfail + "\\n");
        return nfail === 0 ? 0 : 1;`;
      writeFileSync(file, ALL_TEXT + "\nconst $T_CASES = " + CASES_JSON + ";\n$main(function () {" + body + "\n});\n");
      const r = spawnSync(cmd, [file], { encoding: "utf8", maxBuffer: 1 << 26 });
      assert.match(r.stdout, /checked \d+ failed 0\n/, r.stdout.slice(0, 4000) + r.stderr.slice(0, 2000));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
