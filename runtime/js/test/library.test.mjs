// Tests for runtime/js/library.js (random, math, time).  Run from the repo root:
//   node --test runtime/js/test/
// Expectations come from CPython 3.11 (`python3`) via library_cases.py (with
// mpmath, when installed, for the correctly rounded references); the js102 and
// jsc shells are exercised when installed (skipped with a message otherwise).
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
const LIB_TEXT = readFileSync(path.join(HERE, "..", "library.js"), "utf8");
const TEXT = RT_TEXT + "\n" + LIB_TEXT;

const RT_NAMES = declared(RT_TEXT);
const LIB_NAMES = declared(LIB_TEXT);

// eslint-disable-next-line no-new-func
const L = new Function(TEXT + "\nreturn {" + [...new Set([...RT_NAMES, ...LIB_NAMES])].join(", ") + "};")();

// ---- CPython expectations ----
const CASES = HAVE_PY
  ? JSON.parse(execFileSync("python3", [path.join(HERE, "library_cases.py")], { encoding: "utf8", maxBuffer: 1 << 30 }))
  : null;
const NOPY = HAVE_PY ? false : "python3 (CPython 3.11) is not available";

// Shared by node and the shells: decoding, running and judging the cases.
// Defines $T_check(L, cases) -> {total, failed, first, stats, digest}.
const CHECKER = String.raw`
function $T_dec(v) {
  if (v !== null && typeof v === "object") {
    if (Array.isArray(v)) return v.map($T_dec);
    if ("f" in v) {
      const dv = new DataView(new ArrayBuffer(8));
      dv.setBigUint64(0, BigInt("0x" + v.f));
      return dv.getFloat64(0);
    }
    if ("range" in v) return { start: v.range[0], stop: v.range[1], step: v.range[2] };
  }
  return v;
}
function $T_hex(x) {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16);
}
function $T_show(v) {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : Number.isInteger(v) ? String(v) : v + "/" + $T_hex(v);
  if (Array.isArray(v)) return "[" + v.map($T_show).join(",") + "]";
  return JSON.stringify(v);
}
function $T_same(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => $T_same(x, b[i]));
  return Object.is(a, b);
}
// distance in ulps between two doubles (Infinity unless both are finite)
function $T_ulps(a, b) {
  if (a === b) return 0;
  if (!(isFinite(a) && isFinite(b))) return Infinity;
  const dv = new DataView(new ArrayBuffer(8));
  const ord = (x) => {
    dv.setFloat64(0, x);
    const i = dv.getBigInt64(0);
    return i < 0n ? -(i & 0x7fffffffffffffffn) : i;
  };
  const d = ord(a) - ord(b);
  return Number(d < 0n ? -d : d);
}
function $T_call(fn, args) {
  try {
    return { v: fn(...args) };
  } catch (e) {
    if (e instanceof L.$BaseException) return { e: [L.$exc_name(e), e.__str__()] };
    return { e: ["JS:" + (e && e.name), String(e && e.message)] };
  }
}
// kind: "exact" (must equal CPython), "port" (glibc algorithm; may differ by
// one ulp where it calls exp/log), "cr" (correctly rounded; may differ where
// glibc is not, then must be the correctly rounded value)
const $T_KIND = {
  expm1: "port", log1p: "port", log10: "port", sinh: "port", cosh: "port", tanh: "port", asinh: "port",
  acosh: "port", atanh: "port", cbrt: "port",
  exp: "cr", exp2: "cr", log: "cr", log_base: "cr", log2: "cr", pow: "cr", sin: "cr", cos: "cr", tan: "cr",
  asin: "cr", acos: "cr", atan: "cr", atan2: "cr",
};
// Allowed distance where a one-ulp difference of log/exp is amplified:
// log10 = ivln10*log(x) + ..., log(x, b) = log(x)/log(b), cosh = (t + 1/t)/2...
const $T_ULPS = { log10: 3, log_base: 4, sinh: 2, cosh: 2, asinh: 2, acosh: 2 };
function $T_fn(L, name) {
  if (name === "log_base") return (x, b) => L.$math_log(x, b);
  if (name === "hypot") return (...v) => L.$math_hypot(...v);
  return L["$math_" + name];
}
const $T_LIBM_OPS = { gauss: 1, normalvariate: 1, lognormvariate: 1, expovariate: 1, vonmisesvariate: 1,
  gammavariate: 1, betavariate: 1, paretovariate: 1, weibullvariate: 1 };
function $T_rand_op(r, m, args) {
  if (m === "sample_counts") return r.sample(args[0], args[1], args[2]);
  if (m === "choices") return r.choices(args[0], args[1], args[2], args[3]);
  if (m === "shuffle") { const l = args[0].slice(); r.shuffle(l); return l; }
  if (m === "getstate_roundtrip") {
    const st = r.getstate();
    const a1 = r.random();
    r.setstate(st);
    return [a1, r.random()];
  }
  return r[m](...args);
}
function $T_check(L, cases) {
  let total = 0, failed = 0;
  const first = [], stats = {};
  let digest = "";
  const fail = (s) => { failed++; if (first.length < 30) first.push(s); };
  for (const name of Object.keys(cases.math)) {
    const fn = $T_fn(L, name);
    const kind = $T_KIND[name] || "exact";
    const st = stats[name] = { n: 0, diff: 0, far: 0, notcr: 0 };
    for (const [raw, exp] of cases.math[name]) {
      total++;
      st.n++;
      const args = $T_dec(raw);
      const got = $T_call(fn, args);
      digest += "e" in got ? got.e.join(":") : $T_show(got.v);
      const want = "v" in exp ? $T_dec(exp.v) : undefined;
      const show = () => name + "(" + args.map($T_show).join(", ") + "): expected " +
        ("e" in exp ? exp.e.join(": ") : $T_show(want)) + ", got " + ("e" in got ? got.e.join(": ") : $T_show(got.v));
      if ("e" in exp || "e" in got) {
        if (!("e" in exp && "e" in got && got.e[0] === exp.e[0] && got.e[1] === exp.e[1])) fail(show());
        continue;
      }
      if ($T_same(got.v, want)) continue;
      st.diff++;
      const u = typeof got.v === "number" ? $T_ulps(got.v, want) : Infinity;
      if (kind === "exact" || u > ($T_ULPS[name] || 1)) { st.far++; fail(show()); continue; }
      if (kind === "cr" && "cr" in exp && !Object.is(got.v, $T_dec(exp.cr))) { st.notcr++; fail(show() + " (not correctly rounded)"); }
    }
  }
  const rs = stats.random_libm = { n: 0, diff: 0, far: 0, notcr: 0 };
  for (const prog of cases.random) {
    const r = new L.$Random(0);
    const [kind, sv] = prog.seed;
    if (kind === "float") r.seed_float($T_dec(sv));
    else r.seed($T_dec(sv));
    for (let i = 0; i < prog.ops.length; i++) {
      total++;
      const [m, rawArgs] = prog.ops[i];
      const args = $T_dec(rawArgs);
      const got = $T_call((...a) => $T_rand_op(r, m, a), args);
      const exp = prog.out[i];
      digest += "e" in got ? got.e.join(":") : $T_show(got.v);
      const want = "v" in exp ? $T_dec(exp.v) : undefined;
      const show = () => "seed " + JSON.stringify(prog.seed) + " op " + i + " " + m + "(" + JSON.stringify(rawArgs) +
        "): expected " + ("e" in exp ? exp.e.join(": ") : $T_show(want)) + ", got " +
        ("e" in got ? got.e.join(": ") : $T_show(got.v));
      if (m in $T_LIBM_OPS) rs.n++;
      if ("e" in exp || "e" in got) {
        if (!("e" in exp && "e" in got && got.e[0] === exp.e[0] && got.e[1] === exp.e[1])) fail(show());
        continue;
      }
      if ($T_same(got.v, want)) continue;
      // distributions built on exp/log/sin/cos/pow: a last-bit difference
      // there may show (a few ulps), never a desynchronised stream
      if (m in $T_LIBM_OPS && typeof got.v === "number" && Math.abs(got.v - want) <= Math.abs(want) * 1e-14) {
        rs.diff++;
        continue;
      }
      fail(show());
    }
  }
  // FNV-1a of the results, to compare engines
  let h = 0x811c9dc5;
  for (let i = 0; i < digest.length; i++) h = Math.imul(h ^ digest.charCodeAt(i), 16777619) >>> 0;
  return { total, failed, first, stats, digest: h.toString(16) + ":" + digest.length };
}
`;
// eslint-disable-next-line no-new-func
const $T_check = new Function("L", CHECKER + "\nreturn $T_check;")(L);

const RESULT = HAVE_PY ? $T_check(L, CASES) : null;

function report(names) {
  return names.map((n) => {
    const s = RESULT.stats[n];
    return n + ": " + s.diff + "/" + s.n + " differ from CPython (" + s.far + " beyond the allowed ulps, " + s.notcr +
      " not correctly rounded)";
  });
}

const EXACT = ["sqrt", "floor", "ceil", "trunc", "fabs", "isnan", "isinf", "isfinite", "degrees", "radians",
  "frexp", "modf", "ulp", "fmod", "remainder", "copysign", "nextafter", "ldexp", "hypot", "dist", "fsum", "prod",
  "prod_int", "isclose", "gcd", "lcm", "factorial", "comb", "perm", "isqrt"];
const PORTS = ["expm1", "log1p", "log10", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt"];
const CRS = ["exp", "exp2", "log", "log_base", "log2", "pow", "sin", "cos", "tan", "asin", "acos", "atan", "atan2"];

test("math and random: every CPython case passes (node)", { skip: NOPY }, (t) => {
  for (const line of report([...PORTS, ...CRS])) t.diagnostic(line);
  t.diagnostic("random distributions (gauss, ...): " + RESULT.stats.random_libm.diff + "/" +
    RESULT.stats.random_libm.n + " differ from CPython in the last bits");
  assert.deepEqual(RESULT.first, [], RESULT.failed + " failures of " + RESULT.total);
});

test("math: exactly specified functions equal CPython on every case", { skip: NOPY }, () => {
  for (const n of EXACT) {
    assert.ok(RESULT.stats[n].n > 0, n + " has no cases");
    assert.equal(RESULT.stats[n].diff, 0, report([n])[0]);
  }
});

test("math: glibc ports and correctly rounded functions rarely differ from CPython", { skip: NOPY }, () => {
  for (const n of [...PORTS, ...CRS]) {
    const s = RESULT.stats[n];
    assert.ok(s.n > 0, n + " has no cases");
    assert.equal(s.far, 0, report([n])[0]);
    // the ports not built on exp/log reproduce glibc exactly
    if (["expm1", "log1p", "tanh", "atanh", "cbrt"].includes(n)) assert.equal(s.diff, 0, report([n])[0]);
    assert.ok(s.diff <= s.n * 0.01, report([n])[0]);
  }
});

// ---- hand-written checks ----

function throwsPy(fn, name, msg) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof L.$BaseException, "not a Python exception: " + e);
    assert.equal(L.$exc_name(e), name);
    if (msg !== undefined) assert.equal(e.__str__(), msg);
    return;
  }
  assert.fail("no exception raised");
}

test("library.js: names start with $, no clash with pyrt.js, plain script", () => {
  for (const n of LIB_NAMES) {
    assert.ok(n.startsWith("$"), n);
    assert.ok(!RT_NAMES.includes(n), n + " is already declared by pyrt.js");
  }
  assert.ok(!/^\s*(import|export)\b/m.test(LIB_TEXT));
  assert.ok(!/\brequire\s*\(/.test(LIB_TEXT));
  assert.ok(!/\bprocess\./.test(LIB_TEXT), "Node APIs only through $host");
  for (const line of LIB_TEXT.split("\n")) {
    if (/^[A-Za-z_$]/.test(line)) assert.ok(/^(function|const|let|class) \$/.test(line), line);
  }
});

test("pyrt.js + library.js is valid as an ES module body too", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pyrt-lib-"));
  try {
    const f = path.join(dir, "m.mjs");
    writeFileSync(f, TEXT + "\nexport const ok = $float_repr($math_sqrt(2)) + ' ' + new $Random(42).random();\n");
    const m = await import(f);
    assert.equal(m.ok, "1.4142135623730951 0.6394267984578837");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("random: known CPython sequences (no python needed)", () => {
  const r = new L.$Random(42);
  assert.deepEqual([r.random(), r.random(), r.random()], [0.6394267984578837, 0.025010755222666936, 0.27502931836911926]);
  r.seed(42);
  assert.deepEqual(Array.from({ length: 12 }, () => r.randint(1, 6)), [6, 1, 1, 6, 3, 2, 2, 2, 6, 1, 6, 6]);
  r.seed("hello");
  assert.equal(r.random(), 0.3537754404730722);
  r.seed(2 ** 53 - 1);
  assert.equal(r.getrandbits(53), 5049649289284434);
  // the shared instance is seeded (from the clock and Math.random)
  const a = L.$random.random();
  assert.ok(a >= 0 && a < 1);
  L.$random.seed(42);
  assert.equal(L.$random.random(), 0.6394267984578837);
  L.$random.seed(null);
  assert.notEqual(L.$random.random(), 0.025010755222666936);
});

// Shapes of types.js's range iterator and list iterator (not loaded here).
const rangeIter = (start, stop, step) => ({
  i: start, stop, step, $v: undefined,
  $next() {
    if (!(this.step > 0 ? this.i < this.stop : this.i > this.stop)) return false;
    this.$v = this.i;
    this.i += this.step;
    return true;
  },
});
const arrayIter = (a) => ({
  a, k: 0, $v: undefined,
  $next() {
    if (this.k >= this.a.length) return false;
    this.$v = this.a[this.k++];
    return true;
  },
});

test("random and math: ranges and pyrt iterators as arguments", () => {
  const r = new L.$Random(5);
  const a = r.sample({ start: 0, stop: 100, step: 1 }, 5);
  r.seed(5);
  assert.deepEqual(r.sample(rangeIter(0, 100, 1), 5), a); // types.js's range value
  r.seed(5);
  assert.deepEqual(r.sample(Array.from({ length: 100 }, (_, i) => i), 5), a);
  assert.deepEqual(a, [79, 32, 94, 45, 88]); // random.seed(5); random.sample(range(100), 5)
  r.seed(3);
  const c = r.choice(rangeIter(10, 0, -3));
  assert.ok([10, 7, 4, 1].includes(c));
  assert.equal(L.$math_fsum(arrayIter([0.1, 0.2, 0.3])), 0.6);
  assert.equal(L.$math_prod(rangeIter(1, 5, 1)), 24);
  assert.equal(L.$math_prod_int([2 ** 40, 2 ** 40, 0]), 0);
  r.seed(1);
  const w = r.choices(["a", "b"], arrayIter([1, 3]), undefined, 4);
  r.seed(1);
  assert.deepEqual(r.choices(["a", "b"], [1, 3], undefined, 4), w);
  assert.equal(new L.$Random(1e300).random(), (() => { const q = new L.$Random(0); q.seed_float(1e300); return q.random(); })());
});

test("random: errors", () => {
  const r = new L.$Random(1);
  throwsPy(() => r.getrandbits(54), "OverflowError", "int too large for the js backend (beyond 2**53)");
  throwsPy(() => r.seed({}), "TypeError");
  throwsPy(() => r.seed("\ud800"), "ValueError",
    "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed");
  throwsPy(() => r.sample(new Set([1, 2]), 1), "TypeError",
    "Population must be a sequence.  For dicts or sets, use sorted(d).");
  throwsPy(() => r.randrange(-(2 ** 52), 2 ** 53 - 1), "OverflowError");
});

test("math: errors and special values", () => {
  const M = L;
  throwsPy(() => M.$math_sqrt(-1), "ValueError", "math domain error");
  throwsPy(() => M.$math_exp(1000), "OverflowError", "math range error");
  throwsPy(() => M.$math_log(0), "ValueError", "math domain error");
  throwsPy(() => M.$math_log(2, 1), "ZeroDivisionError", "float division by zero");
  throwsPy(() => M.$math_floor(Infinity), "OverflowError", "cannot convert float infinity to integer");
  throwsPy(() => M.$math_ceil(NaN), "ValueError", "cannot convert float NaN to integer");
  throwsPy(() => M.$math_floor(1e300), "OverflowError", "int too large for the js backend (beyond 2**53)");
  throwsPy(() => M.$math_factorial(-3), "ValueError", "factorial() not defined for negative values");
  throwsPy(() => M.$math_factorial(19), "OverflowError");
  throwsPy(() => M.$math_acos(2), "ValueError", "math domain error");
  throwsPy(() => M.$math_pow(0, -1), "ValueError", "math domain error");
  throwsPy(() => M.$math_pow(10, 400), "OverflowError", "math range error");
  throwsPy(() => M.$math_fsum([1e308, 1e308]), "OverflowError", "intermediate overflow in fsum");
  throwsPy(() => M.$math_comb(70, 35), "OverflowError");
  assert.ok(Object.is(M.$math_ceil(-0.5), 0));
  assert.ok(Object.is(M.$math_sqrt(-0), -0));
  assert.deepEqual(M.$math_frexp(8), [0.5, 4]);
  assert.deepEqual(M.$math_modf(-3.25), [-0.25, -3]);
  assert.equal(M.$math_pi, 3.141592653589793);
  assert.equal(M.$math_tau, 6.283185307179586);
  assert.equal(M.$math_e, 2.718281828459045);
  assert.ok(M.$math_isnan(M.$math_nan) && M.$math_isinf(M.$math_inf));
  // huge arguments use the exact (BigInt) reduction
  assert.equal(M.$math_sin(1e22), -0.8522008497671888);
  assert.equal(M.$math_cos(1.7976931348623157e308), -0.9999876894265599);
});

test("math: performance smoke test", () => {
  const t0 = Date.now();
  let acc = 0;
  for (let i = 1; i < 100000; i++) {
    const x = i * 0.001;
    acc += L.$math_sin(x) + L.$math_cos(x) + L.$math_exp(-x) + L.$math_log(x) + L.$math_atan(x) + L.$math_sqrt(x);
  }
  const ms = Date.now() - t0;
  assert.ok(acc === acc);
  assert.ok(ms < 3000, "took " + ms + " ms");
});

test("time: clocks and sleep", () => {
  const t = L.$time_time();
  assert.ok(Math.abs(t - Date.now() / 1000) < 1, "time() is seconds since the epoch");
  let last = L.$time_perf_counter();
  for (let i = 0; i < 10000; i++) {
    const p = L.$time_perf_counter();
    assert.ok(p >= last);
    last = p;
  }
  assert.ok(L.$time_monotonic() >= 0);
  const c0 = L.$time_process_time();
  assert.ok(c0 >= 0);
  const p0 = L.$time_perf_counter();
  L.$time_sleep(0.05);
  const dt = L.$time_perf_counter() - p0;
  assert.ok(dt >= 0.049 && dt < 2, "slept " + dt);
  assert.ok(L.$time_process_time() >= c0);
  assert.ok(Number.isSafeInteger(L.$time_perf_counter_ns()));
  throwsPy(() => L.$time_sleep(-1), "ValueError", "sleep length must be non-negative");
  throwsPy(() => L.$time_sleep(NaN), "ValueError", "Invalid value NaN (not a number)");
  assert.equal(L.$time_sleep(0), null);
});

// ---- the other engines ----

const SHELLS = [["js102", which("js102"), "js102 not installed (apt-get install libmozjs-102-dev)"],
  ["jsc", findJsc(), "jsc not installed (apt-get install libjavascriptcoregtk-4.0-bin)"]];

function runProgram(cmd, dir, name, body) {
  const file = path.join(dir, name + ".js");
  writeFileSync(file, TEXT + "\n" + body);
  return spawnSync(cmd, [file], { encoding: "utf8", maxBuffer: 1 << 28 });
}

const SHELL_MAIN = `
const $T_L = { $Random, $BaseException, $exc_name ${LIB_NAMES.filter((n) => n.startsWith("$math_")).map((n) => ", " + n).join("")} };
$main(function () {
  const res = $T_check($T_L, $T_CASES);
  for (const f of res.first.slice(0, 10)) $print("FAIL " + f + "\\n");
  $print("checked " + res.total + " failed " + res.failed + " digest " + res.digest + "\\n");
  return res.failed === 0 ? 0 : 1;
});
`;

for (const [label, cmd, why] of SHELLS) {
  test("host " + label + ": every CPython case passes, results identical to node's", { skip: NOPY || (cmd ? false : why) }, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pyrt-lib-"));
    try {
      const r = runProgram(cmd, dir, "cases", "const L = { $BaseException, $exc_name };\n" + CHECKER +
        "\nconst $T_CASES = " + JSON.stringify(CASES) + ";\n" + SHELL_MAIN);
      assert.match(r.stdout, /checked \d+ failed 0 digest/, r.stdout.slice(0, 3000) + r.stderr.slice(0, 2000));
      assert.ok(r.stdout.includes("digest " + RESULT.digest), "results differ from node's: " + r.stdout.slice(-200));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test("host " + label + ": random sequence, math and time without python", { skip: cmd ? false : why }, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pyrt-lib-"));
    try {
      const r = runProgram(cmd, dir, "basic", `$main(function () {
        const r = new $Random(42);
        const t0 = $time_time(), p0 = $time_perf_counter(), c0 = $time_process_time();
        $time_sleep(0.02);
        const ok = Math.abs(t0 - Date.now() / 1000) < 2 && $time_perf_counter() - p0 >= 0.019 &&
          $time_process_time() >= c0 && $time_monotonic() >= 0;
        $print([r.random(), r.randint(1, 6), $math_sin(1e22), $math_exp(1), $math_log(10), ok].join(" ") + "\\n");
        return 0;
      });`);
      assert.equal(r.stdout, "0.6394267984578837 1 -0.8522008497671888 2.718281828459045 2.302585092994046 true\n", r.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
