// Tests for runtime/js/pyrt.js.  Run from the repo root:
//   node --test runtime/js/test/
// Expectations come from CPython 3.11 (`python3`) via cases.py; the js102 and
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
const RT_PATH = path.join(HERE, "..", "pyrt.js");
const RT_TEXT = readFileSync(RT_PATH, "utf8");

// Every top-level declared name.
const NAMES = [...new Set(declared(RT_TEXT))];

function loadRuntime() {
  // eslint-disable-next-line no-new-func
  return new Function(RT_TEXT + "\nreturn {" + NAMES.join(", ") + "};")();
}
const R = loadRuntime();

// ---- CPython expectations ----
const CASES = HAVE_PY
  ? JSON.parse(execFileSync("python3", [path.join(HERE, "cases.py")], { encoding: "utf8", maxBuffer: 1 << 30 }))
  : null;
const NOPY = HAVE_PY ? false : "python3 (CPython 3.11) is not available";

const dv = new DataView(new ArrayBuffer(8));
function dec(v) {
  if (v !== null && typeof v === "object") {
    if (Array.isArray(v)) return v.map(dec);
    if ("f" in v) {
      dv.setBigUint64(0, BigInt("0x" + v.f));
      return dv.getFloat64(0);
    }
  }
  return v;
}

function show(v) {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  return JSON.stringify(v);
}

function same(a, b) {
  return Object.is(a, b);
}

// Runs fn on every case; returns a list of failure descriptions.
function runCases(name, fnOverride) {
  const fn = fnOverride || R[name];
  assert.equal(typeof fn, "function", name + " is not defined");
  const failures = [];
  for (const [rawArgs, exp] of CASES[name]) {
    const args = dec(rawArgs);
    let got;
    try {
      got = { v: fn(...args) };
    } catch (e) {
      if (e instanceof R.$BaseException) got = { e: [R.$exc_name(e), e.__str__()] };
      else got = { e: ["JS:" + (e && e.name), String(e && e.message)] };
    }
    let ok;
    if ("e" in exp) ok = "e" in got && got.e[0] === exp.e[0] && got.e[1] === exp.e[1];
    else ok = "v" in got && (same(got.v, dec(exp.v)) || ("cr" in exp && same(got.v, dec(exp.cr)) &&
      Math.abs(got.v - dec(exp.v)) <= Math.abs(got.v) * 2.220446049250313e-16));
    if (!ok) {
      failures.push(name + "(" + args.map(show).join(", ") + "): expected " +
        ("e" in exp ? exp.e.join(": ") : show(dec(exp.v))) + ", got " +
        ("e" in got ? got.e.join(": ") : show(got.v)));
    }
  }
  return failures;
}

function checkAll(name) {
  const f = runCases(name);
  assert.ok(CASES[name].length > 0);
  assert.deepEqual(f.slice(0, 25), [], f.length + " failures of " + CASES[name].length);
}

const GROUPS = {
  "int arithmetic": ["$int_add", "$int_sub", "$int_mul", "$int_floordiv", "$int_mod", "$int_truediv", "$int_pow",
    "$int_neg", "$int_abs", "$int_invert", "$int_round"],
  "int bitwise and shifts": ["$int_and", "$int_or", "$int_xor", "$int_lshift", "$int_rshift"],
  "int() and round()": ["$int_from_float", "$int_from_str", "$float_round"],
  "float arithmetic": ["$float_truediv", "$float_floordiv", "$float_mod", "$float_pow"],
  "float repr/parse/round": ["$float_repr", "$float_from_str", "$float_round_digits"],
  "format()": ["$format_float", "$format_int", "$format_bool", "$format_str"],
  "str": ["$str_len", "$str_index", "$str_slice", "$str_repeat", "$str_cmp", "$str_contains", "$str_repr",
    "$bool_str"],
};
for (const [group, names] of Object.entries(GROUPS)) {
  for (const name of names) {
    test(group + ": " + name + " matches CPython", { skip: NOPY }, () => checkAll(name));
  }
}

test("float ** float: random inputs vs CPython and the correctly rounded value", { skip: NOPY }, () => {
  let vsPy = 0, vsCr = 0, far = 0;
  const bad = [];
  for (const [args, py, cr] of CASES.pow_random) {
    const [x, y] = dec(args);
    const got = R.$float_pow(x, y);
    const p = dec(py), c = dec(cr);
    if (!same(got, c)) { vsCr++; bad.push([x, y, got, c]); }
    if (!same(got, p)) {
      vsPy++;
      // CPython (glibc pow) is not correctly rounded: allow 1 ulp there.
      const ulp = Math.abs(p) * 2.220446049250313e-16;
      if (Math.abs(got - p) > ulp) far++;
    }
  }
  const n = CASES.pow_random.length;
  assert.deepEqual(bad.slice(0, 5), [], vsCr + " of " + n + " not correctly rounded");
  assert.equal(far, 0, "results more than 1 ulp from CPython");
  assert.ok(vsPy <= n * 0.02, vsPy + " of " + n + " differ from CPython by 1 ulp");
});

// ---- hand-written checks ----

function throwsPy(fn, name, msg) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof R.$BaseException, "not a Python exception: " + e);
    assert.equal(R.$exc_name(e), name);
    if (msg !== undefined) assert.equal(e.__str__(), msg);
    return;
  }
  assert.fail("no exception raised");
}

test("top-level names all start with $ and the file has no import/export/require", () => {
  for (const n of NAMES) assert.ok(n.startsWith("$"), n);
  assert.ok(!/^\s*(import|export)\b/m.test(RT_TEXT));
  assert.ok(!/\brequire\s*\(/.test(RT_TEXT.replace(/g\.require\(|typeof g\.require/g, "")));
  // every line at column 0 that starts a statement is a declaration, comment or "use strict"
  for (const line of RT_TEXT.split("\n")) {
    if (/^[A-Za-z_$]/.test(line)) {
      assert.ok(/^(function|const|let|class|\$[\w$]*\.\$pyname = |"use strict")/.test(line), line);
    }
  }
});

test("runtime is valid as an ES module body too", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pyrt-"));
  try {
    const f = path.join(dir, "m.mjs");
    writeFileSync(f, RT_TEXT + "\nexport const ok = $format_float(2.5, '.0f') + $float_repr(0.1);\n");
    const m = await import(f);
    assert.equal(m.ok, "20.1");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("exceptions: hierarchy, names, str and repr", () => {
  const E = R;
  assert.ok(new E.$ZeroDivisionError() instanceof E.$ArithmeticError);
  assert.ok(new E.$OverflowError() instanceof E.$ArithmeticError);
  assert.ok(new E.$ArithmeticError() instanceof E.$Exception);
  assert.ok(new E.$IndexError() instanceof E.$LookupError);
  assert.ok(new E.$KeyError() instanceof E.$LookupError);
  assert.ok(new E.$UnboundLocalError() instanceof E.$NameError);
  assert.ok(new E.$RecursionError() instanceof E.$RuntimeError);
  assert.ok(new E.$NotImplementedError() instanceof E.$RuntimeError);
  assert.ok(new E.$SystemExit() instanceof E.$BaseException);
  assert.ok(!(new E.$SystemExit() instanceof E.$Exception));
  assert.ok(!(new E.$KeyboardInterrupt() instanceof E.$Exception));
  assert.ok(!(new E.$ValueError() instanceof Error));
  for (const c of ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError",
    "ValueError", "TypeError", "LookupError", "IndexError", "KeyError", "AssertionError", "NameError",
    "UnboundLocalError", "RuntimeError", "RecursionError", "NotImplementedError", "StopIteration",
    "AttributeError", "MemoryError", "SystemExit", "KeyboardInterrupt"]) {
    const cls = E["$" + c];
    assert.equal(cls.$pyname, c);
    assert.equal(new cls("m").$name, c);
    assert.equal(E.$exc_name(new cls()), c);
    assert.equal(E.$exc_name(cls), c);
    assert.deepEqual(new cls(1, "a").args, [1, "a"]);
  }
  assert.equal(new E.$ValueError().__str__(), "");
  assert.equal(new E.$ValueError("x").__str__(), "x");
  assert.equal(new E.$ValueError(3).__str__(), "3");
  assert.equal(new E.$ValueError("x", 1).__str__(), "('x', 1)");
  assert.equal(new E.$ValueError("x").__repr__(), "ValueError('x')");
  assert.equal(new E.$ValueError().__repr__(), "ValueError()");
  assert.equal(new E.$ValueError("x", 1).__repr__(), "ValueError('x', 1)");
  assert.equal(new E.$KeyError("a").__str__(), "'a'");
  assert.equal(new E.$KeyError(3).__str__(), "3");
  assert.equal(new E.$KeyError("a", "b").__str__(), "('a', 'b')");
  assert.equal(new E.$KeyError().__str__(), "");
  assert.equal(new E.$OverflowError(34, "Numerical result out of range").__str__(),
    "(34, 'Numerical result out of range')");
  assert.equal(new E.$SystemExit().code, null);
  assert.equal(new E.$SystemExit(3).code, 3);
  assert.equal(new E.$StopIteration().value, null);
  assert.equal(new E.$StopIteration(5).value, 5);
  // user subclasses
  const Mine = new Function("B", "return class MyError extends B {}")(E.$ValueError);
  assert.equal(E.$exc_name(new Mine("q")), "MyError");
  assert.ok(new Mine() instanceof E.$Exception);
  Mine.$pyname = "Renamed";
  assert.equal(new Mine().$name, "Renamed");
  throwsPy(() => E.$raise(E.$IndexError, "boom"), "IndexError", "boom");
  throwsPy(() => E.$raise(E.$IndexError), "IndexError", "");
});

test("int: -0 never produced, messages", () => {
  assert.ok(Object.is(R.$int_mul(0, -5), 0));
  assert.ok(Object.is(R.$int_mul(-5, 0), 0));
  assert.ok(Object.is(R.$int_neg(0), 0));
  assert.ok(Object.is(R.$int_floordiv(0, -5), 0));
  assert.ok(Object.is(R.$int_mod(-5, 5), 0));
  assert.ok(Object.is(R.$int_mod(5, -5), 0));
  assert.ok(Object.is(R.$int_from_float(-0.5), 0));
  assert.ok(Object.is(R.$int_from_str("-0"), 0));
  assert.ok(Object.is(R.$int_from_str(" -0 "), 0));
  assert.ok(Object.is(R.$float_round(-0.4), 0));
  assert.ok(Object.is(R.$int_round(-4, -1), 0));
  assert.ok(Object.is(R.$int_rshift(-0 + 0, 3), 0));
  throwsPy(() => R.$int_add(2 ** 53 - 1, 1), "OverflowError", "int too large for the js backend (beyond 2**53)");
  throwsPy(() => R.$int_pow(2, -1), "ValueError", "pyrt: int ** negative int gives a float; write float(x) ** n");
  throwsPy(() => R.$int_lshift(1, -1), "ValueError", "negative shift count");
  throwsPy(() => R.$int_rshift(1, -1), "ValueError", "negative shift count");
});

test("float_pow: error messages", () => {
  throwsPy(() => R.$float_pow(0, -1), "ZeroDivisionError", "0.0 cannot be raised to a negative power");
  throwsPy(() => R.$float_pow(-8, 1 / 3), "ValueError", "pyrt: complex result of float ** float is not supported");
  throwsPy(() => R.$float_pow(10, 400), "OverflowError", "(34, 'Numerical result out of range')");
});

test("str: surrogate pairs count as one character", () => {
  const s = "a😀b😁";
  assert.equal(R.$str_len(s), 4);
  assert.equal(R.$str_index(s, 1), "😀");
  assert.equal(R.$str_index(s, -1), "😁");
  assert.equal(R.$str_slice(s, null, null, -1), "😁b😀a");
  assert.equal(R.$str_slice(s, 1, 3, null), "😀b");
  // the code-point cache must not confuse strings
  assert.equal(R.$str_len("😀😀"), 2);
  assert.equal(R.$str_len("xxxx"), 4);
  assert.equal(R.$str_index("😀😀x", 2), "x");
  assert.equal(R.$str_cmp("\uffff", "😀"), -1);
  assert.equal(R.$str_cmp("😀", "\ue000"), 1);
  assert.equal(R.$str_contains("😀", "\ude00"), false);
  assert.equal(R.$str_contains("a\ude00", "\ude00"), true);
  assert.equal(R.$str_repeat("ab", 3), "ababab");
  throwsPy(() => R.$str_slice("abc", 0, 1, 0), "ValueError", "slice step cannot be zero");
  throwsPy(() => R.$str_repeat("ab", 2 ** 40), "MemoryError");
});

test("formatting fast paths agree with the exact BigInt path", () => {
  // random doubles: $dtoa_fixed / $dtoa_prec fast paths vs forced exact path
  let seed = 12345;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  for (let i = 0; i < 3000; i++) {
    const x = Math.pow(10, rnd() * 40 - 20) * (1 + rnd());
    const p = Math.floor(rnd() * 25);
    const a = R.$dtoa_fixed(x, p);
    const mk = R.$frexp_int(x);
    const q = R.$scaled_round(mk[0], mk[1], p);
    const exact = q === 0n ? ["", -p] : [R.$strip_zeros(q.toString()), q.toString().length - p];
    assert.deepEqual(a, exact, x + " .f" + p);
    const n = 1 + Math.floor(rnd() * 20);
    const b = R.$dtoa_prec(x, n);
    const c = R.$dtoa_prec_exact(x, n);
    assert.deepEqual(b, c, x + " .e" + n);
  }
});

test("performance smoke test", () => {
  const t0 = Date.now();
  let acc = 0;
  for (let i = 0; i < 200000; i++) {
    acc += R.$format_float(i * 0.37, ".2f").length;
    acc += R.$int_floordiv(i * 7919, 13) + R.$int_xor(i, 0x5555) + R.$int_and(i * 2 ** 30, 2 ** 40 - 1);
  }
  for (let i = 0; i < 100000; i++) acc += R.$float_repr(i / 7).length + R.$float_pow(1 + i / 1e5, 2.5);
  const ms = Date.now() - t0;
  assert.ok(acc > 0);
  assert.ok(ms < 5000, "took " + ms + " ms");
});

// ---- whole-program behaviour through the hosts ----

const PROGRAMS = {
  hello: {
    body: `$print("hello " + $float_repr(0.1) + "\\n"); $print("no newline at end"); return null;`,
    stdout: "hello 0.1\nno newline at end", stderr: "", code: 0,
  },
  big: {
    body: `for (let i = 0; i < 30000; i++) $print($format_int(i, "8,") + " " + $format_float(i / 3, ".3f") + "\\n"); return 0;`,
    stdout: null, stderr: "", code: 0,
  },
  status: { body: `$print("x\\n"); return 3;`, stdout: "x\n", stderr: "", code: 3 },
  status_wrap: { body: `return 256 + 7;`, stdout: "", stderr: "", code: 7 },
  status_negative: { body: `throw new $SystemExit(-1);`, stdout: "", stderr: "", code: 255 },
  zerodiv: {
    body: `$print("before\\n"); $int_floordiv(1, 0); return null;`,
    stdout: "before\n",
    stderr: 'Traceback (most recent call last):\n  File "<pyrt>", line ?, in <module>\nZeroDivisionError: integer division or modulo by zero\n',
    code: 1,
  },
  noargs: {
    body: `throw new $AssertionError();`,
    stdout: "",
    stderr: 'Traceback (most recent call last):\n  File "<pyrt>", line ?, in <module>\nAssertionError\n',
    code: 1,
  },
  keyerror: {
    body: `throw new $KeyError("k");`,
    stdout: "",
    stderr: 'Traceback (most recent call last):\n  File "<pyrt>", line ?, in <module>\nKeyError: \'k\'\n',
    code: 1,
  },
  sysexit: { body: `$print("a\\n"); throw new $SystemExit(4);`, stdout: "a\n", stderr: "", code: 4 },
  sysexit_none: { body: `throw new $SystemExit();`, stdout: "", stderr: "", code: 0 },
  returns_str: { body: `$print("a\\n"); return "oops";`, stdout: "a\n", stderr: "oops\n", code: 1 },
  sysexit_tuple: { body: `throw new $SystemExit(1, "x");`, stdout: "", stderr: "(1, 'x')\n", code: 1 },
  sysexit_msg: { body: `throw new $SystemExit("bye");`, stdout: "", stderr: "bye\n", code: 1 },
  recursion: {
    body: `function f(n) { return f(n + 1) + 1; } $print("r\\n"); f(0); return 0;`,
    stdout: "r\n",
    stderr: 'Traceback (most recent call last):\n  File "<pyrt>", line ?, in <module>\nRecursionError: maximum recursion depth exceeded\n',
    code: 1,
  },
  memory: {
    body: `let s = "x"; for (;;) s += s;`,
    stdout: "",
    stderr: 'Traceback (most recent call last):\n  File "<pyrt>", line ?, in <module>\nMemoryError\n',
    code: 1,
  },
  internal: {
    body: `null.x; return 0;`, stdout: "", stderr: /^pyrt: internal error: .+\n$/, code: 70,
  },
  stderr: { body: `$print_err("warn\\n"); $print("out\\n"); return null;`, stdout: "out\n", stderr: "warn\n", code: 0 },
  argv: { body: `const a = $argv(); $print(a.slice(1).join("|") + "\\n"); return 0;`, stdout: "x|y z\n", stderr: "", code: 0, args: ["x", "y z"] },
  unicode: { body: `$print("h\\u00e9llo \\u{1F600}\\n"); return 0;`, stdout: "h\u00e9llo \u{1F600}\n", stderr: "", code: 0 },
};

function expectedBig() {
  let s = "";
  for (let i = 0; i < 30000; i++) s += String(i).replace(/\B(?=(\d{3})+(?!\d))/g, ",").padStart(8, " ") + " " + (i / 3).toFixed(3) + "\n";
  return s;
}

function progText(body) {
  return RT_TEXT + "\n// ---- program ----\n$main(function () {\n" + body + "\n});\n";
}

function runHost(cmd, mkArgs, name, prog, dir) {
  const file = path.join(dir, name + ".js");
  writeFileSync(file, progText(prog.body));
  const r = spawnSync(cmd, mkArgs(file, prog.args || []), { encoding: "utf8", maxBuffer: 1 << 28 });
  return r;
}

function checkHost(label, cmd, mkArgs, quirks) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pyrt-host-"));
  try {
    for (const [name, prog] of Object.entries(PROGRAMS)) {
      const r = runHost(cmd, mkArgs, name, prog, dir);
      let stdout = prog.stdout === null ? expectedBig() : prog.stdout;
      let code = prog.code;
      let stderr = prog.stderr;
      if (quirks) ({ stdout, code, stderr } = quirks(name, stdout, code, stderr));
      assert.equal(r.stdout, stdout, label + " " + name + " stdout");
      if (stderr instanceof RegExp) assert.match(r.stderr, stderr, label + " " + name + " stderr");
      else assert.equal(r.stderr, stderr, label + " " + name + " stderr");
      assert.equal(r.status, code, label + " " + name + " exit status");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("host: node runs programs (stdout, stderr, exit status, argv)", () => {
  checkHost("node", process.execPath, (f, a) => [f, ...a]);
});

const JS102 = which("js102");
test("host: SpiderMonkey js102", { skip: JS102 ? false : "js102 not installed (apt-get install libmozjs-102-dev)" }, () => {
  checkHost("js102", JS102, (f, a) => [f, ...a], (name, stdout, code, stderr) => {
    // quit() only takes 0..127: larger statuses become 1 with a note on stderr.
    if (code > 127) {
      return { stdout, code: 1, stderr: "pyrt: exit status " + code + " cannot be reported by js102; exiting with 1\n" };
    }
    return { stdout, code, stderr };
  });
});

const JSC = findJsc();
test("host: JavaScriptCore jsc", { skip: JSC ? false : "jsc not installed (apt-get install libjavascriptcoregtk-4.0-bin)" }, () => {
  checkHost("jsc", JSC, (f, a) => [f, "--", ...a], (name, stdout, code, stderr) => {
    // jsc can only print whole lines (a final partial line gets a newline) and
    // cannot choose its exit status: non-zero becomes status 3 with an
    // "Exception: pyrt: exit status N" line on stdout.
    if (stdout.length > 0 && !stdout.endsWith("\n")) stdout += "\n";
    if (code !== 0) {
      stdout += "Exception: pyrt: exit status " + code + "\n";
      code = 3;
    }
    return { stdout, code, stderr };
  });
});

test("hosts agree with node on numeric formatting", { skip: !(JS102 || JSC) && "no js102/jsc" }, () => {
  // A sample of float formatting, repr and pow computed in each shell must match node.
  const body = `
    let s = "";
    let seed = 7;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    const specs = ["", ".2f", ".0f", ".3e", "g", ".12g", ",.3f", "%", "#.0e", ".20f"];
    for (let i = 0; i < 3000; i++) {
      // inputs built from decimal strings (Math.pow differs between engines)
      const x = Number((rnd() < 0.5 ? "-" : "") + Math.floor(rnd() * 1e9) + "." + Math.floor(rnd() * 1e8) + "e" + Math.floor(rnd() * 60 - 30));
      const y = Math.round(rnd() * 1000) / 8;
      s += $float_repr(x) + " " + $format_float(x, specs[i % specs.length]) + " " + $format_float(y, ".1f") + " " +
        $float_repr($float_pow(Math.abs(x) % 100 + 0.5, rnd() * 20 - 10)) + " " + $float_repr($float_round_digits(x, 3)) + "\\n";
    }
    s += $str_repr("a\\u200b\\u{1F600}\\u0378'") + $int_from_str(" \\u0661\\u0662 ") + $float_from_str("1_0.5") + "\\n";
    $print(s);
    return 0;`;
  const dir = mkdtempSync(path.join(os.tmpdir(), "pyrt-agree-"));
  try {
    const file = path.join(dir, "agree.js");
    writeFileSync(file, progText(body));
    const ref = spawnSync(process.execPath, [file], { encoding: "utf8" });
    assert.equal(ref.status, 0, ref.stderr);
    for (const [label, cmd] of [["js102", JS102], ["jsc", JSC]]) {
      if (!cmd) continue;
      const r = spawnSync(cmd, [file], { encoding: "utf8", maxBuffer: 1 << 26 });
      assert.equal(r.stdout, ref.stdout, label + " output differs from node");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The complete CPython case list, checked inside each shell (not only node).
const SHELL_CHECKER = `
function $T_dec(v) {
  if (v !== null && typeof v === "object") {
    if (Array.isArray(v)) return v.map($T_dec);
    if ("f" in v) {
      const dv = new DataView(new ArrayBuffer(8));
      dv.setBigUint64(0, BigInt("0x" + v.f));
      return dv.getFloat64(0);
    }
  }
  return v;
}
function $T_run() {
  const fns = { ${Object.values(GROUPS).flat().map((n) => JSON.stringify(n) + ": " + n).join(", ")} };
  let fails = 0, total = 0;
  for (const name of Object.keys(fns)) {
    for (const [rawArgs, exp] of $T_CASES[name]) {
      total++;
      const args = $T_dec(rawArgs);
      let got;
      try { got = { v: fns[name](...args) }; } catch (e) {
        got = e instanceof $BaseException ? { e: [$exc_name(e), e.__str__()] } : { e: ["JS", String(e)] };
      }
      let ok;
      if ("e" in exp) ok = "e" in got && got.e[0] === exp.e[0] && got.e[1] === exp.e[1];
      else ok = "v" in got && (Object.is(got.v, $T_dec(exp.v)) || ("cr" in exp && Object.is(got.v, $T_dec(exp.cr))));
      if (!ok) {
        fails++;
        if (fails <= 20) $print("FAIL " + name + " " + JSON.stringify(rawArgs) + " " + JSON.stringify(exp) + " got " + JSON.stringify(got) + "\\n");
      }
    }
  }
  for (const [args, py, cr] of $T_CASES.pow_random) {
    total++;
    const a = $T_dec(args);
    if (!Object.is($float_pow(a[0], a[1]), $T_dec(cr))) {
      fails++;
      if (fails <= 20) $print("FAIL pow " + JSON.stringify(args) + "\\n");
    }
  }
  $print("checked " + total + " failed " + fails + "\\n");
  return fails === 0 ? 0 : 1;
}
`;

for (const [label, cmd, extra] of [["js102", JS102, []], ["jsc", JSC, []]]) {
  test("host " + label + ": every CPython case passes", { skip: NOPY || (cmd ? false : label + " not installed") }, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pyrt-cases-"));
    try {
      const file = path.join(dir, "cases.js");
      writeFileSync(file, RT_TEXT + "\nconst $T_CASES = " + JSON.stringify(CASES) + ";\n" + SHELL_CHECKER +
        "\n$main($T_run);\n");
      const r = spawnSync(cmd, [...extra, file], { encoding: "utf8", maxBuffer: 1 << 26 });
      assert.match(r.stdout, /checked \d+ failed 0\n/, r.stdout.slice(0, 3000) + r.stderr.slice(0, 2000));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
