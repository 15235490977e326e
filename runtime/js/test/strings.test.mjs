// Tests for runtime/js/strings.js (str methods, % formatting, str.format).
// Run from the repo root:   node --test runtime/js/test/
// Expectations come from CPython 3.11 (`python3`) via strings_cases.py; the
// js102 and jsc shells are exercised when installed (skipped otherwise).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { execFile, execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { HAVE_PY, declared, findJsc, which } from "../test_support.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RT_TEXT = readFileSync(path.join(HERE, "..", "pyrt.js"), "utf8");
const ST_TEXT = readFileSync(path.join(HERE, "..", "strings.js"), "utf8");
const FULL_TEXT = RT_TEXT + "\n" + ST_TEXT;

const ST_NAMES = declared(ST_TEXT);
const NAMES = [...new Set(declared(FULL_TEXT))];

// ---- the case checker: plain script text, run in node and in the shells ----
// Uses only the runtime's names and its own ($T_*).
const CHECKER = String.raw`
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

// typed value (see strings_cases.py) -> [value, descriptor]
function $T_mk(t) {
  switch (t.t) {
    case "none": return [null, { kind: "none", name: "NoneType" }];
    case "bool": return [t.v, { kind: "bool", name: "bool" }];
    case "int": return [t.v, { kind: "int", name: "int" }];
    case "float": return [$T_dec(t.v), { kind: "float", name: "float" }];
    case "str": return [t.v, { kind: "str", name: "str" }];
    case "list": case "tuple": {
      const items = t.v.map($T_mk);
      const d = { kind: t.t, name: t.t, repr: function () { return t.repr; }, str: function () { return t.repr; } };
      if (t.t === "list") d.elem = items.length > 0 ? items[0][1] : undefined;
      else d.elems = items.map(function (x) { return x[1]; });
      return [items.map(function (x) { return x[0]; }), d];
    }
    case "opt": {
      const inner = $T_mk(t.inner === "int" ? { t: "int", v: 0 } : t.inner === "str" ? { t: "str", v: "" }
        : { t: "float", v: { f: "0000000000000000" } })[1];
      return [t.x === null ? null : $T_mk(t.x)[0], { kind: "opt", inner: inner }];
    }
    default:
      return [{ opaque: true }, { kind: t.t, name: t.name, repr: function () { return t.repr; },
        str: function () { return t.str; } }];
  }
}

function $T_args(name, raw) {
  if (name === "$str_percent") {
    const vs = raw[1].map($T_mk);
    return [raw[0], vs.map(function (x) { return x[0]; }), vs.map(function (x) { return x[1]; }), raw[2]];
  }
  if (name === "$str_format") {
    const vs = raw[1].map($T_mk), ks = raw[3].map($T_mk);
    return [raw[0], vs.map(function (x) { return x[0]; }), vs.map(function (x) { return x[1]; }), raw[2],
      ks.map(function (x) { return x[0]; }), ks.map(function (x) { return x[1]; })];
  }
  return raw;
}

function $T_same(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!$T_same(a[i], b[i])) return false;
    return true;
  }
  return Object.is(a, b);
}

// Runs fn over the cases of one function; returns failure descriptions.
function $T_check(name, fn, cases) {
  const fails = [];
  for (let k = 0; k < cases.length; k++) {
    const raw = cases[k][0], exp = cases[k][1];
    let got;
    try {
      got = { v: fn.apply(null, $T_args(name, raw)) };
    } catch (e) {
      got = e instanceof $BaseException ? { e: [$exc_name(e), e.__str__()] } : { e: ["JS", String(e)] };
    }
    const ok = "e" in exp ? "e" in got && got.e[0] === exp.e[0] && got.e[1] === exp.e[1]
      : "v" in got && $T_same(got.v, exp.v);
    if (!ok) fails.push(name + JSON.stringify(raw) + ": expected " + JSON.stringify(exp) + ", got " + JSON.stringify(got));
  }
  return fails;
}

// Predicates of every code point (columns of strings_cases.py's props).
// step > 1 checks every step-th code point only.
function $T_props(props, step) {
  const fails = [];
  const S = String.fromCharCode(0x3a3);
  const preds = {
    isalpha: function (cp, s) { return $str_isalpha(s); },
    isdigit: function (cp, s) { return $str_isdigit(s); },
    isnumeric: function (cp, s) { return $str_isnumeric(s); },
    isdecimal: function (cp, s) { return $str_isdecimal(s); },
    isspace: function (cp, s) { return $str_isspace(s); },
    isupper: function (cp, s) { return $str_isupper(s); },
    islower: function (cp, s) { return $str_islower(s); },
    istitle: function (cp, s) { return $str_istitle(s); },
    isalnum: function (cp, s) { return $str_isalnum(s); },
    isidentifier: function (cp, s) { return $str_isidentifier(s); },
    isprintable: function (cp, s) { return $str_isprintable(s); },
    xid_continue: function (cp, s) { return $str_isidentifier("a" + s); },
    cased: function (cp) { return $su_is_cased(cp); },
    sigma_final_before: function (cp, s) { return $su_final_sigma("a" + S + s, 1); },
    sigma_final_between: function (cp, s) { return $su_final_sigma("a" + S + s + "a", 1); },
  };
  const names = Object.keys(props);
  const want = new Int32Array(0x110000);
  const fns = [];
  for (let k = 0; k < names.length; k++) {
    fns.push(preds[names[k]]);
    if (!fns[k]) return ["no predicate for " + names[k]];
    const runs = props[names[k]];
    let on = runs[0];
    let cp = 0;
    for (let r = 1; r < runs.length; r++, on = !on) {
      if (on) for (let j = 0; j < runs[r]; j++) want[cp + j] |= 1 << k;
      cp += runs[r];
    }
    if (cp !== 0x110000) fails.push(names[k] + " covers " + cp + " code points");
  }
  for (let cp = 0; cp < 0x110000; cp += step) {
    const s = String.fromCodePoint(cp);
    let got = 0;
    for (let k = 0; k < fns.length; k++) if (fns[k](cp, s)) got |= 1 << k;
    if (got !== want[cp]) {
      for (let k = 0; k < fns.length && fails.length < 30; k++) {
        if ((got ^ want[cp]) & (1 << k)) {
          fails.push(names[k] + "(U+" + cp.toString(16) + ") is " + !!(got & (1 << k)) + ", CPython: " + !(got & (1 << k)));
        }
      }
    }
  }
  return fails;
}

// upper/lower/title/casefold/swapcase of every code point.
function $T_casemap(rows, step) {
  const fails = [];
  const m = new Map();
  for (let i = 0; i < rows.length; i++) m.set(rows[i][0], rows[i]);
  for (let cp = 0; cp < 0x110000; cp += step) {
    const s = String.fromCodePoint(cp);
    const row = m.get(cp);
    const got = [$str_upper(s), $str_lower(s), $str_title(s), $str_casefold(s), $str_swapcase(s)];
    for (let k = 0; k < 5; k++) {
      const want = row === undefined ? s : row[k + 1];
      if (got[k] !== want && fails.length < 30) {
        fails.push("U+" + cp.toString(16) + " " + ["upper", "lower", "title", "casefold", "swapcase"][k] + ": " +
          JSON.stringify(got[k]) + ", CPython " + JSON.stringify(want));
      }
    }
  }
  return fails;
}
`;

function load() {
  // eslint-disable-next-line no-new-func
  return new Function(FULL_TEXT + "\n" + CHECKER + "\nreturn {" + NAMES.join(", ") +
    ", $T_check, $T_props, $T_casemap, $T_args};")();
}
const R = load();

// ---- CPython expectations ----
const NOPY = HAVE_PY ? false : "python3 (CPython 3.11) is not available";
const CASES_TEXT = HAVE_PY
  ? execFileSync("python3", [path.join(HERE, "strings_cases.py")], { encoding: "utf8", maxBuffer: 1 << 30 })
  : null;
const CASES = HAVE_PY ? JSON.parse(CASES_TEXT) : null;

const GROUPS = {
  "split/join": ["$str_split", "$str_rsplit", "$str_splitlines", "$str_join", "$str_partition", "$str_rpartition"],
  "strip/replace/pad": ["$str_strip", "$str_lstrip", "$str_rstrip", "$str_replace", "$str_center", "$str_ljust",
    "$str_rjust", "$str_zfill", "$str_expandtabs", "$str_removeprefix", "$str_removesuffix"],
  "search": ["$str_find", "$str_rfind", "$str_index_of", "$str_rindex", "$str_count", "$str_startswith",
    "$str_endswith"],
  "case": ["$str_upper", "$str_lower", "$str_capitalize", "$str_title", "$str_swapcase", "$str_casefold"],
  "predicates": ["$str_isdigit", "$str_isdecimal", "$str_isnumeric", "$str_isalpha", "$str_isalnum",
    "$str_isspace", "$str_isupper", "$str_islower", "$str_istitle", "$str_isidentifier", "$str_isascii",
    "$str_isprintable"],
  "ord/chr/bases": ["$str_ord", "$str_chr", "$int_to_base"],
  "formatting": ["$str_percent", "$str_format"],
};
const CHECKED = Object.values(GROUPS).flat();

for (const [group, names] of Object.entries(GROUPS)) {
  for (const name of names) {
    test(group + ": " + name + " matches CPython", { skip: NOPY }, () => {
      assert.equal(typeof R[name], "function", name + " is not defined");
      const cases = CASES[name];
      assert.ok(cases && cases.length > 0, "no cases for " + name);
      const f = R.$T_check(name, R[name], cases);
      assert.deepEqual(f.slice(0, 20), [], f.length + " failures of " + cases.length);
    });
  }
}

test("every generated case belongs to a checked function", { skip: NOPY }, () => {
  for (const k of Object.keys(CASES)) {
    if (k !== "props" && k !== "casemap") assert.ok(CHECKED.includes(k), k);
  }
});

test("Unicode predicates of every code point match CPython", { skip: NOPY }, () => {
  assert.deepEqual(R.$T_props(CASES.props, 1), []);
});

test("case mappings of every code point match CPython", { skip: NOPY }, () => {
  assert.deepEqual(R.$T_casemap(CASES.casemap, 1), []);
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

test("strings.js: top-level names start with $, no clash with pyrt.js, no import/export/require", () => {
  const rt = new Set(declared(RT_TEXT));
  for (const n of ST_NAMES) {
    assert.ok(n.startsWith("$"), n);
    assert.ok(!rt.has(n), n + " is already declared in pyrt.js");
  }
  assert.equal(new Set(ST_NAMES).size, ST_NAMES.length, "duplicate declarations");
  assert.ok(!/^\s*(import|export)\b/m.test(ST_TEXT));
  assert.ok(!/\brequire\s*\(/.test(ST_TEXT));
  assert.ok(!/\b(process|globalThis|window|console)\b/.test(ST_TEXT.replace(/\/\/.*$/gm, "")));
  for (const line of ST_TEXT.split("\n")) {
    if (/^[A-Za-z_$]/.test(line)) assert.ok(/^(function|const|let|class) \$/.test(line), line);
  }
});

test("pyrt.js + strings.js is valid as an ES module body too", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pyrt-str-"));
  try {
    const f = path.join(dir, "m.mjs");
    writeFileSync(f, FULL_TEXT + "\nexport const ok = $str_format('{:>4}|{}', [1, 'é'], null, [], [], []) + " +
      "$str_percent('%05.1f', [2.25], null) + $str_upper('ß');\n");
    const m = await import(f);
    assert.equal(m.ok, "   1|é002.2SS");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("code point indices with text outside the BMP", () => {
  const s = "a😀b😀c";
  assert.equal(R.$str_find(s, "b", null, null), 2);
  assert.equal(R.$str_find(s, "😀", 2, null), 3);
  assert.equal(R.$str_rfind(s, "😀", null, null), 3);
  assert.equal(R.$str_rfind(s, "😀", null, 3), 1);
  assert.equal(R.$str_count(s, "", null, null), 6);
  assert.equal(R.$str_index_of(s, "c", -1, null), 4);
  assert.equal(R.$str_startswith(s, "😀", 1, null), true);
  assert.equal(R.$str_endswith(s, "😀", null, -1), true);
  assert.deepEqual(R.$str_split("😀a😀", "a", -1), ["😀", "😀"]);
  assert.equal(R.$str_center("😀", 4, "中"), "中😀中中");
  assert.equal(R.$str_expandtabs("😀\tx", 4), "😀   x");
  assert.equal(R.$str_replace("😀😀", "", "-", -1), "-😀-😀-");
  assert.equal(R.$str_strip("😀a😀", "😀"), "a");
  assert.equal(R.$str_ord("😀"), 0x1f600);
  assert.equal(R.$str_chr(0x1f600), "😀");
  assert.equal(R.$str_percent("%-3s|%.1s", ["😀", "😀😀"], null), "😀  |😀");
  assert.equal(R.$str_format("{0[1]}", ["a😀b"], null), "😀");
  // a lone surrogate never matches half of a pair
  assert.equal(R.$str_find("😀", "\ud83d", null, null), -1);
  assert.equal(R.$str_count("😀\ud83d", "\ud83d", null, null), 1);
  assert.deepEqual(R.$str_split("😀", "\ude00", -1), ["😀"]);
});

test("error messages", () => {
  throwsPy(() => R.$str_split("a", "", -1), "ValueError", "empty separator");
  throwsPy(() => R.$str_rpartition("a", ""), "ValueError", "empty separator");
  throwsPy(() => R.$str_index_of("abc", "d", null, null), "ValueError", "substring not found");
  throwsPy(() => R.$str_center("a", 5, "ab"), "TypeError", "The fill character must be exactly one character long");
  throwsPy(() => R.$str_ord("abc"), "TypeError", "ord() expected a character, but string of length 3 found");
  throwsPy(() => R.$str_chr(0x110000), "ValueError", "chr() arg not in range(0x110000)");
  throwsPy(() => R.$str_chr(0xd800), "ValueError", "pyrt: lone surrogates (U+D800..U+DFFF) are not supported");
  throwsPy(() => R.$str_percent("%s %s", [1], null), "TypeError", "not enough arguments for format string");
  throwsPy(() => R.$str_percent("%s", [1, 2], null), "TypeError", "not all arguments converted during string formatting");
  throwsPy(() => R.$str_percent("%d", ["x"], [{ kind: "str", name: "str" }]), "TypeError",
    "%d format: a real number is required, not str");
  throwsPy(() => R.$str_percent("%x", [1.5], [{ kind: "float", name: "float" }]), "TypeError",
    "%x format: an integer is required, not float");
  throwsPy(() => R.$str_percent("abcy%y", [1], null), "ValueError", "unsupported format character 'y' (0x79) at index 5");
  throwsPy(() => R.$str_percent("%c", ["ab"], null), "TypeError", "%c requires int or char");
  throwsPy(() => R.$str_percent("%*d", ["x", 1], null), "TypeError", "* wants int");
  throwsPy(() => R.$str_format("{} {0}", [1, 2], null), "ValueError",
    "cannot switch from automatic field numbering to manual field specification");
  throwsPy(() => R.$str_format("{2}", [1], null), "IndexError", "Replacement index 2 out of range for positional args tuple");
  throwsPy(() => R.$str_format("{nm}", [], null, [], [], []), "KeyError", "'nm'");
  throwsPy(() => R.$str_format("a}", [], null), "ValueError", "Single '}' encountered in format string");
  throwsPy(() => R.$str_format("{:x}", [[1]], [{ kind: "list", name: "list", repr: () => "[1]" }]), "TypeError",
    "unsupported format string passed to list.__format__");
});

test("descriptors: opt, inferred, user objects, single operands", () => {
  const optInt = { kind: "opt", inner: { kind: "int", name: "int" } };
  assert.equal(R.$str_percent("%s|%s", [null, 3], [optInt, optInt]), "None|3");
  throwsPy(() => R.$str_percent("%d", [null], [optInt]), "TypeError", "%d format: a real number is required, not NoneType");
  assert.equal(R.$str_format("{:>3}|{}", [7, null], [optInt, optInt]), "  7|None");
  // no descriptors: inferred from the JS values
  assert.equal(R.$str_percent("%s %r %d %s", ["a", "b", 3, true], null), "a 'b' 3 True");
  assert.equal(R.$str_format("{} {!r} {:.1f}", [null, "x", 2.25]), "None 'x' 2.2");
  const obj = { kind: "object", name: "Point", repr: () => "Point(1, 2)", str: () => "(1, 2)" };
  assert.equal(R.$str_percent("%s %r %a", [{}, {}, {}], [obj, obj, obj]), "(1, 2) Point(1, 2) Point(1, 2)");
  throwsPy(() => R.$str_format("{:5}", [{}], [obj]), "TypeError", "unsupported format string passed to Point.__format__");
  // `fmt % x` with x a list or dict: a mapping, so unused is fine
  const list = { kind: "list", name: "list", repr: () => "[1]" };
  assert.equal(R.$str_percent("abc", [[1]], [list], true), "abc");
  throwsPy(() => R.$str_percent("abc", [[1]], [list], false), "TypeError",
    "not all arguments converted during string formatting");
  throwsPy(() => R.$str_percent("abc", [5], null, true), "TypeError",
    "not all arguments converted during string formatting");
});

test("descriptor hooks: format, dict keys, getattr, getitem", () => {
  const S = { kind: "str", name: "str" }, I = { kind: "int", name: "int" };
  // a dict value as collections.js's $Dict: getitem(k) raises KeyError
  const dictOf = (entries) => {
    const m = new Map(entries);
    return { getitem(k) { if (!m.has(k)) throw new R.$KeyError(k); return m.get(k); } };
  };
  const dSI = { kind: "dict", name: "dict", key: S, val: I, repr: () => "{...}",
    format: (x, spec) => (spec === "" ? "{...}" : "F") };
  assert.equal(R.$str_format("{0[a]:>3}|{0[b]}|{0}", [dictOf([["a", 1], ["b", 2]])], [dSI]), "  1|2|{...}");
  throwsPy(() => R.$str_format("{0[1]}", [dictOf([["1", 5]])], [dSI]), "KeyError", "1");
  throwsPy(() => R.$str_format("{0[z]}", [dictOf([])], [dSI]), "KeyError", "'z'");
  const dIS = { kind: "dict", name: "dict", key: I, val: S, repr: () => "{...}" };
  assert.equal(R.$str_format("{0[10]!r}", [dictOf([[10, "x"]])], [dIS]), "'x'");
  throwsPy(() => R.$str_format("{0[x]}", [dictOf([[10, "x"]])], [dIS]), "KeyError", "'x'");
  // desc.format is used for kinds without a spec language of their own
  assert.equal(R.$str_format("{:spec}", [{}], [dSI]), "F");
  const P = {
    kind: "object", name: "P", repr: () => "P()", str: () => "p",
    getattr: (x, n) => [n.length, I], getitem: (x, k) => [String(k) + "!", S],
  };
  assert.equal(R.$str_format("{0.abc}|{0[7]}|{0[k]:>4}|{0}", [{}], [P]), "3|7!|  k!|p");
  throwsPy(() => R.$str_format("{0.x}", [{}], [{ kind: "object", name: "Q", repr: () => "Q()" }]), "ValueError");
});

test("performance smoke test", () => {
  const t0 = Date.now();
  let acc = 0;
  const line = "  The quick brown fox, jumps over the lazy dog; 12345 times  ";
  for (let i = 0; i < 20000; i++) {
    acc += R.$str_split(line, null, -1).length + R.$str_split(line, ",", -1).length;
    acc += R.$str_strip(line, null).length + R.$str_upper(line).length + R.$str_title(line).length;
    acc += R.$str_find(line, "lazy", null, null) + R.$str_count(line, "o", null, null);
    acc += R.$str_replace(line, "o", "0", -1).length + R.$str_join(",", ["a", "b", "c"]).length;
    acc += R.$str_percent("%5d|%-8s|%.2f", [i, "ab", i / 7], null).length;
    acc += R.$str_format("{:>5}|{:<8}|{:.2f}", [i, "ab", i / 7], null).length;
    acc += R.$str_isidentifier("name_" + i) ? 1 : 0;
  }
  const ms = Date.now() - t0;
  assert.ok(acc > 0);
  assert.ok(ms < 5000, "took " + ms + " ms");
});

// ---- the same cases inside the other JS shells ----

const JS102 = which("js102");
const JSC = findJsc();

// Shells check every generated case, and the code point sweeps at a stride
// (the tables are engine independent; node checks every code point).
const SHELL_STEP = 7;
const SHELL_MAIN = `
function $T_run() {
  const fns = { ${CHECKED.map((n) => JSON.stringify(n) + ": " + n).join(", ")} };
  let fails = [], total = 0;
  for (const name of Object.keys(fns)) {
    total += $T_CASES[name].length;
    fails = fails.concat($T_check(name, fns[name], $T_CASES[name]));
  }
  fails = fails.concat($T_props($T_CASES.props, ${SHELL_STEP}), $T_casemap($T_CASES.casemap, ${SHELL_STEP}));
  for (let i = 0; i < fails.length && i < 20; i++) $print("FAIL " + fails[i] + "\\n");
  $print("checked " + total + " cases and the code points; failed " + fails.length + "\\n");
  return fails.length === 0 ? 0 : 1;
}
`;

// Started at once, in parallel with the node tests.
function runShell(cmd) {
  return new Promise((resolve) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pyrt-str-cases-"));
    const file = path.join(dir, "cases.js");
    writeFileSync(file, FULL_TEXT + "\nconst $T_CASES = " + CASES_TEXT + ";\n" + CHECKER + SHELL_MAIN +
      "\n$main($T_run);\n");
    execFile(cmd, [file], { encoding: "utf8", maxBuffer: 1 << 26 }, (err, stdout, stderr) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ stdout: stdout || "", stderr: (stderr || "") + (err && !stdout ? String(err) : "") });
    });
  });
}
const SHELLS = [["js102", JS102], ["jsc", JSC]];
const SHELL_RUNS = {};
if (HAVE_PY) for (const [label, cmd] of SHELLS) if (cmd) SHELL_RUNS[label] = runShell(cmd);

for (const [label, cmd] of SHELLS) {
  test("host " + label + ": every CPython case passes", { skip: NOPY || (cmd ? false : label + " not installed") }, async () => {
    const r = await SHELL_RUNS[label];
    assert.match(r.stdout, /checked \d+ cases and the code points; failed 0\n/,
      r.stdout.slice(0, 4000) + r.stderr.slice(0, 2000));
  });
}
