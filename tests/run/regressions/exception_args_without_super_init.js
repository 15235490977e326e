// pyrt.js -- JavaScript runtime library of pyrt (Python 3.11 subset -> JS).
//
// This text is pasted verbatim at the top of every generated program.  It is a
// plain script: only top-level function/const/class declarations, every
// top-level name starts with '$', no import/export/require, strict-mode clean
// (also valid as an ES module body).  It runs unchanged on node >= 20.16,
// SpiderMonkey's js102 shell and JavaScriptCore's jsc shell; all host
// differences live in `$host`.  Tests: runtime/js/test/ (node --test).
//
// Representation (fixed by the compiler):
//   int   -> JS number holding a safe integer (never -0); results outside
//            +-(2**53-1) raise OverflowError.
//   float -> JS number;  bool -> JS boolean;  None -> null
//   str   -> JS string (UTF-16); Python semantics are by code point.
//   exceptions -> instances of the $BaseException class tree (not JS Errors).
//
// API (every function raises the exception CPython 3.11 raises, same message):
//   output/driver: $print(s) $print_err(s) $flush() $argv() $main(body)
//   exceptions:    $BaseException ... $KeyboardInterrupt (CPython's tree),
//                  cls.$pyname, exc.$name, exc.args, exc.__str__(),
//                  exc.__repr__(), $exc_name(excOrCls), $raise(cls, msg),
//                  $exc_from_js(jsError)
//   int:   $int_add $int_sub $int_mul $int_floordiv $int_mod $int_truediv
//          $int_pow $int_neg $int_abs $int_invert $int_and $int_or $int_xor
//          $int_lshift $int_rshift $int_from_float $int_from_str $int_round
//   float: $float_truediv $float_floordiv $float_mod $float_pow $float_repr
//          $float_round $float_round_digits $float_from_str
//   str:   $str_len $str_index $str_slice $str_repeat $str_cmp $str_contains
//          $str_repr $bool_str
//   format(): $format_int $format_float $format_str $format_bool
"use strict";

// ---------------------------------------------------------------------------
// Host abstraction
// ---------------------------------------------------------------------------

const $host = (function () {
  const g = globalThis;
  const proc = g.process;
  // node (>= 20.16 has process.getBuiltinModule; CommonJS scripts also have require)
  if (proc && typeof proc.pid === "number") {
    let fs = null;
    if (typeof proc.getBuiltinModule === "function") fs = proc.getBuiltinModule("node:fs");
    else if (typeof g.require === "function") fs = g.require("fs");
    if (fs) {
      const enc = new TextEncoder();
      const writeFd = function (fd, s) {
        if (s.length === 0) return;
        const buf = enc.encode(s);
        let off = 0;
        while (off < buf.length) {
          try {
            off += fs.writeSync(fd, buf, off, buf.length - off);
          } catch (e) {
            if (e && e.code === "EAGAIN") continue;
            if (e && e.code === "EPIPE") { host.broken = true; return; }
            throw e;
          }
        }
      };
      const host = {
        name: "node",
        broken: false,
        writeOut: function (s) { writeFd(1, s); },
        writeErr: function (s) { writeFd(2, s); },
        finish: function () {},
        exit: function (code) { proc.exit(code); },
        argv: function () {
          const a = proc.argv.slice(1);
          const argv0 = proc.env !== undefined ? proc.env.PYRT_ARGV0 : undefined;
          if (typeof argv0 === "string" && a.length > 0) a[0] = argv0;
          return a;
        },
        // input(): stdin is read whole at the first call, then line by line.
        readLine: function () {
          if (host.lines === undefined) {
            let text = "";
            try { text = new TextDecoder().decode(fs.readFileSync(0)); } catch (e) { text = ""; }
            host.lines = text;
            host.linePos = 0;
          }
          if (host.linePos >= host.lines.length) return null;
          const i = host.lines.indexOf("\n", host.linePos);
          const end = i < 0 ? host.lines.length : i;
          const line = host.lines.slice(host.linePos, end);
          host.linePos = i < 0 ? end : i + 1;
          return line;
        },
      };
      return host;
    }
  }
  // Line-oriented hosts: `lineOut(s)` / `lineErr(s)` write s plus a newline.
  // Text after the last newline is held back until more arrives or exit.
  const lineWriter = function (lineFn) {
    let pending = "";
    return {
      write: function (s) {
        pending += s;
        const i = pending.lastIndexOf("\n");
        if (i >= 0) {
          lineFn(pending.slice(0, i));
          pending = pending.slice(i + 1);
        }
      },
      // A trailing partial line can only be written with an added newline.
      finish: function () {
        if (pending.length > 0) { lineFn(pending); pending = ""; }
      },
    };
  };
  // SpiderMonkey shell (js102): putstr writes without a newline.
  if (typeof g.putstr === "function" && typeof g.quit === "function") {
    const err = lineWriter(function (s) { g.printErr(s); });
    const env0 = typeof g.os === "object" && g.os && typeof g.os.getenv === "function" ? g.os.getenv("PYRT_ARGV0") : undefined;
    const name = typeof env0 === "string" ? env0 : typeof g.scriptPath === "string" ? g.scriptPath : "main.py";
    const args = typeof g.scriptArgs === "object" && g.scriptArgs ? g.scriptArgs : [];
    return {
      name: "js102",
      writeOut: function (s) { g.putstr(s); },
      writeErr: err.write,
      finish: err.finish,
      // js102's quit() accepts only 0..127
      exit: function (code) {
        if (code > 127) {
          g.printErr("pyrt: exit status " + code + " cannot be reported by js102; exiting with 1");
          code = 1;
        }
        g.quit(code);
      },
      argv: function () { return [name].concat(Array.prototype.slice.call(args)); },
      readLine: function () { return typeof g.readline === "function" ? g.readline() : null; },
    };
  }
  // Deno.
  if (typeof g.Deno === "object" && g.Deno && typeof g.Deno.exit === "function") {
    const enc = new TextEncoder();
    const D = g.Deno;
    const w = function (f, s) {
      const b = enc.encode(s);
      let off = 0;
      while (off < b.length) off += f.writeSync(b.subarray(off));
    };
    return {
      name: "deno",
      writeOut: function (s) { w(D.stdout, s); },
      writeErr: function (s) { w(D.stderr, s); },
      finish: function () {},
      exit: function (code) { D.exit(code); },
      argv: function () { return ["main.py"].concat(D.args); },
    };
  }
  // JavaScriptCore shell (jsc): print adds a newline; quit() ignores its
  // argument, so a non-zero status is produced with an uncaught exception
  // (jsc then exits with status 3 and prints "Exception: ..." on stdout).
  if (typeof g.print === "function") {
    const out = lineWriter(function (s) { g.print(s); });
    const errFn = typeof g.printErr === "function" ? g.printErr : g.print;
    const err = lineWriter(function (s) { errFn(s); });
    const args = g.arguments && typeof g.arguments.length === "number" ? g.arguments : [];
    return {
      name: "jsc",
      writeOut: out.write,
      writeErr: err.write,
      finish: function () { out.finish(); err.finish(); },
      exit: function (code) {
        if (code === 0 && typeof g.quit === "function") g.quit(0);
        if (code !== 0) throw "pyrt: exit status " + code;
      },
      argv: function () { return ["main.py"].concat(Array.prototype.slice.call(args)); },
      // jsc's readline() gives "" at the end of input as for an empty line: an
      // empty line ends input here.
      readLine: function () {
        if (typeof g.readline !== "function") return null;
        const l = g.readline();
        return l === "" ? null : l;
      },
    };
  }
  // Anything with a console (browsers, other embeddings).
  const c = g.console;
  const out = lineWriter(function (s) { c.log(s); });
  const err = lineWriter(function (s) { c.error(s); });
  return {
    name: "console",
    writeOut: out.write,
    writeErr: err.write,
    finish: function () { out.finish(); err.finish(); },
    exit: function (code) { if (code !== 0) throw "pyrt: exit status " + code; },
    argv: function () { return ["main.py"]; },
  };
})();

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

const $io = { buf: "" };
const $OUT_CHUNK = 1 << 16;

// Appends s (already including `end`) to stdout.
function $print(s) {
  $io.buf += s;
  if ($io.buf.length >= $OUT_CHUNK) $flush();
}

// Writes s to stderr (unbuffered, like Python's line-buffered stderr).
function $print_err(s) {
  $host.writeErr(s);
}

// sys.stdout.flush()
function $flush() {
  if ($io.buf.length > 0) {
    const s = $io.buf;
    $io.buf = "";
    $host.writeOut(s);
  }
}

// input(prompt): a line of stdin without its newline; EOFError at the end.
function $input(prompt) {
  $print(prompt);
  $flush();
  const line = typeof $host.readLine === "function" ? $host.readLine() : null;
  if (line === null || line === undefined) $raise($EOFError, "EOF when reading a line");
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

// sys.argv (a fresh array; argv[0] is the program name)
function $argv() {
  return $host.argv();
}

// ---------------------------------------------------------------------------
// Exceptions
// ---------------------------------------------------------------------------

// Instances of the program's classes (exceptions included) are objects of JS
// classes derived from $Object. A method slot is called with the instance
// first (`o.m(o, ...)`), so overrides dispatch through the prototype chain;
// $Object supplies CPython's defaults for the dunders the runtime calls.
let $object_count = 0;
class $Object {
  __repr__() { return "<" + $class_module(this) + "." + $exc_name(this) + " object at " + $object_addr(this) + ">"; }
  __str__() { return this.__repr__(this); }
  __eq__(o, other) { return this === other; }
  __ne__(o, other) { return !this.__eq__(this, other); }
  __hash__() { return $object_id(this); }
  __lt__(o, other) { $object_unordered("<", this, other); }
  __le__(o, other) { $object_unordered("<=", this, other); }
  __gt__(o, other) { $object_unordered(">", this, other); }
  __ge__(o, other) { $object_unordered(">=", this, other); }
}
// An object's identity number (CPython's id() is an address; any distinct one will do).
function $object_id(o) {
  if (o.$id === undefined) Object.defineProperty(o, "$id", { value: ++$object_count });
  return o.$id;
}
// isinstance(x, M) for a class M used as a mixin (not on JS's prototype chain).
function $isinstance_mixin(x, M) {
  if (x instanceof M) return true;
  if (x === null || typeof x !== "object") return false;
  const m = x.constructor.$mixins;
  return m !== undefined && m.includes(M);
}
function $object_addr(o) { return "0x7f" + (0x1000000 + $object_id(o) * 16).toString(16).padStart(10, "0"); }
function $object_unordered(op, a, b) {
  $raise($TypeError, "'" + op + "' not supported between instances of '" + $exc_name(a) + "' and '" + $exc_name(b) + "'");
}

class $BaseException extends $Object {
  constructor(...args) {
    super();
    this.args = args;
    // The descriptor of the arguments' tuple type, when the translated code
    // gave one ($exc_new); the runtime's own exceptions hold str and int.
    this.$argsT = undefined;
  }
  __str__() {
    const a = this.args, T = this.$argsT;
    if (a.length === 0) return "";
    if (a.length === 1) return T !== undefined ? T.elems[0].str(a[0]) : $str_any(a[0]);
    return T !== undefined ? T.repr(a) : $repr_any(a);
  }
  __repr__() {
    const T = this.$argsT;
    return $exc_name(this) + "(" + this.args.map((x, i) => T !== undefined ? T.elems[i].repr(x) : $repr_any(x)).join(", ") + ")";
  }
  // Python name of this exception's class (e.g. "ZeroDivisionError").
  get $name() {
    return $exc_name(this);
  }
  toString() {
    const s = this.__str__(this);
    return s === "" ? $exc_name(this) : $exc_name(this) + ": " + s;
  }
}
class $Exception extends $BaseException {}
class $ArithmeticError extends $Exception {}
class $ZeroDivisionError extends $ArithmeticError {}
class $OverflowError extends $ArithmeticError {}
class $ValueError extends $Exception {}
class $TypeError extends $Exception {}
class $LookupError extends $Exception {}
class $IndexError extends $LookupError {}
class $KeyError extends $LookupError {
  __str__() {
    const T = this.$argsT;
    if (this.args.length !== 1) return super.__str__();
    return T !== undefined ? T.elems[0].repr(this.args[0]) : $repr_any(this.args[0]);
  }
}
class $AssertionError extends $Exception {}
class $NameError extends $Exception {}
class $UnboundLocalError extends $NameError {}
class $RuntimeError extends $Exception {}
class $RecursionError extends $RuntimeError {}
class $NotImplementedError extends $RuntimeError {}
class $StopIteration extends $Exception {
  get value() {
    return this.args.length > 0 ? this.args[0] : null;
  }
}
class $AttributeError extends $Exception {}
class $EOFError extends $Exception {}
class $MemoryError extends $Exception {}
class $SystemExit extends $BaseException {
  get code() {
    const a = this.args;
    return a.length === 0 ? null : a.length === 1 ? a[0] : a;
  }
}
class $KeyboardInterrupt extends $BaseException {}

// Static Python names.  A subclass without its own `$pyname` reports its JS
// class name (see $exc_name).
$BaseException.$pyname = "BaseException";
$Exception.$pyname = "Exception";
$ArithmeticError.$pyname = "ArithmeticError";
$ZeroDivisionError.$pyname = "ZeroDivisionError";
$OverflowError.$pyname = "OverflowError";
$ValueError.$pyname = "ValueError";
$TypeError.$pyname = "TypeError";
$LookupError.$pyname = "LookupError";
$IndexError.$pyname = "IndexError";
$KeyError.$pyname = "KeyError";
$AssertionError.$pyname = "AssertionError";
$NameError.$pyname = "NameError";
$UnboundLocalError.$pyname = "UnboundLocalError";
$RuntimeError.$pyname = "RuntimeError";
$RecursionError.$pyname = "RecursionError";
$NotImplementedError.$pyname = "NotImplementedError";
$StopIteration.$pyname = "StopIteration";
$AttributeError.$pyname = "AttributeError";
$EOFError.$pyname = "EOFError";
$MemoryError.$pyname = "MemoryError";
$SystemExit.$pyname = "SystemExit";
$KeyboardInterrupt.$pyname = "KeyboardInterrupt";

// The module of an object's class (or of a class): "builtins" for the
// built-in exceptions, "__main__" for the main module's classes.
function $class_module(o) {
  const c = typeof o === "function" ? o : o.constructor;
  return c.$module !== undefined ? c.$module : "builtins";
}

// Python class name of an exception instance or class.
function $exc_name(e) {
  const c = typeof e === "function" ? e : e.constructor;
  if (Object.prototype.hasOwnProperty.call(c, "$pyname")) return c.$pyname;
  const n = c.name || "Exception";
  return n.charCodeAt(0) === 36 ? n.slice(1) : n;
}

// raise cls(msg)  (no argument when msg is omitted)
function $raise(cls, msg) {
  if (msg === undefined) throw new cls();
  throw new cls(msg);
}

const $INT_OVERFLOW_MSG = "int too large for the js backend (beyond 2**53)";

function $overflow() {
  throw new $OverflowError($INT_OVERFLOW_MSG);
}

// Maps a caught JS value to a Python exception where one corresponds
// (stack overflow -> RecursionError, string/array allocation failure ->
// MemoryError); returns other values unchanged.
// The exception a `try` handler was entered with: a Python exception (host
// errors such as stack overflow converted); anything else is a bug in pyrt
// or the host's, and goes on up.
function $caught(e) {
  const x = $exc_from_js(e);
  if (x instanceof $BaseException) return x;
  throw e;
}

// BaseException.__init__(self, *args); T is the descriptor of their tuple.
function $exc_init(o, args, T) {
  o.args = args;
  o.$argsT = T;
}

// A new exception of class C with these arguments (T: their tuple's descriptor).
function $exc_new(C, args, T) {
  const e = new C(...args);
  e.$argsT = T;
  return e;
}

function $exc_from_js(e) {
  if (e instanceof $BaseException) return e;
  if ($is_stack_overflow(e)) return new $RecursionError("maximum recursion depth exceeded");
  if ($is_out_of_memory(e)) return new $MemoryError();
  return e;
}

function $is_out_of_memory(e) {
  if (e === null || typeof e !== "object") return false;
  const n = e.name;
  if (n !== "RangeError" && n !== "InternalError") return false;
  return /string length|maximum string size|allocation size overflow|out of memory|array length|Array length must be|length too large/i
    .test(String(e.message));
}

function $is_stack_overflow(e) {
  if (e === null || typeof e !== "object") return false;
  const m = String(e.message);
  if (typeof RangeError === "function" && e instanceof RangeError && /call stack|recursion/i.test(m)) return true;
  return (e.name === "InternalError" || e.constructor && e.constructor.name === "InternalError") &&
    /too much recursion/.test(m);
}

// str() / repr() of values that may appear as exception arguments.  A JS
// number is shown as an int when integral, else as a float.
function $str_any(v) {
  if (typeof v === "string") return v;
  return $repr_any(v);
}

function $repr_any(v) {
  switch (typeof v) {
    case "string":
      return $str_repr(v);
    case "number":
      return Number.isInteger(v) && !Object.is(v, -0) ? String(v) : $float_repr(v);
    case "boolean":
      return v ? "True" : "False";
    case "bigint":
      return String(v);
    case "undefined":
      return "None";
    case "object":
      if (v === null) return "None";
      if (Array.isArray(v)) {
        if (v.length === 1) return "(" + $repr_any(v[0]) + ",)";
        return "(" + v.map($repr_any).join(", ") + ")";
      }
      if (v instanceof $BaseException) return v.__repr__(v);
      if (typeof v.__repr__ === "function") return v.__repr__(v);
      return String(v);
    default:
      return String(v);
  }
}

// ---------------------------------------------------------------------------
// Program driver
// ---------------------------------------------------------------------------

function $traceback_text(e) {
  const s = e.__str__(e);
  const m = $class_module(e);
  // CPython qualifies the classes of modules other than the main one.
  const name = m === "__main__" || m === "builtins" ? $exc_name(e) : m + "." + $exc_name(e);
  return "Traceback (most recent call last):\n" +
    '  File "<pyrt>", line ?, in <module>\n' +
    (s === "" ? name : name + ": " + s) + "\n";
}

// sys.exit(code) semantics: None -> 0, int -> itself, anything else is
// printed to stderr and gives 1.
function $exit_status(code, T) {
  if (code === null || code === undefined) return 0;
  const kind = T !== undefined ? T.kind : undefined;
  if (typeof code === "boolean") return code ? 1 : 0;
  if (typeof code === "number" && Number.isInteger(code) && kind !== "float") return code;
  $print_err((T !== undefined ? T.str(code) : $str_any(code)) + "\n");
  return 1;
}

// Runs the program body and exits with Python's exit status.  body() returns
// the status (an int) or null for 0.
function $main(body) {
  let status = 0;
  try {
    status = $exit_status(body());
  } catch (e0) {
    const e = $exc_from_js(e0);
    try { $flush(); } catch (e1) { /* ignore */ }
    if (e instanceof $SystemExit) {
      const T = e.$argsT;
      status = $exit_status(e.code, T === undefined ? undefined : e.args.length === 1 ? T.elems[0] : T);
    } else if (e instanceof $BaseException) {
      let text;
      try { text = $traceback_text(e); } catch (e2) { text = "Traceback (most recent call last):\n" + $exc_name(e) + "\n"; }
      $print_err(text);
      status = e instanceof $KeyboardInterrupt ? 130 : 1;
    } else {
      const msg = e !== null && typeof e === "object" && "message" in e ? String(e.message) : String(e);
      $print_err("pyrt: internal error: " + msg + "\n");
      status = 70;
    }
  }
  $flush();
  $host.finish();
  // stdout closed early (EPIPE): CPython reports BrokenPipeError and exits 120
  if ($host.broken) status = 120;
  // POSIX keeps the low 8 bits of the status (sys.exit(256) -> 0, -1 -> 255)
  status = ((status % 256) + 256) % 256;
  $host.exit(status);
}

// ---------------------------------------------------------------------------
// int
// ---------------------------------------------------------------------------

function $int_add(a, b) {
  const r = a + b;
  if (!Number.isSafeInteger(r)) $overflow();
  return r;
}

function $int_sub(a, b) {
  const r = a - b;
  if (!Number.isSafeInteger(r)) $overflow();
  return r;
}

function $int_mul(a, b) {
  const r = a * b;
  if (!Number.isSafeInteger(r)) $overflow();
  return r + 0;
}

function $int_floordiv(a, b) {
  if (b === 0) throw new $ZeroDivisionError("integer division or modulo by zero");
  const r = a % b; // exact
  let q = (a - r) / b; // exact: a - r is a multiple of b
  if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
  return q + 0;
}

function $int_mod(a, b) {
  if (b === 0) throw new $ZeroDivisionError("integer modulo by zero");
  let r = a % b;
  if (r !== 0 && (r < 0) !== (b < 0)) r += b;
  return r + 0;
}

function $int_truediv(a, b) {
  if (b === 0) throw new $ZeroDivisionError("division by zero");
  return a / b; // both exact doubles: IEEE division is correctly rounded
}

function $int_pow(a, b) {
  if (b < 0) {
    // CPython computes float(a) ** float(b): a float result pyrt's int-typed
    // `**` cannot hold, except for 0, where float pow raises.
    if (a === 0) throw new $ZeroDivisionError("0.0 cannot be raised to a negative power");
    throw new $ValueError("pyrt: int ** negative int gives a float; write float(x) ** n");
  }
  if (b === 0) return 1;
  if (a === 0 || a === 1) return a;
  if (a === -1) return b % 2 === 0 ? 1 : -1;
  if (b > 53) $overflow();
  let r = 1, x = a, e = b;
  for (;;) {
    if (e & 1) {
      r *= x;
      if (!Number.isSafeInteger(r)) $overflow();
    }
    e >>= 1;
    if (e === 0) break;
    x *= x;
    if (!Number.isSafeInteger(x)) $overflow();
  }
  return r;
}

function $int_neg(a) {
  return 0 - a;
}

function $int_abs(a) {
  return Math.abs(a);
}

function $int_invert(a) {
  const r = -a - 1;
  if (!Number.isSafeInteger(r)) $overflow();
  return r;
}

const $TWO32 = 4294967296;

// Bitwise ops: exact two's complement over the safe range.  A safe integer
// splits exactly into hi = floor(a / 2**32) (|hi| < 2**21, sign-extended) and
// lo = a - hi * 2**32 in [0, 2**32).
function $int_and(a, b) {
  if ((a | 0) === a && (b | 0) === b) return a & b;
  const ah = Math.floor(a / $TWO32), bh = Math.floor(b / $TWO32);
  const r = (ah & bh) * $TWO32 + (((a - ah * $TWO32) & (b - bh * $TWO32)) >>> 0);
  if (!Number.isSafeInteger(r)) $overflow();
  return r;
}

function $int_or(a, b) {
  if ((a | 0) === a && (b | 0) === b) return a | b;
  const ah = Math.floor(a / $TWO32), bh = Math.floor(b / $TWO32);
  const r = (ah | bh) * $TWO32 + (((a - ah * $TWO32) | (b - bh * $TWO32)) >>> 0);
  if (!Number.isSafeInteger(r)) $overflow();
  return r;
}

function $int_xor(a, b) {
  if ((a | 0) === a && (b | 0) === b) return a ^ b;
  const ah = Math.floor(a / $TWO32), bh = Math.floor(b / $TWO32);
  const r = (ah ^ bh) * $TWO32 + (((a - ah * $TWO32) ^ (b - bh * $TWO32)) >>> 0);
  if (!Number.isSafeInteger(r)) $overflow();
  return r;
}

// 2**k for 0 <= k <= 1023, exact.
const $POW2 = (function () {
  const t = new Array(1024);
  let v = 1;
  for (let i = 0; i < 1024; i++) { t[i] = v; v *= 2; }
  return t;
})();

function $int_lshift(a, n) {
  if (n < 0) throw new $ValueError("negative shift count");
  if (a === 0) return 0;
  if (n < 31 && (a | 0) === a) {
    const r = a * $POW2[n];
    if ((r | 0) === r) return r;
  }
  if (n > 53) $overflow();
  const r = a * $POW2[n];
  if (!Number.isSafeInteger(r)) $overflow();
  return r;
}

function $int_rshift(a, n) {
  if (n < 0) throw new $ValueError("negative shift count");
  if (n < 32 && (a | 0) === a) return a >> n;
  if (n > 53) return a < 0 ? -1 : 0;
  return Math.floor(a / $POW2[n]);
}

// int(x) for a float x
function $int_from_float(x) {
  if (x !== x) throw new $ValueError("cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) throw new $OverflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (!Number.isSafeInteger(t)) $overflow();
  return t + 0;
}

// round(a, n) for ints
function $int_round(a, n) {
  if (n >= 0) return a;
  if (n < -16) return 0; // |a| < 2**53 < 0.5 * 10**16... rounds to 0
  const m = $POW10[-n];
  const q = $int_floordiv(a, m);
  const r = a - q * m; // 0 <= r < m, exact
  let qq = q;
  if (2 * r > m || (2 * r === m && q % 2 !== 0)) qq += 1;
  const res = qq * m;
  if (!Number.isSafeInteger(res)) $overflow();
  return res + 0;
}

// 10**k for 0 <= k <= 22, exact doubles.
const $POW10 = (function () {
  const t = [];
  let v = 1;
  for (let i = 0; i <= 22; i++) { t.push(v); v *= 10; }
  return t;
})();

// Python's whitespace for int()/float(): ASCII " \t\n\r\v\f" plus non-ASCII
// isspace() characters.  Non-ASCII decimal digits map to ASCII.  Returns null
// when the string contains another non-ASCII character (always invalid).
function $num_to_ascii(s) {
  let out = "";
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 127) continue;
    let cp = c;
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); w = 2; }
    }
    let rep;
    if (c === 127) return null;
    if (w === 1 && $UNI_SPACE_RE.test(s[i])) rep = " ";
    else {
      const d = $uni_decimal(cp);
      if (d < 0) return null;
      rep = String.fromCharCode(48 + d);
    }
    out += s.slice(last, i) + rep;
    i += w - 1;
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

function $strip_ascii_ws(s) {
  return s.replace(/^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g, "");
}

const $INT_LIT_RE = /^[+-]?[0-9]+(?:_[0-9]+)*$/;

// int(s) for a str s (base 10)
function $int_from_str(s) {
  if (s.length > 0 && s.length < 16 && /^-?[0-9]+$/.test(s)) return Number(s) + 0;
  let t = $num_to_ascii(s);
  if (t !== null) t = $strip_ascii_ws(t);
  if (t === null || !$INT_LIT_RE.test(t)) {
    throw new $ValueError("invalid literal for int() with base 10: " + $str_trunc($str_repr(s), 200));
  }
  let neg = false;
  if (t[0] === "-" || t[0] === "+") { neg = t[0] === "-"; t = t.slice(1); }
  if (t.indexOf("_") >= 0) t = t.replace(/_/g, "");
  if (t.length > 4300) {
    throw new $ValueError("Exceeds the limit (4300 digits) for integer string conversion: value has " +
      t.length + " digits; use sys.set_int_max_str_digits() to increase the limit");
  }
  t = t.replace(/^0+/, "");
  if (t.length > 16) $overflow();
  const v = t.length === 0 ? 0 : Number(t);
  if (!Number.isSafeInteger(v)) $overflow();
  return neg ? 0 - v : v;
}

// int(s, base): CPython's literal rules (base 0 reads the prefix; underscores
// between digits; surrounding whitespace).
function $int_from_str_base(s, base) {
  if (base !== 0 && (base < 2 || base > 36)) $raise($ValueError, "int() base must be >= 2 and <= 36, or 0");
  const bad = () => $raise($ValueError, "invalid literal for int() with base " + base + ": " + $str_trunc($str_repr(s), 200));
  let t = $num_to_ascii(s);
  if (t === null) bad();
  t = $strip_ascii_ws(t);
  let neg = false;
  if (t[0] === "-" || t[0] === "+") { neg = t[0] === "-"; t = t.slice(1); }
  let b = base;
  const pre = t.slice(0, 2).toLowerCase();
  const prefixed = { "0x": 16, "0o": 8, "0b": 2 }[pre];
  if (prefixed !== undefined && (b === 0 || b === prefixed)) {
    b = prefixed;
    t = t.slice(2);
    if (t[0] === "_") t = t.slice(1);
  } else if (b === 0) {
    if (/^0+(_?0+)*$/.test(t)) return 0;
    if (t[0] === "0") bad();
    b = 10;
  }
  if (t.length === 0 || t[0] === "_" || t[t.length - 1] === "_" || t.indexOf("__") >= 0) bad();
  t = t.replace(/_/g, "");
  let v = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : c >= 65 && c <= 90 ? c - 55 : 99;
    if (d >= b) bad();
    v = v * b + d;
    if (v > 9007199254740991) $overflow();
  }
  return neg ? 0 - v : v;
}

// First n code points of s.
function $str_trunc(s, n) {
  if (s.length <= n) return s;
  const a = Array.from(s);
  return a.length <= n ? s : a.slice(0, n).join("");
}

// ---------------------------------------------------------------------------
// float
// ---------------------------------------------------------------------------

const $f64 = new Float64Array(1);
const $u32 = new Uint32Array($f64.buffer);
const $LE = (function () { $f64[0] = 1; return $u32[1] === 0x3ff00000; })();
const $HI = $LE ? 1 : 0;
const $LO = $LE ? 0 : 1;

function $float_truediv(a, b) {
  if (b === 0) throw new $ZeroDivisionError("float division by zero");
  return a / b;
}

// CPython float_rem
function $float_mod(a, b) {
  if (b === 0) throw new $ZeroDivisionError("float modulo");
  let m = a % b; // C fmod
  if (m !== 0) {
    if ((b < 0) !== (m < 0)) m += b;
  } else {
    m = b < 0 ? -0 : 0;
  }
  return m;
}

// CPython float_floor_div (via _float_div_mod)
function $float_floordiv(a, b) {
  if (b === 0) throw new $ZeroDivisionError("float floor division by zero");
  const m = a % b;
  let div = (a - m) / b;
  if (m !== 0) {
    if ((b < 0) !== (m < 0)) div -= 1;
  }
  let fd;
  if (div !== 0) {
    fd = Math.floor(div);
    if (div - fd > 0.5) fd += 1;
  } else {
    fd = (a / b < 0 || Object.is(a / b, -0)) ? -0 : 0;
  }
  return fd;
}

function $is_odd_integer(y) {
  // y finite; odd integer test valid for |y| < 2**53 (larger doubles are even)
  return Math.abs(y) < 9007199254740992 && y % 2 !== 0 && Math.floor(y) === y;
}

// CPython float_pow
function $float_pow(x, y) {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    if ((y > 0) === (ax > 1)) return Infinity;
    return 0;
  }
  if (x === Infinity || x === -Infinity) {
    const odd = $is_odd_integer(y);
    if (y > 0) return odd ? x : Infinity;
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) throw new $ZeroDivisionError("0.0 cannot be raised to a negative power");
    return $is_odd_integer(y) ? x : 0;
  }
  let neg = false;
  if (x < 0) {
    if (y !== Math.floor(y)) throw new $ValueError("pyrt: complex result of float ** float is not supported");
    x = -x;
    neg = $is_odd_integer(y);
  }
  if (x === 1) return neg ? -1 : 1;
  let r;
  if (y === 2) r = x * x;
  else if (y === 1) r = x;
  else if (y === 0.5) r = Math.sqrt(x);
  else if (y === -1) r = 1 / x;
  else {
    r = y === -0.5 || y === 1.5 || y === -1.5 ? $pow_sqrt_family(x, y) : NaN;
    if (r !== r) r = $pow_pos(x, y);
  }
  if (r === Infinity) throw new $OverflowError(34, "Numerical result out of range");
  return neg ? -r : r;
}

// ---- double-double arithmetic (results in $DD.h, $DD.l; a const object is
// much faster than top-level `let` bindings in V8) ----
const $DD = { h: 0, l: 0 };

function $dd_add(ah, al, bh, bl) {
  const s = ah + bh;
  const bb = s - ah;
  let e = (ah - (s - bb)) + (bh - bb);
  const t = al + bl;
  const tb = t - al;
  const f = (al - (t - tb)) + (bl - tb);
  e += t;
  const h = s + e;
  e = e - (h - s) + f;
  $DD.h = h + e;
  $DD.l = e - ($DD.h - h);
}

function $dd_mul(ah, al, bh, bl) {
  const p = ah * bh;
  let t = 134217729 * ah;
  const ahh = t - (t - ah), ahl = ah - ahh;
  t = 134217729 * bh;
  const bhh = t - (t - bh), bhl = bh - bhh;
  let e = ((ahh * bhh - p) + ahh * bhl + ahl * bhh) + ahl * bhl;
  e += ah * bl + al * bh;
  $DD.h = p + e;
  $DD.l = e - ($DD.h - p);
}

// log(v) for v in [0.7, 1.42] (a double) to ~2**-100, via 2*atanh((v-1)/(v+1)).
function $dd_log_slow(v) {
  // s = (v - 1) / (v + 1): numerator and denominator are exact here.
  const num = v - 1, den = v + 1;
  let sh = num / den;
  // refine: s = sh + (num - sh*den)/den
  $dd_mul(sh, 0, den, 0);
  $dd_add(num, 0, -$DD.h, -$DD.l);
  let sl = $DD.h / den;
  const s0 = sh + sl;
  sl = sl - (s0 - sh);
  sh = s0;
  $dd_mul(sh, sl, sh, sl);
  const s2h = $DD.h, s2l = $DD.l;
  // sum_{k>=0} s^(2k+1)/(2k+1)
  let th = sh, tl = sl; // current power s^(2k+1)
  let acch = sh, accl = sl;
  for (let k = 1; k < 40; k++) {
    $dd_mul(th, tl, s2h, s2l);
    th = $DD.h; tl = $DD.l;
    if (Math.abs(th) < 1e-40) break;
    $dd_div_d(th, tl, 2 * k + 1);
    $dd_add(acch, accl, $DD.h, $DD.l);
    acch = $DD.h; accl = $DD.l;
  }
  $DD.h = 2 * acch;
  $DD.l = 2 * accl;
}

// (ah, al) / b for a double b
function $dd_div_d(ah, al, b) {
  const q1 = ah / b;
  // remainder r = a - q1*b exactly (two-product)
  const p = q1 * b;
  let t = 134217729 * q1;
  const qh = t - (t - q1), ql = q1 - qh;
  t = 134217729 * b;
  const bh = t - (t - b), bl = b - bh;
  const pe = ((qh * bh - p) + qh * bl + ql * bh) + ql * bl;
  const r = ((ah - p) - pe) + al;
  const q2 = r / b;
  $DD.h = q1 + q2;
  $DD.l = q2 - ($DD.h - q1);
}

// exp(a) for |a| <= 0.7 as double-double (slow, used for tables).
function $dd_exp_slow(ah, al) {
  let th = 1, tl = 0, sh = 1, sl = 0;
  for (let n = 1; n < 40; n++) {
    $dd_mul(th, tl, ah, al);
    $dd_div_d($DD.h, $DD.l, n);
    th = $DD.h; tl = $DD.l;
    $dd_add(sh, sl, th, tl);
    sh = $DD.h; sl = $DD.l;
    if (Math.abs(th) < 1e-36) break;
  }
  $DD.h = sh;
  $DD.l = sl;
}

// log: log(J/256) for J in 181..362 as [hi, lo] pairs at 2*(J-181);
// exp: 2**(j/128) for j in 0..127 as [hi, lo] pairs
const $powt = { log: null, exp: null };
const $C_THIRD_H = 0.3333333333333333, $C_THIRD_L = 1.850371707708594e-17;
const $C_FIFTH_H = 0.2, $C_FIFTH_L = -1.1102230246251566e-17;
const $C_SIXTH_H = 0.16666666666666666, $C_SIXTH_L = 9.25185853854297e-18;

function $pow_init() {
  const lt = new Float64Array(2 * 182);
  for (let J = 181; J <= 362; J++) {
    $dd_log_slow(J / 256);
    lt[2 * (J - 181)] = $DD.h;
    lt[2 * (J - 181) + 1] = $DD.l;
  }
  const et = new Float64Array(2 * 128);
  for (let j = 0; j < 128; j++) {
    $dd_mul($LN2_HI, $LN2_LO, j / 128, 0);
    $dd_exp_slow($DD.h, $DD.l);
    et[2 * j] = $DD.h;
    et[2 * j + 1] = $DD.l;
  }
  $powt.log = lt;
  $powt.exp = et;
}

// x**y for finite x > 0, x != 1, finite y != 0.  Accurate to ~2**-80
// relative before the final rounding, and exact cases near a rounding
// boundary are settled exactly ($pow_exact), so the result is the correctly
// rounded value.  Known difference: CPython returns the C library's pow, and
// glibc's pow is not correctly rounded in ~0.1% of random cases (and rounds
// exact midpoints either way); there the two differ by 1 ulp.
function $pow_pos(x, y) {
  if ($powt.log === null) $pow_init();
  const LT = $powt.log, ET = $powt.exp;
  const x0 = x;
  // Double-double arithmetic is written out inline (a function per operation
  // costs several times more).  split(a): t = 134217729*a; hi = t-(t-a).
  // x = 2**k * z, z in (sqrt(1/2), sqrt(2)]
  let k = 0;
  if (x < 2.2250738585072014e-308) { x *= 18014398509481984; k = -54; }
  $f64[0] = x;
  const hw = $u32[$HI];
  k += ((hw >>> 20) & 0x7ff) - 1023;
  $u32[$HI] = (hw & 0x000fffff) | 0x3ff00000;
  let z = $f64[0];
  if (z > 1.4142135623730951) { z *= 0.5; k += 1; }
  const J = Math.round(256 / z);
  const invc = J / 256;
  // r = z*invc - 1, exactly representable; computed exactly with a two-product.
  let t = 134217729 * z;
  const zH = t - (t - z), zL = z - zH;
  t = 134217729 * invc;
  const iH = t - (t - invc), iL = invc - iH;
  var p = z * invc; var ah = 0;
  const r = (p - 1) + (((zH * iH - p) + zH * iL + zL * iH) + zL * iL);
  t = 134217729 * r;
  const rH = t - (t - r), rL = r - rH;
  // log1p(r) = r*(1 + r*(-1/2 + r*(1/3 + r*(-1/4 + r*(1/5 + r*q))))), the
  // terms from r^6 on (q) in double, the rest in double-double (ah, al).
  const q = -1 / 6 + r * (1 / 7 + r * (-1 / 8 + r * (1 / 9 + r * (-1 / 10 + r * (1 / 11 + r * (-1 / 12 + r * (1 / 13 - r / 14)))))));
  var ah = $C_FIFTH_H + r * q, al = $C_FIFTH_L;
  var s, e, pe, aH, aL;
  // acc = c + r*acc, for c = -1/4, 1/3 (dd), -1/2, 1
  // step c = -1/4
  p = ah * r; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * rH - p) + aH * rL + aL * rH) + aL * rL + al * r;
  s = -0.25 + p; e = p - (s + 0.25) + pe;
  ah = s + e; al = e - (ah - s);
  // step c = 1/3
  p = ah * r; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * rH - p) + aH * rL + aL * rH) + aL * rL + al * r;
  s = $C_THIRD_H + p; e = p - (s - $C_THIRD_H) + pe + $C_THIRD_L;
  ah = s + e; al = e - (ah - s);
  // step c = -1/2
  p = ah * r; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * rH - p) + aH * rL + aL * rH) + aL * rL + al * r;
  s = -0.5 + p; e = p - (s + 0.5) + pe;
  ah = s + e; al = e - (ah - s);
  // step c = 1
  p = ah * r; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * rH - p) + aH * rL + aL * rH) + aL * rL + al * r;
  s = 1 + p; e = p - (s - 1) + pe;
  ah = s + e; al = e - (ah - s);
  // log1p = r * acc
  p = ah * r; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * rH - p) + aH * rL + aL * rH) + aL * rL + al * r;
  // log(x) = k*ln2 - log(invc) + log1p(r)
  const ti = 2 * (J - 181);
  const ch = -LT[ti], cl = -LT[ti + 1];
  s = ch + p; let bb = s - ch; e = (ch - (s - bb)) + (p - bb) + pe + cl;
  let lh = s + e, ll = e - (lh - s);
  if (k !== 0) {
    const ka = k * $LN2_A, kb = k * $LN2_B; // exact
    s = ka + lh; bb = s - ka; e = (ka - (s - bb)) + (lh - bb);
    const e2 = e + kb; bb = e2 - e; const e2l = (e - (e2 - bb)) + (kb - bb);
    e = e2 + (e2l + ll + k * $LN2_C);
    lh = s + e; ll = e - (lh - s);
  }
  // t = y * log(x)
  p = y * lh;
  if (p > 1000) return Infinity;
  if (p < -1000) return 0;
  t = 134217729 * y;
  const yH = t - (t - y), yL = y - yH;
  t = 134217729 * lh;
  aH = t - (t - lh); aL = lh - aH;
  pe = ((aH * yH - p) + aH * yL + aL * yH) + aL * yL + ll * y;
  const th = p + pe, tl = pe - (th - p);
  if (th > 710) return Infinity;
  if (th < -745.2) return 0;
  // exp(t) = 2**(n/128) * exp(rem)
  const n = Math.round(th * 184.6649652337873);
  const a1 = th - n * $LN2N_A; // exact
  const b1 = -n * $LN2N_B;     // exact
  s = a1 + b1; bb = s - a1;
  e = (a1 - (s - bb)) + (b1 - bb) + (tl - n * $LN2N_C);
  const rh = s + e, rl = e - (rh - s);
  t = 134217729 * rh;
  const hH = t - (t - rh), hL = rh - hH;
  // expm1(rem) = rem*(1 + rem*(1/2 + rem*(1/6 + rem*q2)))
  const q2 = 1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh * (1 / 40320 + rh * (1 / 362880 + rh / 3628800)))));
  p = rh * q2;
  s = $C_SIXTH_H + p; e = p - (s - $C_SIXTH_H) + $C_SIXTH_L;
  ah = s + e; al = e - (ah - s);
  // step c = 1/2
  p = ah * rh; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * hH - p) + aH * hL + aL * hH) + aL * hL + (ah * rl + al * rh);
  s = 0.5 + p; e = p - (s - 0.5) + pe;
  ah = s + e; al = e - (ah - s);
  // step c = 1
  p = ah * rh; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * hH - p) + aH * hL + aL * hH) + aL * hL + (ah * rl + al * rh);
  s = 1 + p; e = p - (s - 1) + pe;
  ah = s + e; al = e - (ah - s);
  // E = rem * acc
  p = ah * rh; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * hH - p) + aH * hL + aL * hH) + aL * hL + (ah * rl + al * rh);
  const Eh = p + pe, El = pe - (Eh - p);
  // R = T * (1 + E) = T + T*E
  const j = n & 127;
  const m = (n - j) / 128;
  const Th = ET[2 * j], Tl = ET[2 * j + 1];
  p = Th * Eh; t = 134217729 * Th; aH = t - (t - Th); aL = Th - aH;
  t = 134217729 * Eh;
  const eH = t - (t - Eh), eL = Eh - eH;
  pe = ((aH * eH - p) + aH * eL + aL * eH) + aL * eL + (Th * El + Tl * Eh);
  s = Th + p; e = p - (s - Th) + pe + Tl;
  const Rh = s + e, Rl = e - (Rh - s);
  // Near a rounding boundary the exact value may be a midpoint (an exact
  // case): settle it exactly.
  const hu = Rh >= 1 ? (Rl < 0 && Rh === 1 ? 5.551115123125783e-17 : 1.1102230246251565e-16) : 5.551115123125783e-17;
  if (Math.abs(Math.abs(Rl) - hu) < hu * 1e-6 || m < -1021) {
    const ex = $pow_exact(x0, y);
    if (ex === ex) return ex;
  }
  // scale by 2**m with a single correct rounding
  if (m >= -1021) {
    if (m > 1000) return Rh * $pow2(m - 1000) * $pow2(1000);
    return Rh * $pow2(m);
  }
  // subnormal (or zero) result: one rounding in the multiplication by 2**-600
  const sres = (Rh * $pow2(m + 600)) * $pow2(-600);
  const back = sres * $pow2(600) * $pow2(-(m + 600)); // exact, in units of Rh
  const d = (Rh - back) + Rl;
  const half = $pow2(-1075 - m); // half an ulp of the result, in Rh units
  if (d > half) return sres + 5e-324;
  if (d < -half) return sres - 5e-324;
  if (d === half || d === -half) {
    // exact tie between sres and its neighbour: pick the even one
    if ((sres / 5e-324) % 2 !== 0) return d > 0 ? sres + 5e-324 : sres - 5e-324;
  }
  return sres;
}

// x**y for y in {-0.5, 1.5, -1.5} via a double-double square root (fast
// path for code like n-body's `d2 ** -1.5`).  Correctly rounded; NaN when the
// result is near a rounding boundary or out of the easy range (the caller
// then uses $pow_pos).
function $pow_sqrt_family(x, y) {
  if (x < 1e-290 || x > 1e290) return NaN;
  const sh = Math.sqrt(x);
  let t = 134217729 * sh;
  const sH = t - (t - sh), sL = sh - sH;
  let p = sh * sh;
  let pe = ((sH * sH - p) + 2 * sH * sL) + sL * sL;
  const sl = ((x - p) - pe) / (2 * sh);
  let Rh, Rl;
  if (y === -0.5) {
    const q = 1 / sh;
    t = 134217729 * q;
    const qH = t - (t - q), qL = q - qH;
    p = q * sh;
    pe = ((qH * sH - p) + qH * sL + qL * sH) + qL * sL;
    const c = q * (((1 - p) - pe) - q * sl);
    Rh = q + c;
    Rl = c - (Rh - q);
  } else {
    // D = x * (sh + sl)
    t = 134217729 * x;
    const xH = t - (t - x), xL = x - xH;
    p = x * sh;
    pe = ((xH * sH - p) + xH * sL + xL * sH) + xL * sL + x * sl;
    const Dh = p + pe, Dl = pe - (Dh - p);
    if (y === 1.5) {
      Rh = Dh;
      Rl = Dl;
    } else {
      const q = 1 / Dh;
      t = 134217729 * q;
      const qH = t - (t - q), qL = q - qH;
      t = 134217729 * Dh;
      const dH = t - (t - Dh), dL = Dh - dH;
      p = q * Dh;
      pe = ((qH * dH - p) + qH * dL + qL * dH) + qL * dL;
      const c = q * (((1 - p) - pe) - q * Dl);
      Rh = q + c;
      Rl = c - (Rh - q);
    }
  }
  // half an ulp of Rh (in the direction of Rl)
  $f64[0] = Rh;
  const be = ($u32[$HI] >>> 20) & 0x7ff;
  if (be <= 1 || be >= 2046) return NaN;
  let hu = $pow2(be - 1076);
  if (Rl < 0 && $u32[$LO] === 0 && ($u32[$HI] & 0xfffff) === 0) hu *= 0.5;
  if (Math.abs(Math.abs(Rl) - hu) < hu * 1e-6) return NaN;
  return Rh;
}

// x**y when it is exactly a dyadic rational that we can compute (y = n/2**j,
// j <= 5, x a perfect 2**j-th power, small result), correctly rounded;
// NaN when not applicable.
function $pow_exact(x, y) {
  let j = 0;
  while (j <= 5 && Math.floor(y * $POW2[j]) !== y * $POW2[j]) j++;
  if (j > 5) return NaN;
  const n = y * $POW2[j];
  let b = x;
  for (let i = 0; i < j; i++) b = Math.sqrt(b);
  const mk = $frexp_int(b);
  let mb = BigInt(mk[0]), eb = mk[1];
  while ((mb & 1n) === 0n) { mb >>= 1n; eb++; }
  // check b**(2**j) == x exactly
  const xk = $frexp_int(x);
  let mx = BigInt(xk[0]), exx = xk[1];
  while ((mx & 1n) === 0n) { mx >>= 1n; exx++; }
  if (mb ** BigInt($POW2[j]) !== mx || eb * $POW2[j] !== exx) return NaN;
  if (mb === 1n) {
    // x is a power of two: x**y = 2**(eb*n)
    const e2 = eb * n;
    if (!Number.isSafeInteger(e2)) return NaN;
    return $big_round(1n, e2);
  }
  if (n < 0 || n > 200) return NaN;
  return $big_round(mb ** BigInt(n), eb * n);
}

// N * 2**E correctly rounded (half-even) to a double; N > 0n.
function $big_round(N, E) {
  const L = N.toString(2).length;
  if (L + E > 1025) return Infinity;
  if (L + E < -1074) return 0;
  let p = 53;
  if (L - 1 + E < -1022) p = L + E + 1074; // subnormal: bits at or above 2**-1074
  let shift = L - p;
  let q = N;
  if (shift > 0) {
    const sh = BigInt(shift);
    q = N >> sh;
    const rem = N - (q << sh);
    const half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  } else shift = 0;
  const e = E + shift;
  let v = Number(q); // exact: q <= 2**53
  if (e > 0) {
    if (e > 1000) { v *= $POW2[1000]; return v * $pow2(e - 1000); }
    return v * $POW2[e];
  }
  if (e < -1000) { v *= $pow2(-1000); return v * $pow2(e + 1000); }
  return v * $pow2(e);
}

// 2**m for -1074 <= m <= 1023 (exact)
function $pow2(m) {
  if (m >= 0) return $POW2[m];
  if (m >= -1022) return 1 / $POW2[-m];
  return (1 / $POW2[1022]) / $POW2[-m - 1022];
}

// round(x) -> int (half to even)
function $float_round(x) {
  if (x !== x) throw new $ValueError("cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) throw new $OverflowError("cannot convert float infinity to integer");
  let f = Math.floor(x);
  const d = x - f;
  if (d > 0.5 || (d === 0.5 && f % 2 !== 0)) f += 1;
  if (!Number.isSafeInteger(f)) $overflow();
  return f + 0;
}

// round(x, n) -> float
function $float_round_digits(x, n) {
  if (x !== x || x === Infinity || x === -Infinity) return x;
  if (n > 323) return x;
  if (n < -308) return x < 0 || Object.is(x, -0) ? -0 : 0;
  if (x === 0) return x;
  const neg = x < 0;
  const dd = $dtoa_fixed(neg ? -x : x, n);
  const digits = dd[0];
  const s = (neg ? "-0" : "0") + digits + "e" + (dd[1] - digits.length);
  const r = Number(s);
  if (r === Infinity || r === -Infinity) throw new $OverflowError("rounded value too large to represent");
  return r;
}

// float(s)
const $FLOAT_LIT_RE = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const $FLOAT_SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

function $float_from_str(s) {
  let t = $num_to_ascii(s);
  if (t !== null) {
    t = $strip_ascii_ws(t);
    if (t.indexOf("_") >= 0) {
      // underscores only between digits
      if (/(^|[^0-9])_|_($|[^0-9])/.test(t)) t = null;
      else t = t.replace(/_/g, "");
    }
  }
  if (t !== null) {
    if ($FLOAT_LIT_RE.test(t)) return Number(t);
    const m = $FLOAT_SPECIAL_RE.exec(t);
    if (m) {
      if (m[2].length === 3 && (m[2][0] === "n" || m[2][0] === "N")) return NaN;
      return m[1] === "-" ? -Infinity : Infinity;
    }
  }
  throw new $ValueError("could not convert string to float: " + $str_repr(s));
}

// repr(x) / str(x) for floats
function $float_repr(x) {
  if (x !== x) return "nan";
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return s.indexOf(".") < 0 ? s + ".0" : s;
  }
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  if (ax === Infinity) return x < 0 ? "-inf" : "inf";
  const s = x.toExponential();
  const i = s.indexOf("e");
  const ex = s.slice(i + 2);
  return s.slice(0, i) + "e" + s[i + 1] + (ex.length < 2 ? "0" + ex : ex);
}

// ---- exact binary -> decimal conversion (dtoa modes 0, 2 and 3) ----

const $P10N = [1n];
function $p10n(n) {
  while ($P10N.length <= n) $P10N.push($P10N[$P10N.length - 1] * 10n);
  return $P10N[n];
}

// x > 0 finite -> [m, k] with x = m * 2**k, m an integer < 2**53
function $frexp_int(x) {
  $f64[0] = x;
  const hi = $u32[$HI], lo = $u32[$LO];
  const be = (hi >>> 20) & 0x7ff;
  const mh = hi & 0xfffff;
  if (be === 0) return [mh * $TWO32 + lo, -1074];
  return [(mh + 0x100000) * $TWO32 + lo, be - 1075];
}

function $strip_zeros(s) {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 48) e--;
  return e === s.length ? s : s.slice(0, e);
}

// round_half_even(m * 2**k * 10**p) as a BigInt, plus the floor quotient
const $big = { floor: 0n };
function $scaled_round(m, k, p) {
  let num = BigInt(m), den = 1n;
  if (k >= 0) num <<= BigInt(k); else den <<= BigInt(-k);
  if (p >= 0) num *= $p10n(p); else den *= $p10n(-p);
  const q = num / den;
  $big.floor = q;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

// Mode 3: x > 0 finite rounded (half-even, exact) to p digits after the
// decimal point.  Returns [digits, decpt] with trailing zeros stripped;
// digits is "" (and decpt = -p) when the result is zero.
function $dtoa_fixed(x, p) {
  if (p >= 0 && p <= 100 && x < 1e21) {
    // x*10**p ends in exactly .5 iff x * 2**(p+1) is an odd integer; for all
    // other x, toFixed (exact decimal value, nearest) is already right.
    const sc = x * $POW2[p + 1];
    if (sc % 2 !== 1) {
      const s = x.toFixed(p);
      const dot = s.indexOf(".");
      const ip = dot < 0 ? s : s.slice(0, dot);
      const all = dot < 0 ? s : ip + s.slice(dot + 1);
      let lz = 0;
      while (lz < all.length && all.charCodeAt(lz) === 48) lz++;
      if (lz === all.length) return ["", -p];
      return [$strip_zeros(all.slice(lz)), ip.length - lz];
    }
  }
  const mk = $frexp_int(x);
  // beyond -k fractional digits the expansion is exact: no need to scale more
  const pe = p > 0 && p > -mk[1] ? Math.max(0, -mk[1]) : p;
  const q = $scaled_round(mk[0], mk[1], pe);
  if (q === 0n) return ["", -p];
  const s = q.toString();
  return [$strip_zeros(s), s.length - pe];
}

// Mode 2: x > 0 finite rounded (half-even, exact) to n >= 1 significant
// digits.  Returns [digits, decpt] with trailing zeros stripped.
function $dtoa_prec(x, n) {
  if (n <= 99) {
    // toExponential(n) gives n+1 correctly rounded digits; unless the last
    // one is 5 (possible tie), rounding them to n digits is exact.
    const t = x.toExponential(n);
    const ei = t.indexOf("e");
    const last = t.charCodeAt(ei - 1);
    if (last !== 53) {
      let d = t[0] + t.slice(2, ei - 1);
      let ex = Number(t.slice(ei + 1));
      if (last > 53) {
        let i = n - 1;
        while (i >= 0 && d.charCodeAt(i) === 57) i--;
        if (i < 0) { d = "1"; ex += 1; }
        else d = d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1);
      }
      return [$strip_zeros(d), ex + 1];
    }
  }
  // a double has at most 767 significant decimal digits
  return $dtoa_prec_exact(x, n > 800 ? 800 : n);
}

// Mode 2 by exact BigInt arithmetic.
function $dtoa_prec_exact(x, n) {
  const mk = $frexp_int(x);
  let e = Math.floor(Math.log10(x));
  const lim = $p10n(n), lim1 = $p10n(n - 1);
  for (;;) {
    let q = $scaled_round(mk[0], mk[1], n - 1 - e);
    const fl = $big.floor;
    if (fl >= lim) { e++; continue; }
    if (fl < lim1) { e--; continue; }
    if (q === lim) { q = lim1; e++; }
    return [$strip_zeros(q.toString()), e + 1];
  }
}

// Mode 0: shortest round-trip digits.
function $dtoa_shortest(x) {
  const s = x.toExponential();
  const i = s.indexOf("e");
  const digits = s.charCodeAt(1) === 46 ? s[0] + s.slice(2, i) : s.slice(0, i);
  return [digits, Number(s.slice(i + 1)) + 1];
}

// Port of CPython's format_float_short (Python/pystrtod.c).
// code: 'e' | 'f' | 'g' | 'r'; precision already adjusted as
// PyOS_double_to_string does ('e': +1, 'g': 0 -> 1).
function $format_float_short(x, code, precision, addDot0, alt, noNeg0, upper) {
  if (x !== x) return upper ? "NAN" : "nan";
  let sign = x < 0 || Object.is(x, -0);
  if (x === Infinity || x === -Infinity) return (sign ? "-" : "") + (upper ? "INF" : "inf");
  const ax = sign ? -x : x;
  if (code === "f" && !noNeg0 && precision <= 100 && ax < 1e21 && ax !== 0) {
    // fast path: toFixed is exact except for ties (x*2**(p+1) odd integer)
    if ((ax * $POW2[precision + 1]) % 2 !== 1) {
      const s = x.toFixed(precision);
      return alt && precision === 0 ? s + "." : s;
    }
  }
  let dd;
  if (ax === 0) dd = ["0", 1];
  else if (code === "r") dd = $dtoa_shortest(ax);
  else if (code === "f") dd = $dtoa_fixed(ax, precision);
  else dd = $dtoa_prec(ax, precision);
  const digits = dd[0];
  let decpt = dd[1];
  const dlen = digits.length;
  if (noNeg0 && sign && (dlen === 0 || (dlen === 1 && digits === "0"))) sign = false;
  let vEnd = dlen;
  let useExp = false;
  let exp = 0;
  switch (code) {
    case "e":
      useExp = true;
      vEnd = precision;
      break;
    case "f":
      vEnd = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    case "r":
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  let out = sign ? "-" : "";
  if (decpt <= 0) out += $pad("0", decpt - vStart) + "." + $pad("0", -decpt);
  else if (vStart < 0) out += $pad("0", -vStart);
  if (decpt > 0 && decpt <= dlen) out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  else out += digits;
  if (dlen < decpt) out += $pad("0", decpt - dlen) + "." + $pad("0", vEnd - decpt);
  else if (vEnd > dlen) out += $pad("0", vEnd - dlen);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) {
    const ae = exp < 0 ? -exp : exp;
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" : "") + ae;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Generated data tables
// ---------------------------------------------------------------------------

// BEGIN GENERATED TABLES (runtime/js/test/gen_tables.py --update)
// generated by runtime/js/test/gen_tables.py from Python 14.0.0
const $UNI_NONPRINT = '3j.x,c.0,ju.1,6.3,7.0,1.0,k.0,b1.0,12.1,1e.1,3.0,1j.7,r.3,6.g,m.0,5c.0,1c.1,1n.1,2t.d,1n.1,1d.1,f.0,s.1,1.0,b.4,v.8,22.0,4h.0,8.1,2.1,m.0,7.0,1.2,4.1,9.1,2.1,4.7,1.3,2.0,5.1,p.1,3.0,6.3,2.1,m.0,7.0,2.0,2.0,2.1,1.0,5.3,2.1,3.2,1.6,4.0,1.6,h.9,3.0,9.0,3.0,m.0,7.0,2.0,5.1,a.0,3.0,3.1,1.e,4.1,c.6,7.0,3.0,8.1,2.1,m.0,7.0,2.0,5.1,9.1,2.1,3.6,3.3,2.0,5.1,i.9,2.0,6.2,3.0,4.2,2.0,1.0,2.2,2.2,3.2,c.3,5.2,3.0,4.1,1.5,1.d,l.4,d.0,3.0,n.0,g.1,9.0,3.0,4.6,2.0,3.1,1.1,4.1,a.6,m.0,3.0,n.0,a.0,5.1,9.0,3.0,4.6,2.5,2.0,4.1,a.0,2.c,d.0,3.0,1f.0,3.0,6.3,g.1,q.0,3.0,i.2,o.0,9.0,1.1,7.2,1.3,6.0,1.0,8.5,a.1,3.b,1m.3,t.10,2.0,1.0,5.0,o.0,1.0,n.1,5.0,1.0,6.1,a.1,4.v,20.0,10.3,13.0,10.0,f.0,d.10,5i.0,1.4,1.1,ah.0,4.1,7.0,1.0,4.1,15.0,4.1,x.0,4.1,7.0,1.0,4.1,f.0,1l.0,4.1,1v.1,w.2,q.5,2e.1,6.1,hs.0,s.2,2h.6,m.8,o.8,k.b,d.0,3.0,2.b,2m.1,a.5,a.5,e.0,b.5,2h.6,17.4,1y.9,v.0,c.3,c.3,1.2,16.1,5.a,18.3,q.5,b.2,1q.1,1t.0,t.1,b.5,a.5,e.1,v.1c,25.2,1b.0,38.7,1o.2,f.2,1o.6,17.1,b.7,17.4,eu.1,6.1,12.1,6.1,8.0,1.0,1.0,1.0,v.1,1h.0,f.0,e.1,6.0,j.1,3.0,9.g,o.7,1b.g,2.1,r.0,d.2,x.e,x.e,3w.3,if.o,b.k,1ec.1,w.0,9p.4,19.0,1.4,1.1,1k.6,2.d,o.8,7.0,7.0,7.0,7.0,7.0,7.0,7.0,7.0,3i.x,q.0,2h.b,5y.p,c.4,1r.0,2e.1,2v.4,17.0,2m.0,2c.b,1b.0,mlp.2,1j.8,9o.j,54.7,5n.4,2.0,1.0,5.n,1n.2,a.5,1k.7,1y.7,c.5,38.a,u.2,26.0,b.3,x.0,1j.8,e.1,a.1,2v.n,s.9,6.1,6.1,6.8,7.0,7.0,1o.3,3i.1,a.5,8mc.b,n.3,1d.6ir,a6.1,2y.11,7.b,5.4,q.0,5.0,1.0,2.0,2.0,3h.f,cd.1,1i.6,1.v,16.5,1f.0,j.0,4.3,5.0,3r.3,5a.2,6.1,6.1,6.1,3.2,7.0,7.c,2.1,c.0,q.0,j.0,2.0,f.1,e.x,3f.4,3.3,19.2,2g.0,d.2,1.1a,1a.3l,t.2,1d.e,s.3,10.8,u.4,17.4,u.0,11.3,e.15,4e.1,a.5,10.3,10.3,14.7,1g.a,c.0,f.0,7.0,2.0,b.0,f.0,7.0,2.1u,8n.8,m.9,8.n,6.0,16.0,9.1w,6.1,1.0,18.0,2.2,1.1,n.0,20.7,9.1b,j.0,2.4,x.2,r.4,1.1r,1k.3,k.1,1e.0,2.4,8.0,3.0,t.1,3.3,a.6,9.6,1s.v,13.3,c.8,1i.2,t.1,r.4,q.6,4.b,7.27,21.1i,1f.c,1f.6,1a.7,a.85,v.0,16.0,3.1,2.25,14.7,16.l,q.11,s.j,n.8,26.3,10.8,1q.0,5.c,p.6,a.5,1h.0,i.7,13.8,2o.0,k.a,i.0,18.1s,7.0,1.0,4.0,f.0,b.5,1n.4,a.5,4.0,8.1,2.1,m.0,7.0,2.0,5.0,a.1,2.1,3.1,1.5,1.4,7.1,7.2,5.3u,2k.0,5.t,20.7,a.4l,1i.1,12.x,1x.a,a.5,d.i,1m.5,a.1h,r.1,f.3,n.54,1o.2r,2b.b,8.1,1.1,8.0,2.0,u.0,2.1,c.8,a.1x,8.1,1a.1,b.q,20.7,2b.c,21.7a,9.0,19.0,e.9,t.2,w.1,m.0,e.20,7.0,2.0,18.2,1.0,2.0,9.7,a.5,6.0,2.0,11.0,2.0,6.6,a.8l,p.52,1.e,1e.c,pn.2t,33.0,5.a,5g.217,2r.c,tr.34g,g7.6ns,ft.6,v.0,a.3,29.0,a.5,u.1,6.9,1y.9,a.0,7.0,l.4,j.j3,2j.2s,23.3,1l.6,h.1r,5.a,2.d,4qg.7,ye.15,9.6w6,4.0,7.0,2.0,83.18,3.g,4.7,b0.1s3,2z.4,d.2,9.6,a.1,4.3mn,1a.1,n.8,38.1n,6u.9,13.1,22.7,34.k,1y.49,k.b,2f.8,p.3q,2d.0,1z.0,2.1,1.1,2.1,4.0,c.0,1.0,7.0,1t.0,4.1,8.0,7.0,s.0,4.0,5.0,1.2,7.0,9g.1,84.1,ji.e,5.0,f.un,v.68,7.0,h.1,7.0,2.0,5.5w,19.2,e.1,a.3,2.8v,v.g,1m.4,1.yn,7.0,4.0,2.0,f.0,5h.1,g.14,24.3,a.3,2.ls,1w.23,1p.5d,4.0,r.0,2.0,1.1,1.0,a.0,4.0,1.0,1.5,1.3,1.0,1.0,1.0,3.0,2.0,1.1,1.0,1.0,1.0,1.0,1.0,2.0,1.1,4.0,7.0,4.0,4.0,1.0,a.0,h.4,3.0,5.0,h.1f,2.7h,18.3,2s.b,f.1,f.0,f.0,11.9,4u.1j,t.c,18.3,9.6,2.d,6.49,rc.4,g.2,d.2,38.b,2h.6,c.3,1.e,c.3,1k.7,a.5,14.7,u.1,2.25,9g.b,e.1,5.2,5.2,7.8,t.2,b.4,6.9,a.5,8.7,7.8,43.0,1j.10,a.sl,wyo.v,37d.6,66.1,4g2.d,5rl.2e6,f2.15t,3t7.fcms,6o.47bj';
const $UNI_DIGITS = '1c.9,17q.9,3q.9,5i.9,bg.9,3a.9,3a.9,3a.9,3a.9,3a.9,3a.9,3a.9,3a.9,3a.9,2o.9,3a.9,1y.9,7q.9,1y.9,1fq.9,12.9,8c.9,3k.9,4m.9,6.9,52.9,2e.9,3q.9,6.9,r7q.9,iu.9,12.9,5i.9,m.9,2e.9,ba.9,geu.9,13a.9,1om.9,mk.9,3k.9,1o.9,40.9,7q.9,9i.9,3a.9,ae.9,2u.9,2u.9,bq.9,2u.9,l2.9,6u.9,1y.9,f5i.9,2e.9,3q.9,lf8.1d,1ts.9,bq.9,192.9,3o6.9';
const $UNI_SPACE_RE = /^[\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000]$/;
const $LN2_HI = 0.6931471805599453, $LN2_LO = 2.3190468138462996e-17;
const $LN2_A = 0.6931471805598903, $LN2_B = 5.4979230187085024e-14, $LN2_C = -1.3124698417785255e-27;
const $LN2N_A = 0.005415212347998022, $LN2N_B = 1.2655086083012853e-13, $LN2N_C = 3.1258479278239995e-24;
// END GENERATED TABLES

// ---------------------------------------------------------------------------
// Unicode data (Python 3.11 = Unicode 14.0), decoded lazily
// ---------------------------------------------------------------------------

// Decodes "gap.len,gap.len,..." (base 36) into a flat Int32Array [lo, hi, ...].
function $uni_decode(s) {
  const parts = s.split(",");
  const out = new Int32Array(parts.length * 2);
  let prev = 0;
  for (let i = 0; i < parts.length; i++) {
    const dot = parts[i].indexOf(".");
    const lo = prev + parseInt(parts[i].slice(0, dot), 36);
    const hi = lo + parseInt(parts[i].slice(dot + 1), 36);
    out[2 * i] = lo;
    out[2 * i + 1] = hi;
    prev = hi + 1;
  }
  return out;
}

// index of the range containing cp, or -1
function $uni_find(tab, cp) {
  let lo = 0, hi = (tab.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < tab[2 * mid]) hi = mid - 1;
    else if (cp > tab[2 * mid + 1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const $uni = { np: null, nd: null };

// str.isprintable() for one code point >= 0x7f
function $uni_printable(cp) {
  if ($uni.np === null) $uni.np = $uni_decode($UNI_NONPRINT);
  return $uni_find($uni.np, cp) < 0;
}

// decimal digit value of a code point, or -1
function $uni_decimal(cp) {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if ($uni.nd === null) $uni.nd = $uni_decode($UNI_DIGITS);
  const i = $uni_find($uni.nd, cp);
  return i < 0 ? -1 : (cp - $uni.nd[2 * i]) % 10;
}

// ---------------------------------------------------------------------------
// str
// ---------------------------------------------------------------------------

const $SURR_RE = /[\ud800-\udfff]/;

// Code point -> UTF-16 offset tables (null for strings without surrogates)
// of the 4 most recently used strings, so loops indexing two or three long
// strings alternately stay O(1) per access.
const $cpc = { k0: "", o0: null, k1: "", o1: null, k2: "", o2: null, k3: "", o3: null, next: 0 };

function $cp_offsets(s) {
  const c = $cpc;
  if (s === c.k0) return c.o0;
  if (s === c.k1) return c.o1;
  if (s === c.k2) return c.o2;
  if (s === c.k3) return c.o3;
  const off = $SURR_RE.test(s) ? $cp_build(s) : null;
  if (s.length > 16) {
    switch (c.next) {
      case 0: c.k0 = s; c.o0 = off; break;
      case 1: c.k1 = s; c.o1 = off; break;
      case 2: c.k2 = s; c.o2 = off; break;
      default: c.k3 = s; c.o3 = off; break;
    }
    c.next = (c.next + 1) & 3;
  }
  return off;
}

function $cp_build(s) {
  const n = s.length;
  const tmp = new Int32Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    tmp[j++] = i;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  tmp[j] = n;
  return tmp.subarray(0, j + 1);
}

// len(s)
function $str_len(s) {
  if (s.length < 2) return s.length;
  const off = $cp_offsets(s);
  return off === null ? s.length : off.length - 1;
}

// s[i]
function $str_index(s, i) {
  const off = s.length < 2 ? null : $cp_offsets(s);
  if (off === null) {
    const n = s.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new $IndexError("string index out of range");
    return s[i];
  }
  const n = off.length - 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw new $IndexError("string index out of range");
  return s.slice(off[i], off[i + 1]);
}

// Python's PySlice_AdjustIndices; returns [start, stop, step, length].
function $slice_indices(n, start, stop, step) {
  if (step === null || step === undefined) step = 1;
  else if (step === 0) throw new $ValueError("slice step cannot be zero");
  if (start === null || start === undefined) start = step < 0 ? n - 1 : 0;
  else if (start < 0) {
    start += n;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= n) start = step < 0 ? n - 1 : n;
  if (stop === null || stop === undefined) stop = step < 0 ? -1 : n;
  else if (stop < 0) {
    stop += n;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= n) stop = step < 0 ? n - 1 : n;
  let len = 0;
  if (step < 0) {
    if (stop < start) len = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) len = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, len];
}

// s[start:stop:step]; omitted parts are null
function $str_slice(s, start, stop, step) {
  const off = s.length < 2 ? null : $cp_offsets(s);
  const n = off === null ? s.length : off.length - 1;
  const ix = $slice_indices(n, start, stop, step);
  const b = ix[0], st = ix[2], len = ix[3];
  if (len <= 0) return "";
  if (st === 1) return off === null ? s.slice(b, b + len) : s.slice(off[b], off[b + len]);
  let out = "";
  if (off === null) {
    for (let k = 0, i = b; k < len; k++, i += st) out += s[i];
  } else {
    for (let k = 0, i = b; k < len; k++, i += st) out += s.slice(off[i], off[i + 1]);
  }
  return out;
}

// s * n
function $str_repeat(s, n) {
  if (n <= 0 || s.length === 0) return "";
  if (n === 1) return s;
  if (s.length * n > 0x3fffffff) throw new $MemoryError();
  try {
    return s.repeat(n);
  } catch (e) {
    throw new $MemoryError();
  }
}

// Compare by code point: -1, 0 or 1.
function $str_cmp(a, b) {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) {
        // compare the code points containing position i (a pair sorts by its
        // code point >= 0x10000; a lone surrogate by its own value)
        let j = i;
        if (i > 0 && $is_hi(a.charCodeAt(i - 1)) && ($is_lo(x) || $is_lo(y))) j = i - 1;
        x = a.codePointAt(j);
        y = b.codePointAt(j);
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

// needle in hay
function $str_contains(hay, needle) {
  const n = needle.length;
  if (n === 0) return true;
  const f = needle.charCodeAt(0), l = needle.charCodeAt(n - 1);
  if (!((f >= 0xdc00 && f <= 0xdfff) || (l >= 0xd800 && l <= 0xdbff))) return hay.indexOf(needle) >= 0;
  // needle starts with a low or ends with a high surrogate: a match must not
  // split a surrogate pair of hay.
  let p = hay.indexOf(needle);
  while (p >= 0) {
    const q = p + n;
    const splitL = p > 0 && $is_hi(hay.charCodeAt(p - 1)) && $is_lo(hay.charCodeAt(p));
    const splitR = q < hay.length && $is_hi(hay.charCodeAt(q - 1)) && $is_lo(hay.charCodeAt(q));
    if (!splitL && !splitR) return true;
    p = hay.indexOf(needle, p + 1);
  }
  return false;
}

function $is_hi(c) { return c >= 0xd800 && c <= 0xdbff; }
function $is_lo(c) { return c >= 0xdc00 && c <= 0xdfff; }

const $REPR_PLAIN_RE = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;
const $HEX = "0123456789abcdef";

// repr(s)
function $str_repr(s) {
  if ($REPR_PLAIN_RE.test(s)) return "'" + s + "'";
  const q = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? '"' : "'";
  const qc = q.charCodeAt(0);
  let out = q;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c === qc || c === 92) out += "\\" + s[i];
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 32 || c === 127) out += "\\x" + $HEX[c >> 4] + $HEX[c & 15];
    else if (c < 127) out += s[i];
    else {
      let w = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); w = 2; }
      }
      if ($uni_printable(c)) out += w === 1 ? s[i] : s.slice(i, i + 2);
      else if (c <= 0xff) out += "\\x" + $HEX[c >> 4] + $HEX[c & 15];
      else if (c <= 0xffff) out += "\\u" + $hexpad(c, 4);
      else out += "\\U" + $hexpad(c, 8);
      i += w - 1;
    }
  }
  return out + q;
}

function $hexpad(c, w) {
  const h = c.toString(16);
  return "0".repeat(w - h.length) + h;
}

// str(b) for a bool
function $bool_str(b) {
  return b ? "True" : "False";
}

// ---------------------------------------------------------------------------
// format() / f-string format specs
// ---------------------------------------------------------------------------

// Parsed specs, one cache per kind (spec strings are usually literals).
const $SPEC_CACHE = { i: new Map(), b: new Map(), f: new Map(), s: new Map() };

// Parses a format spec like CPython's parse_internal_render_format_spec.
// kind: "i" (int), "b" (bool), "f" (float), "s" (str).
function $spec(kind, spec) {
  const cache = $SPEC_CACHE[kind];
  let f = cache.get(spec);
  if (f !== undefined) return f;
  f = kind === "i" ? $parse_spec(spec, "d", ">", "int")
    : kind === "b" ? $parse_spec(spec, "d", ">", "bool")
    : kind === "f" ? $parse_spec(spec, "", ">", "float")
    : $parse_spec(spec, "s", "<", "str");
  if (cache.size > 1000) cache.clear();
  cache.set(spec, f);
  return f;
}

function $is_align(c) {
  return c === "<" || c === ">" || c === "=" || c === "^";
}

function $parse_spec(spec, defType, defAlign, tname) {
  const cp = $SURR_RE.test(spec) ? Array.from(spec) : spec;
  const end = cp.length;
  let pos = 0;
  let fill = " ", align = defAlign, fillSpecified = false, alignSpecified = false;
  if (end - pos >= 2 && $is_align(cp[pos + 1])) {
    align = cp[pos + 1];
    fill = cp[pos];
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && $is_align(cp[pos])) {
    align = cp[pos];
    alignSpecified = true;
    pos++;
  }
  let sign = "";
  if (pos < end && (cp[pos] === "+" || cp[pos] === "-" || cp[pos] === " ")) sign = cp[pos++];
  let noNeg0 = false;
  if (pos < end && cp[pos] === "z") { noNeg0 = true; pos++; }
  let alt = false;
  if (pos < end && cp[pos] === "#") { alt = true; pos++; }
  if (!fillSpecified && pos < end && cp[pos] === "0") {
    fill = "0";
    if (!alignSpecified && defAlign === ">") align = "=";
    pos++;
  }
  const getInt = function () {
    let v = 0, n = 0;
    while (pos < end) {
      const d = $uni_decimal(cp[pos].codePointAt(0));
      if (d < 0) break;
      if (v > (9223372036854775807 - d) / 10) throw new $ValueError("Too many decimal digits in format string");
      v = v * 10 + d;
      pos++;
      n++;
    }
    return n === 0 ? -1 : v;
  };
  const width = getInt();
  let thousands = 0; // 0 none, 1 ',', 2 '_', 3 '_' every 4 digits
  if (pos < end && cp[pos] === ",") { thousands = 1; pos++; }
  if (pos < end && cp[pos] === "_") {
    if (thousands !== 0) throw new $ValueError("Cannot specify both ',' and '_'.");
    thousands = 2;
    pos++;
  }
  if (pos < end && cp[pos] === ",") {
    if (thousands === 2) throw new $ValueError("Cannot specify both ',' and '_'.");
  }
  let precision = -1;
  if (pos < end && cp[pos] === ".") {
    pos++;
    precision = getInt();
    if (precision < 0) throw new $ValueError("Format specifier missing precision");
  }
  if (end - pos > 1) {
    throw new $ValueError("Invalid format specifier '" + spec + "' for object of type '" + tname + "'");
  }
  let type = defType;
  if (end - pos === 1) type = cp[pos];
  if (thousands !== 0) {
    switch (type) {
      case "d": case "e": case "f": case "g": case "E": case "G": case "%": case "F": case "":
        break;
      case "b": case "o": case "x": case "X":
        if (thousands === 2) { thousands = 3; break; }
      // falls through
      default:
        throw new $ValueError("Cannot specify '" + (thousands === 1 ? "," : "_") + "' with " +
          $type_char_text(type) + ".");
    }
  }
  return { fill: fill, align: align, sign: sign, noNeg0: noNeg0, alt: alt, width: width,
    thousands: thousands, precision: precision, type: type };
}

// fill * n for format padding (MemoryError, as CPython, when impossible)
function $pad(fill, n) {
  if (n <= 0) return "";
  if (n > 0x3fffffff) throw new $MemoryError();
  try {
    return fill.repeat(n);
  } catch (e) {
    throw new $MemoryError();
  }
}

function $type_char_text(t) {
  const c = t.codePointAt(0);
  if (c > 32 && c < 128) return "'" + t + "'";
  return "'\\x" + c.toString(16) + "'";
}

function $unknown_code(type, tname) {
  return new $ValueError("Unknown format code " + $type_char_text(type) + " for object of type '" + tname + "'");
}

// Digit grouping as CPython's _PyUnicode_InsertThousandsGrouping (with
// zero padding up to minWidth).  size 0 = no grouping.
function $group_digits(digits, minWidth, sep, size) {
  let rem = digits.length;
  let pos = rem;
  const parts = [];
  let useSep = false;
  let broken = false;
  if (size > 0) {
    for (;;) {
      const l = Math.min(size, Math.max(rem, minWidth, 1));
      const nZeros = Math.max(0, l - rem);
      const nChars = Math.max(0, Math.min(rem, l));
      if (useSep) parts.push(sep);
      parts.push(digits.slice(pos - nChars, pos));
      pos -= nChars;
      if (nZeros > 0) parts.push($pad("0", nZeros));
      useSep = true;
      rem -= nChars;
      minWidth -= l;
      if (rem <= 0 && minWidth <= 0) { broken = true; break; }
      minWidth -= sep.length;
    }
  }
  if (!broken) {
    const l = Math.max(rem, minWidth, 1);
    const nZeros = Math.max(0, l - rem);
    const nChars = Math.max(0, Math.min(rem, l));
    if (useSep) parts.push(sep);
    parts.push(digits.slice(pos - nChars, pos));
    if (nZeros > 0) parts.push($pad("0", nZeros));
  }
  if (parts.length === 1) return parts[0];
  return parts.reverse().join("");
}

// CPython's calc_number_widths + fill_number.
function $number_field(f, signChar, prefix, digits, hasDecimal, rem, remLen, sep, size) {
  let signStr;
  if (f.sign === "+") signStr = signChar === "-" ? "-" : "+";
  else if (f.sign === " ") signStr = signChar === "-" ? "-" : " ";
  else signStr = signChar === "-" ? "-" : "";
  const nonDigit = signStr.length + prefix.length + (hasDecimal ? 1 : 0) + remLen;
  const minWidth = f.fill === "0" && f.align === "=" ? f.width - nonDigit : 0;
  if (minWidth > 0x3fffffff) throw new $MemoryError();
  const grouped = digits.length === 0 ? "" : $group_digits(digits, minWidth, sep, size);
  const npad = f.width - (nonDigit + grouped.length);
  let lpad = "", spad = "", rpad = "";
  if (npad > 0) {
    switch (f.align) {
      case "<": rpad = $pad(f.fill, npad); break;
      case "^": {
        const l = Math.floor(npad / 2);
        lpad = $pad(f.fill, l);
        rpad = $pad(f.fill, npad - l);
        break;
      }
      case "=": spad = $pad(f.fill, npad); break;
      default: lpad = $pad(f.fill, npad); break;
    }
  }
  return lpad + signStr + prefix + spad + grouped + (hasDecimal ? "." : "") + rem + rpad;
}

function $sep_of(th) {
  return th === 1 ? "," : "_";
}
function $size_of(th) {
  return th === 0 ? 0 : th === 3 ? 4 : 3;
}

// format(v, spec) for an int v
function $format_int(v, spec) {
  if (spec === "") return String(v);
  return $format_int_spec(v, $spec("i", spec), "int");
}

// format(b, spec) for a bool b
function $format_bool(b, spec) {
  if (spec === "") return b ? "True" : "False";
  return $format_int_spec(b ? 1 : 0, $spec("b", spec), "bool");
}

function $format_int_spec(v, f, tname) {
  switch (f.type) {
    case "b": case "c": case "d": case "o": case "x": case "X": case "n":
      return $format_long(v, f);
    case "e": case "E": case "f": case "F": case "g": case "G": case "%":
      return $format_float_spec(v, f);
    default:
      throw $unknown_code(f.type, tname);
  }
}

function $format_long(v, f) {
  if (f.precision !== -1) throw new $ValueError("Precision not allowed in integer format specifier");
  if (f.noNeg0) throw new $ValueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type === "c") {
    if (f.sign !== "") throw new $ValueError("Sign not allowed with integer format specifier 'c'");
    if (f.alt) throw new $ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0 || v > 0x10ffff) throw new $OverflowError("%c arg not in range(0x110000)");
    // JS strings cannot keep a lone surrogate apart from half of a pair.
    if (v >= 0xD800 && v <= 0xDFFF) throw new $ValueError("pyrt: lone surrogates (U+D800..U+DFFF) are not supported");
    return $number_field(f, "", "", "", false, String.fromCodePoint(v), 1, "", 0);
  }
  let base = 10, prefix = "";
  switch (f.type) {
    case "b": base = 2; prefix = "0b"; break;
    case "o": base = 8; prefix = "0o"; break;
    case "x": base = 16; prefix = "0x"; break;
    case "X": base = 16; prefix = "0X"; break;
  }
  let digits = (v < 0 ? -v : v).toString(base);
  if (f.type === "X") digits = digits.toUpperCase();
  if (!f.alt) prefix = "";
  if (f.sign === "" && f.width === -1 && f.type !== "X" && f.type !== "n" && f.thousands === 0) {
    return (v < 0 ? "-" : "") + prefix + digits;
  }
  const th = f.type === "n" ? 0 : f.thousands;
  return $number_field(f, v < 0 ? "-" : "", prefix, digits, false, "", 0, $sep_of(th), $size_of(th));
}

// format(x, spec) for a float x
function $format_float(x, spec) {
  if (spec === "") return $float_repr(x);
  const f = $spec("f", spec);
  switch (f.type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": case "%":
      return $format_float_spec(x, f);
    default:
      throw $unknown_code(f.type, "float");
  }
}

// CPython's format_float_internal
function $format_float_spec(x, f) {
  let type = f.type;
  let precision = f.precision;
  if (precision > 2147483647) throw new $ValueError("precision too big");
  let defPrecision = 6;
  let addDot0 = false;
  if (type === "") { addDot0 = true; type = "r"; defPrecision = 0; }
  if (type === "n") type = "g";
  let pct = false;
  if (type === "%") { type = "f"; x = x * 100; pct = true; }
  if (precision < 0) precision = defPrecision;
  else if (type === "r") type = "g";
  let code = type, upper = false;
  if (type === "E" || type === "F" || type === "G") { upper = true; code = type.toLowerCase(); }
  if (code === "e") precision++;
  else if (code === "g" && precision === 0) precision = 1;
  let buf = $format_float_short(x, code, precision, addDot0, f.alt, f.noNeg0, upper);
  if (pct) buf += "%";
  if (f.sign !== "+" && f.sign !== " " && f.width === -1 && f.type !== "n" && f.thousands === 0) return buf;
  let signChar = "";
  if (buf.charCodeAt(0) === 45) { signChar = "-"; buf = buf.slice(1); }
  let i = 0;
  while (i < buf.length) {
    const c = buf.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  const hasDec = buf.charCodeAt(i) === 46;
  const rem = buf.slice(hasDec ? i + 1 : i);
  const th = f.type === "n" ? 0 : f.thousands;
  return $number_field(f, signChar, "", buf.slice(0, i), hasDec, rem, rem.length, $sep_of(th), $size_of(th));
}

// format(s, spec) for a str s
function $format_str(s, spec) {
  if (spec === "") return s;
  const f = $spec("s", spec);
  if (f.type !== "s") throw $unknown_code(f.type, "str");
  if (f.sign !== "") {
    throw new $ValueError(f.sign === " " ? "Space not allowed in string format specifier"
      : "Sign not allowed in string format specifier");
  }
  if (f.noNeg0) throw new $ValueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alt) throw new $ValueError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw new $ValueError("'=' alignment not allowed in string format specifier");
  let len = $str_len(s);
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return s;
  if (f.precision >= 0 && len >= f.precision) {
    s = $str_slice(s, 0, f.precision, null);
    len = f.precision;
  }
  const total = f.width > len ? f.width : len;
  let lpad = 0;
  if (f.align === ">") lpad = total - len;
  else if (f.align === "^") lpad = Math.floor((total - len) / 2);
  const rpad = total - len - lpad;
  return $pad(f.fill, lpad) + s + $pad(f.fill, rpad);
}
// strings.js -- str methods, printf-style `%` formatting and str.format for
// pyrt's JavaScript runtime.
//
// Concatenated after pyrt.js (same rules: a plain strict-mode script of
// top-level declarations whose names all start with '$'; no import/export, no
// host APIs; runs on node >= 20, js102 and jsc).  It uses pyrt.js's
// exceptions, $cp_offsets/$str_len/$str_slice, $str_repr, $float_repr,
// $format_int/$format_float/$format_str/$format_bool, $format_float_short,
// $uni_printable/$uni_decimal and $pad.  Tests: runtime/js/test/strings.test.mjs.
//
// Python semantics are by code point: every index argument and result is a
// code-point index, lengths and widths count code points.  Optional arguments
// Python lets you omit are passed as null.  Unicode data is CPython 3.11's
// (Unicode 14.0), from the generated tables below, never from the JS engine.
//
// API (each raises what CPython 3.11 raises, with the same message):
//   $str_split(s, sep, maxsplit) $str_rsplit(s, sep, maxsplit)
//   $str_splitlines(s, keepends) $str_join(sep, arr)
//   $str_strip(s, chars) $str_lstrip(s, chars) $str_rstrip(s, chars)
//   $str_replace(s, old, new_, count)
//   $str_find(s, sub, start, end) $str_rfind(...) $str_index_of(...) (str.index;
//   the name $str_index is pyrt.js's s[i]) $str_rindex(...) $str_count(...)
//   $str_startswith(s, prefix, start, end) $str_endswith(...)  (prefix: str or Array)
//   $str_upper $str_lower $str_capitalize $str_title $str_swapcase $str_casefold
//   $str_isdigit $str_isdecimal $str_isnumeric $str_isalpha $str_isalnum
//   $str_isspace $str_isupper $str_islower $str_istitle $str_isidentifier
//   $str_isascii $str_isprintable
//   $str_center(s, width, fill) $str_ljust(...) $str_rjust(...) $str_zfill(s, width)
//   $str_partition(s, sep) $str_rpartition(s, sep) $str_expandtabs(s, tabsize)
//   $str_removeprefix(s, p) $str_removesuffix(s, p) $str_ord(s) $str_chr(n)
//   $int_to_base(n, base)                    hex()/oct()/bin() for base 16/8/2
//   $str_percent(fmt, vals, descs, single)   fmt % args
//   $str_format(fmt, vals, descs, kwNames, kwVals, kwDescs)   fmt.format(*vals, **kw)
//
// Type descriptors ($str_percent / $str_format): {kind, name, repr(x), str(x)}
// with kind "none" | "bool" | "int" | "float" | "str" | "list" | "tuple" |
// "dict" | "set" | "opt" | "object"; "opt" has .inner (value null = None); a
// list may have .elem and a tuple .elems (descriptors of the items, for
// "{0[1]}"), a dict .key/.val (with a collections.js $Dict value).  For the
// primitive kinds repr/str are not consulted; other kinds are formatted with
// desc.format(x, spec) when present.  Optional hooks for "{0.name}" and
// "{0[key]}" on other kinds: desc.getattr(x, name) / desc.getitem(x, key) ->
// [value, descriptor].  A missing descriptor is inferred from the JS value
// (number -> int when integral).

// ---------------------------------------------------------------------------
// Generated data tables
// ---------------------------------------------------------------------------

// BEGIN GENERATED TABLES (runtime/js/test/gen_str_tables.py --update)
// generated by runtime/js/test/gen_str_tables.py from Python 14.0.0
const $SU_ALPHA = '1t.p,6.p,1b.0,a.0,4.0,5.m,1.u,1.cp,4.b,e.4,7.0,1.0,3l.4,1.1,2.3,1.0,6.0,1.2,1.0,1.j,1.2a,1.3u,8.4l,1.11,2.0,6.14,1z.q,4.3,19.16,z.1,1.2q,1.0,f.1,7.1,a.2,2.0,g.0,1.t,t.2g,b.0,o.w,9.1,4.0,5.l,4.0,9.0,3.0,n.o,7.a,5.n,1.5,h.15,1m.1h,3.0,i.0,7.9,f.f,4.7,2.1,2.l,1.6,1.0,3.3,3.0,g.0,d.1,1.2,e.1,a.0,8.5,4.1,2.l,1.6,1.1*3,v.3,1.0,j.2,g.8,1.2,1.l,1.6,1.1,1.4,3.0,i.0,f.1,n.0,b.7,2.1,2.l,1.6,1.1,1.4,3.0,u.1,1.2,f.0,h.0,1.5,3.2,1.3,3.1,1.0,1.1,3.1,3.2,3.b,m.0,1g.7,1.2,1.m,1.f,3.0,q.2,2.0,2.1,u.0,4.7,1.2,1.m,1.9,1.4,3.0,v.1,1.1,f.1,h.8,1.2,1.14,2.0,g.0,5.2,8.2,o.5,5.h,3.n,1.8,1.0,2.6,1m.1b,1.1,c.6,1m.1,1.0,1.4,1.n,1.0,1.9,1.1,9.0,2.4,1.0,l.3,w.0,1r.7,1.z,r.4,37.16,k.0,g.5,4.3,3.0,3.1,7.2,4.c,c.0,h.11,1.0,5.0,2.16,1.98,1.3,2.6,1.0,1.3,2.14,1.3,2.w,1.3,2.6,1.0,1.3,2.e,1.1k,1.3,2.1u,11.f,g.2d,2.5,3.h7,2.g,1.p,5.22,6.7,7.h,d.i,e.h,e.c,1.2,f.1f,z.0,4.0,1v.2g,7.4,2.x,1.0,5.1x,a.u,1d.t,2.4,b.17,4.p,1i.m,9.1g,2a.0,2l.1a,h.7,1i.t,d.1,a.17,q.z,15.2,a.z,2.8,7.16,2.2,15.3,1.5,1.1,3.0,5.5b,1s.7p,2.5,2.11,2.5,2.7,1.0*3,1.u,2.1g,1.6,1.0,3.2,1.6,3.3,2.5,4.c,5.2,1.6,38.0,d.0,g.c,2t.0,4.0,2.9,1.0,3.4,6.0,1.0*2,1.3,1.a,2.3,5.4,4.0,1g.1,22j.6c,6.3,3.1,c.11,1.0,5.0,2.1j,7.0,g.m,9.6,1.6*7,28.0,d1.1,16.4,5.1,4.2d,6.2,1.2h,1.3,5.16,1.2l,h.v,1c.f,e8.533,1s.h3g,1v.19,2.7g,3.f,a.1,k.1a,g.u,2.1x,1d.8,2.2u,2.1r,5.1,1.0,1.4,o.f,1.2,1.3,1.m,t.1f,e.1d,1q.5,3.0,1.1,b.r,a.m,p.s,7.1a,s.0,g.4,1.9,a.4,1.14,n.2,1.7,k.m,3.0,3.1d,1.0,3.1,2.4,2.0,1.0,o.2,2.a,7.2,c.5,2.5*2,9.6,1.6,1.16,1.d,6.36,t.8mb,c.m,4.1c,6is.a5,2.2x,12.6,c.4,5.0,1.9,1.c,1.4,1.0,1.1*2,1.2z,x.a2,i.1r,2.1h,14.b,38.4,1.3q,10.p,6.p,b.2g,3.5,2.5*2,2.2,z.b,1.p,1.i,1.1,1.e,2.d,y.3e,at.s,3.1c,1b.v,d.j,1.7,6.11,a.t,2.z,4.7,1c.4d,i.z,4.z,4.13,8.1f,c.a,1.e,1.6,1.1,1.a,1.e,1.6,1.1,1v.8m,9.l,a.7,o.5,1.15,1.8,1x.5,2.0,1.17,1.1,3.0,2.m,a.m,9.u,1t.i,1.1,a.l,a.p,1y.1j,6.1,1s.0,f.3,1.2,1.s,16.s,3.s,z.7,1.r,r.1h,a.l,a.i,d.h,32.20,1j.1e,d.1e,d.z,9o.15,6.1,26.s,a.0,8.l,16.h,1a.k,r.m,c.1g,1l.1,2.0,d.18,w.o,q.z,t.0,2.0,8.y,3.0,c.1b,e.3,l.0,1.0,z.h,1.o,2c.6,1.0,1.3,1.e,1.9,7.1a,12.7,2.1,2.l,1.6,1.1,1.4,3.0,i.0,c.4,4e.1g,i.3,k.2,u.1b,k.1,1.0,54.1a,15.3,10.1b,k.0,1n.16,d.0,1z.q,11.6,55.17,38.1r,v.7,2.0,2.7,1.1,1.n,f.0,1.0,2m.7,2.12,g.0,1.0,s.0,a.13,7.0,l.0,b.19,j.0,i.20,7b.8,1.10,h.0,1d.t,34.6,1.1,1.11,l.0,p.5,1.1,1.v,e.0,93.i,59.0,27.pl,6e.5f,218.2o,f.tq,34h.g6,6nt.fs,7.u,h.26,h.t,i.1b,g.3,v.k,5.i,j4.1r,3k.22,5.0,1u.c,1s.1,1.0,s.4qf,8.yd,16.8,6w7.3,1.6,1.1,1.82,19.2,h.3,8.az,1s4.2y,5.c,3.8,7.9,4me.2c,1.1y,1.1,2.0,2.1,2.3,1.b,1.0,1.6,1.1s,1.3,2.7,1.6,1.r,1.3,1.4,1.0,3.6,1.9f,2.o,1.o,1.u,1.o,1.u,1.o,1.u,1.o,1.u,1.o,1.7,1f8.u,dd.18,a.6,g.0,8x.t,i.17,z8.6,1.3,1.1,1.e,1.5g,1n.1v,7.0,xg.3,1.q,1.1,1.0,2.0,1.9,1.3,1.0*2,6.0,4.0,1.0*2,1.2,1.1,1.0,2.0,1.0*4,1.1,1.0,2.3,1.6,1.3*2,1.0,1.9,1.g,5.2,1.4,1.g,3es.wyn,w.37c,7.65,2.4g1,e.5rk,2e7.f1,15u.3t6';
const $SU_DIGIT = '1c.9,3c.1,5.0,146.9,3q.9,5i.9,bg.9,3a.9*9,2o.9,3a.9,1y.9,7q.9,1y.9,jz.8,vi.9,12.9,8c.9,3k.a,4l.9,6.9,52.9,2e.9,3q.9,6.9,t2.0,3.5,6.9,ra.8,b.8*2,2h.0,a.8,1.0,hi.8,1.8*2,ozx.9,iu.9,12.9,5i.9,m.9,2e.9,ba.9,geu.9,13a.9,13q.3,ks.9,86.8,dl.8,b.9,3k.9,1o.9,40.9,7q.9,9i.9,3a.9,ae.9,2u.9*2,bq.9,2u.9,l2.9,6u.9,1y.9,f5i.9,2e.9,3q.9,lf8.1d,1ts.9,bq.9,192.9,1ie.a,25h.9';
const $SU_NUMERIC = '1c.9,3c.1,5.0,2.2,141.9,3q.9,5i.9,bg.9,3a.9,4.5,30.9,3a.9*2,2.5,32.c,37.9,8.6,2v.9,2w.6,7.i,31.9,2o.9,3a.9,1y.j,7g.9,1y.9,jz.j,oh.2,6n.9,6.9,m.9,8c.9,3k.a,4l.9,6.9,52.9,2e.9,3q.9,6.9,t2.0,3.5,6.9,5i.1e,2.4,k6.1n,26.l,hi.t,12h.0,ll.0,p.8,e.2,9j.3,3u.9,u.7,1.e,w.9,13.e,91.0,3h.0,py.0,ma.0,3oy.0,2.0,3.0,1.0,2b.0,1a.0,7.0,1.0,14.1,u.0,8.0,10.0,2q.0,b7.0,1t.0,y.0,1.0*2,cz.0,1.2,6.0,38.3,ly.0,et.0,7.0,134.0,3n.1,c.2,1.0,rx.0,25.0,w5.0,1f7.0,wf.0,kn.0,1zb.0,px.0,1oh.0,4.0,3g.0,1rk.0,10.0,5.0,17.0,3h.0,2zt.9,58.9,8w.5,4a.9,12.9,5i.9,m.9,2e.9,ba.9,fap.0,7.0,4.0,1l.0,u.0,1.0,15.0,102.9,dp.18,c.1k,h.1,9h.q,10.3,t.0,8.0,3q.4,5m.9,q6.7,p.6,13.8,23.4,m.5,4g.1,2.f,2.19,1s.8,1g.1,u.2,23.4,2w.7,o.7,15.6,96.5,1c.9,86.u,4e.9,16.3,34.6,3q.t,3k.9,1o.9,40.9,7.j,6z.9,9i.9,3a.9,ae.9,2u.9,2u.b,bo.i,2l.9,l2.s,6b.9,1y.9,eu.k,tn.32,dtd.9,2e.9,3q.9,1.6,m6.m,jt5.j,30.o,ut.1d,1ts.9,bq.9,159.8,3k.9,lz.1m,1.2,1.3,24.18,1.e,qq.c,25f.9,sn.0,2q.0,3h.0,1q.0,1l4.0,2g.0,8.0,f.0,99.0,i.0,r.0,4ty.0,16v.0,3gi.0,7rl.0,tnm.0';
const $SU_UPPER = '1t.p,2t.m,1.6,x.0,1.0*r,2.0,1.0*7,2.0,1.0*m,1.1,1.0*2,3.1,1.0,1.1,1.2,2.3,1.1,1.2,3.1,1.1,1.0*2,1.1,1.0,2.0,1.1,1.2,1.0,1.1,3.0,7.0,2.0*3,1.0*7,2.0,1.0*8,2.0*2,1.2,1.0*t,7.1,1.1,2.0,1.3,1.0*4,81.0,1.0,3.0,8.0,6.0,1.2,1.0,1.1,1.g,1.8,z.0,2.2,3.0,1.0*b,5.0,2.0,1.1,2.1e,1c.0,1.0*g,9.0,1.0*q,1.1,1.0*6,2.0,1.0*1b,2.11,289.11,1.0,5.0,k2.2d,1p6.16,2.2,8w.0,1.0*22,9.0,1.0*1c,9.7,8.5,a.7,8.7,8.5,b.0,1.0*3,8.7,20.3,c.3*2,c.4,b.3,7a.0,4.0,3.2,2.2,2.0,3.4,6.0,1.0*2,1.3,2.3,a.1,5.0,q.f,j.0,mq.p,1f4.1b,1c.0,1.2,2.0,1.0*2,1.3,1.0,2.0,8.2,1.0*1d,8.0,1.0,4.0,nyl.0,1.0*m,j.0,1.0*d,3r.0,1.0*6,3.0,1.0*u,a.0,1.0,1.1,1.0*4,4.0,1.0,2.0,1.0,3.0,1.0*9,1.4*2,1.0*7,1.3,1.0,6.0,5.0,1.0,s.0,h7v.p,xx.13,3s.z,4c.a,1.e,1.6,1.1,1d6.1e,2ct.v,gw0.v,k2o.p,q.p*2,q.0,1.1,2.0,2.1,2.3,1.7,q.p,q.1,1.3,2.7,1.6,r.1,1.3,1.4,1.0,3.6,r.p,q.p*5,u.o,x.o*4,x.0,3ed.x,1la.p,6.p*2';
const $SU_LOWER = '2p.p,1b.0,a.0,4.0,10.n,1.7,1.0*r,1.1,1.0*7,1.1,1.0*n,2.0,1.0,1.2,2.0,1.0,2.0,3.1,4.0,2.0,3.2,2.0*2,1.0*2,2.0,1.1,1.0,2.0,3.0,1.0,2.1,2.2,6.0,2.0*2,1.0*7,1.1,1.0*8,1.1,2.0,1.0,3.0,1.0*s,1.6,2.0,2.1,1.0,4.0,1.0*3,1.1w,1.z,7.1,u.4,2o.0,17.0,1.0,3.0,2.3,i.0,r.y,1.1,3.2,1.0*b,1.4,1.0,2.0,2.1,1f.1b,1.0*h,9.0,1.0*q,2.0,1.0*5,1.1,1.0*1c,1c.14,287.16,2.2,l4.5,1oi.8,3b.5b,1t.0,1.0*21,1.8,1.0*1c,1.8,8.5,a.7,8.7,8.5,a.7,8.7,8.d,2.7,8.7*2,8.4,1.1,6.0,3.2,1.1,8.3,2.1,8.7,a.2,1.1,3d.0,d.0,g.c,31.0,3.1,3.0,r.0,4.0*2,2.1,8.3,4.0,x.f,4.0,nf.p,1fq.1b,1.0,3.1,1.0*3,4.0,1.1,1.7,3.0,1.0*1c,1.1,7.0,1.0,4.0,c.11,1.0,5.0,nwz.0,1.0*m,j.0,1.0*c,1.2,3p.0,1.0*5,1.2,1.0*u,1.9,1.0*2,2.0,1.0*4,4.0,1.0,2.0,1.2,1.0*a,5.0*2,1.0*7,4.0,1.0,6.0,1.0*4,s.0,1.2,mt.16,1.c,7.27,fnk.6,c.4,tl.p,y5.13,3s.z,4b.a,1.e,1.6,1.1,cj.0,2.2,1.15,1.8,zp.1e,2bx.v,gw0.v,k2i.p,q.6,1.h,q.p,q.3,1.0,1.6,1.a,q.p*8,q.r,s.o,1.5,q.o,1.5,q.o,1.5,q.o,1.5,q.o,1.5,1.0,1f8.9,1.j,1z7.x';
const $SU_TITLE = 'cl.0,2.0*2,12.0,5ud.7,8.7*2,c.0,f.0,1b.0';
const $SU_CASE_IGN = '13.0,6.0,b.0,z.0,1.0,1z.0,4.0,1.0,4.0,2.1,dz.5b,4.1,4.0,9.1,1.0,6z.6,5r.0,5.0,1d.18,1.0,1.1*2,1.0,18.0,b.5,a.a,1.0,z.0,a.k,g.0,2t.7,1.9,1.3,x.0,1.0,u.q,2j.a,1m.a,4.0,2.0,o.n,17.2,18.0,7.1,6.7,15.1l,1j.0,1.0,4.7,4.0,3.6,a.1,d.0,f.0,1m.0,4.3,8.0,k.1,q.0,2.1,1l.0,4.1*2,2.2,3.0,u.1,3.0,b.1,1l.0,4.4,1.1,4.0,k.1,m.5,1.0,1m.0,2.0,1.3,8.0,7.1,b.1,u.0,1p.0,c.0,1e.0,3.0,1j.0,1.2,5.2,1.3,7.1,b.1,t.0,1m.0,2.0,6.0,5.1,k.1,s.1,1l.1,4.3,8.0,k.1,t.0,20.0,7.2,1.0,2i.0,2.6,b.8,2q.0,2.8,9.0,1.5,22.1,r.0,1.0*2,1j.d,1.4,1.1,5.a,1.z,9.0,2u.3,1.5,1.1,2.1,p.1,4.2,g.3,d.0,2.1,6.0,f.0,2m.0,gw.2,qa.2,t.1,u.1*2,1s.1,1.6,8.0,2.a,3.0,5.0,19.4,1f.0,1t.1,y.0,3a.2,4.1,9.0,6.2,63.1,2.0,1m.0,1.6,1.0*2,2.7,6.9,2.0,13.0,8.u,1d.3,1c.0,1.4,1.0,5.0,14.8,c.1,w.3,2.1,1.2,1k.0,1.1,3.0,1.2,1m.7,2.1,1s.5,2a.2,1.c,1.6,4.0,6.0,3.1,1e.1q,d.0,y.2s,cd.0,1.2,b.2,d.2*2,d.1,c.4,8.1,a.0,2.0,2.4,1d.4,1.9,1.0,d.0,g.c,1f.w,2a3.1,35.2,3h.0,f.0,2o.v,1b.0,d1.0,10.3,3.4,5.0,2l.5,2l.2,lxy.0,yq.5,7i.0,2q.3,1.9,1.0,s.3,28.1,e.x,26.0,n.2,2v.2,3.1,8.0,3.0,4.0,p.1,5.0,47.1,q.h,d.0,12.7,p.a,1a.2,1c.0,2.3,2.1,h.0,l.1,1u.5,2.1*2,c.0,8.0,z.0,b.0,1f.0,1.2,2.1,5.1,1.0,r.0,e.1,5.1,1.0,2s.4,9.2,3d.0,2.0,4.0,fn4.0,43.g,fx.f,3.0,c.f,y.0,2.0,4p.0,7.0,6.0,b.0,z.0,1.0,1b.0,19.1,1v.0,l.2,e9.0,6a.0,45.4,sl.5,1.15,1.8,g6.2,1.1,5.3,14.2,4.0,4l.1,fx.3,ar.1,49.a,1d.3,3f.0,1i.e,15.0,2.1,a.2,1d.3,2.1,2.0,4.0,a.0,1e.2,10.4,1.7,1q.0,c.1,1g.8,a.3,2.0,2n.2,2.0,1.1,6.0,4g.0,3.7,l.1,1l.1,3.0,11.6,3.4,5f.7,2.2,1.0,n.0,2c.5,1.0,4.1,1.1,6m.3,6.1,1.1,r.1,2d.7,2.0,1.1,2y.0,1.0,2.5,1.0,2t.2,2.3,1.4,77.8,1.1,74.1,1.0,4.0,40.3,2.1,4.0,w.9,14.5,2.3,8.0,9.5,2.2,1a.c,1.1,ba.6,1.5,1.0,2a.l,2.6,1.1*2,3e.5,3.0,1.1,1.6,1.0,20.1,3.0,1.0,9n.1,46z.8,at3.4,1n.6,9.3,sr.0,1r.g,1s.1,1.1,cnf.3,1.6,1.1,2hq.1,1.3,3mk.19,2.m,f4.2,9.f,2.6,u.3,44.2,1iz.1i,4.1d,8.0,e.0,m.4,1.e,11s.6,1.g,2.6,1.1,1.4,79.d,a8.0,1p.3,15s.6,31.7,23z.4,gx6p.0,u.2n,3k.6n';
const $SU_XID_START = 'oq.0,248.0,3j.0,1mi.2,b8.1,1ox.0,l.0,1d.y,2.3,2hy.0,d3.0,p.8,e.2,nfv.9,gvi.5,ba.1,38.0,1.0*7,7z.1,bk.1g,cs.0,8.0,3q.4,6cq.32';
const $SU_XID_CONT = '2n.0,2f.0,g8.33,n.0,6z.4,7d.18,1.0,1.1*2,1.0,20.a,1c.k,g.0,2t.6,2.5,2.1,1.3,z.0,u.q,2j.a,1m.8,9.0,o.3,1.8,1.2,1.4,17.2,1o.7,16.n,1.w,1i.2,1.h,1.6,a.1,t.2,1k.0,1.6,2.1,2.2,9.0,a.1,q.0,2.2,1k.0,1.4,4.1,2.2,3.0,u.1,3.0,b.2,1k.0,1.7,1.2*2,k.1,m.5,1.2,1k.0,1.6,2.1,2.2,7.2,a.1,u.0,1n.4,3.2,1.3,9.0,14.4,1j.0,1.6,1.2,1.3,7.1,b.1,t.2,1k.0,1.6,1.2,1.3,7.1,b.1,s.3,1j.1,1.6,1.2,1.3,9.0,a.1,t.2,1y.0,4.5,1.0,1.7,i.1,1p.0,1.7,c.7,2q.0,1.9,b.5,22.1,r.0,1.0*2,4.1,1d.j,1.1,5.a,1.z,9.0,2s.j,n.3,4.2,1.2,2.6,3.3,d.b,1.0,a.3,jj.2,9.8,ps.3,s.2,t.1,u.1,1s.v,9.0,19.2,1.0,49.0,3a.b,4.b,4e.0,1o.4,1l.9,1.s,2.0,1c.d,1.f,1d.4,1b.g,12.8,c.2,u.c,1k.d,1c.j,48.2,1.k,4.0,6.0,2.2,5i.1r,fz.1,j.0,3f.c,4.0,3.b,2da.2,3x.0,2o.v,fe.5,2x.1,n9w.0,4.9,w.1,28.1,7k.0,3.0,4.0,n.4,4.0,2b.1,1e.h,q.h,d.0,12.7,p.c,18.3,1b.d,10.0,1v.d,c.0,8.1,19.2,1e.0,1.2,2.1,5.1,1.0,15.4,5.1,6k.7,1.1,fn4.0,kh.f,g.f,3.1,o.2,6n.0,2m.1,gt.0,6a.0,45.4,1ae.2,1.1,5.3,14.2,4.0,4l.1,fx.3,ar.1,49.a,1d.3,3e.2,1h.e,15.0,2.1,a.3,19.a,7.0,1p.2,10.d,g.1,18.0,c.2,1c.d,8.3,1.1,2k.b,6.0,4g.b,l.3,1j.1,1.6,2.1,2.2,9.0,a.1,2.6,3.4,5c.h,n.0,29.j,6j.6,2.8,r.1,2a.g,2y.c,2t.e,74.e,6t.5,1.1,2.3,1.0,1.1,3x.6,2.6,3.0,s.9,14.6,1.3,8.0,9.a,1a.f,b9.7,1.7,2a.l,1.d,3e.5,3.0,1.1,1.6,1.0,1u.4,1.1,1.4,9n.3,f09.4,1n.6,t4.0,1.1i,7.3,29.0,b.1,f57.1,3mp.19,2.m,f2.4,3.5,8.7,2.6,u.3,44.2,1iz.1i,4.1d,8.0,e.0,m.4,1.e,11s.6,1.g,2.6,1.1,1.4,79.6,af.0,1p.3,15s.6,31.6,gzhx.6n';
const $SU_LOWER_MAP = '1t.q.w,2t.n.w,1.7.w,x:o.1,3:3.1,2:8.1,2:n.1,1.1.-3d,0:3.1,3.1.5u,0:2.1,1.1.5q,0.1.1,1.2.5p,0.1.1,2.1.27,0.1.5m,0.1.5n,0.1.1,1.1.5p,0.1.5r,1.1.5v,0.1.5t,0.1.1,3.1.5v,0.1.5x,1.1.5y,0:3.1,1.1.62,0.1.1,1.1.62,2.1.1,1.1.62,0.1.1,1.2.61,0:2.1,1.1.63,0.1.1,3.1.1,7.1.2,0.1.1,1.1.2,0.1.1,1.1.2,0:9.1,2:9.1,2.1.2,0:2.1,1.1.-2p,0.1.-1k,0:k.1,1.1.-3m,1:9.1,7.1.8bv,0.1.1,1.1.-4j,0.1.8bs,2.1.1,1.1.-5f,0.1.1x,0.1.1z,0:5.1,81:2.1,3.1.1,8.1.38,6.1.12,1.3.11,1.1.1s,1.2.1r,1.h.w,1.9.w,z.1.8,8:c.1,5.1.-1o,2.1.1,1.1.-7,0.1.1,2.3.-3m,0.g.28,0.w.w,1c:h.1,9:r.1,1.1.f,0:7.1,2:1c.1,2.12.1c,289.12.5ls,1.1.5ls,5.1.5ls,k2.28.tzk,0.6.8,1p6.17.-2bk,2.3.-2bk,8w:23.1,9.1.-5vj,1:1c.1,9.8.-8,8.6.-8,a.8.-8,8.8.-8,8.6.-8,b:4.-8,8.8.-8,o.8.-8,8.8.-8,8.8.-8,8.2.-8,0.2.-22,0.1.-9,b.4.-2e,0.1.-9,b.2.-8,0.2.-2s,c.2.-8,0.2.-34,0.1.-7,b.2.-3k,0.2.-3i,0.1.-9,89.1.-5st,3.1.-6gv,0.1.-6di,6.1.s,19.g.g,j.1.1,mq.q.q,1f4.1c.1c,1c.1.1,1.1.-8af,0.1.-2xy,0.1.-89z,2:3.1,1.1.-8bg,0.1.-8al,0.1.-8bj,0.1.-8bi,1.1.1,2.1.1,8.2.-8cf,0:1e.1,8:2.1,4.1.1,nyl:n.1,j:e.1,3r:7.1,3:v.1,a:2.1,1.1.-r9g,0:5.1,4.1.1,1.1.-wmg,2:2.1,3:a.1,1.1.-wn8,0.1.-wnj,0.1.-wnf,0.1.-wn5,0.1.-wn8,1.1.-wlu,0.1.-wmi,0.1.-wlx,0.1.ps,0:8.1,1.1.-1c,0.1.-wn7,0.1.-raw,0:2.1,6.1.1,5:2.1,s.1.1,h7v.q.w,xx.14.14,3s.10.14,4c.b.13,1.f.13,1.7.13,1.2.13,1d6.1f.1s,2ct.w.w,gw0.w.w,o80.y.y';
const $SU_LOWER_MULTI = '8g=2x lj';
const $SU_UPPER_MAP = '2p.q.-w,1m.1.kn,16.n.-w,1.7.-w,0.1.3d,1:o.-1,1.1.-6g,1:3.-1,2:8.-1,2:n.-1,2:3.-1,0.1.-8c,0.1.5f,2:2.-1,2.1.-1,3.1.-1,5.1.-1,2.1.2p,3.1.-1,0.1.4j,3.1.3m,2:3.-1,2.1.-1,4.1.-1,2.1.-1,3:2.-1,2.1.-1,3.1.-1,1.1.1k,5.1.-1,0.1.-2,1.1.-1,0.1.-2,1.1.-1,0.1.-2,1:8.-1,0.1.-27,1:9.-1,2.1.-1,0.1.-2,1.1.-1,3:k.-1,3:9.-1,8.1.-1,2.2.8cf,1.1.-1,4:5.-1,0.1.8bj,0.1.8bg,0.1.8bi,0.1.-5u,0.1.-5q,1.2.-5p,1.1.-5m,1.1.-5n,0.1.wnj,3.1.-5p,0.1.wnf,1.1.-5r,1.1.wmg,0.1.wn8,1.1.-5t,0.1.-5v,0.1.wn8,0.1.8af,0.1.wn5,2.1.-5v,1.1.8al,0.1.-5x,2.1.-5y,7.1.89z,2.1.-62,1.1.wn7,0.1.-62,3.1.wmi,0.1.-62,0.1.-1x,0.2.-61,0.1.-1z,5.1.-63,a.1.wlx,0.1.wlu,4m.1.2c,17:2.-1,3.1.-1,3.3.3m,1a.1.-12,0.3.-11,1.h.-w,0.1.-v,0.9.-w,0.1.-1s,0.2.-1r,1.1.-1q,0.1.-1l,3.1.-1b,0.1.-1i,0.1.-8,1:c.-1,0.1.-2e,0.1.-28,0.1.7,0.1.-38,1.1.-2o,2.1.-1,2.1.-1,1g.w.-w,0.g.-28,1:h.-1,9:r.-1,2:7.-1,0.1.-f,1:1c.-1,1d.12.-1c,289.17.2bk,2.3.2bk,l4.6.-8,1oi.1.-4tq,0.1.-4tp,0.1.-4tg,0.2.-4te,0.1.-4tf,0.1.-4t8,0.1.-4rp,0.1.r7m,6o.1.r9g,3.1.2xy,g.1.raw,36:23.-1,5.1.-1n,5:1c.-1,0.8.8,8.6.8,a.8.8,8.8.8,8.6.8,b:4.8,8.8.8,8.2.22,0.4.2e,0.2.2s,0.2.3k,0.2.34,0.2.3i,1e.2.8,c.1.-5k5,h.2.8,e.2.8,3.1.7,a0.1.-s,x.g.-g,4.1.-1,nf.q.-q,1fq.1c.-1c,1.1.-1,3.1.-8bv,0.1.-8bs,1:3.-1,6.1.-1,2.1.-1,a:1e.-1,8:2.-1,4.1.-1,c.12.-5ls,1.1.-5ls,5.1.-5ls,nwz:n.-1,j:e.-1,3r:7.-1,3:v.-1,a:2.-1,2:5.-1,4.1.-1,4:2.-1,0.1.1c,2:a.-1,b:8.-1,4:2.-1,6.1.-1,5:2.-1,s.1.-1,nw.1.-ps,s.28.-tzk,ght.q.-w,y5.14.-14,3s.10.-14,4b.b.-13,1.f.-13,1.7.-13,1.2.-13,1dv.1f.-1s,2bx.w.-w,gw0.w.-w,o82.y.-y';
const $SU_UPPER_MULTI = '67=2b 2b;95=jg 26;ds=22 lo;pc=pl lk ld;q8=px lk ld;13b=111 11u;61i=20 mp;61j=2c lk;61k=2f lm;61l=2h lm;61m=1t ji;66o=px lv;66q=px lv lc;66s=px lv ld;66u=px lv n6;680=64o pl;681=64p pl;682=64q pl;683=64r pl;684=64s pl;685=64t pl;686=64u pl;687=64v pl;688=64o pl;689=64p pl;68a=64q pl;68b=64r pl;68c=64s pl;68d=64t pl;68e=64u pl;68f=64v pl;68g=65k pl;68h=65l pl;68i=65m pl;68j=65n pl;68k=65o pl;68l=65p pl;68m=65q pl;68n=65r pl;68o=65k pl;68p=65l pl;68q=65m pl;68r=65n pl;68s=65o pl;68t=65p pl;68u=65q pl;68v=65r pl;68w=67c pl;68x=67d pl;68y=67e pl;68z=67f pl;690=67g pl;691=67h pl;692=67i pl;693=67j pl;694=67c pl;695=67d pl;696=67e pl;697=67f pl;698=67g pl;699=67h pl;69a=67i pl;69b=67j pl;69e=69m pl;69f=pd pl;69g=p2 pl;69i=pd n6;69j=pd n6 pl;69o=pd pl;69u=6a2 pl;69v=pj pl;69w=p5 pl;69y=pj n6;69z=pj n6 pl;6a4=pj pl;6aa=pl lk lc;6ab=pl lk ld;6ae=pl n6;6af=pl lk n6;6aq=px lk lc;6ar=px lk ld;6as=pt lv;6au=px n6;6av=px lk n6;6b6=6be pl;6b7=q1 pl;6b8=pb pl;6ba=q1 n6;6bb=q1 n6 pl;6bg=q1 pl;1dkw=1y 1y;1dkx=1y 21;1dky=1y 24;1dkz=1y 1y 21;1dl0=1y 1y 24;1dl1=2b 2c;1dl2=2b 2c;1dlf=11g 11i;1dlg=11g 111;1dlh=11g 117;1dli=11q 11i;1dlj=11g 119';
const $SU_TITLE_MAP = 'ck.1.1,0.1.0,0.1.-1,0.1.1,0.1.0,0.1.-1,0.1.1,0.1.0,0.1.-1,10.1.1,0.1.0,0.1.-1,2xo.17.0,2.3.0,2v4.8.8,0.8.0,0.8.8,0.8.0,0.8.8,0.8.0,3.1.9,8.1.0,6.1.9,8.1.0,12.1.9,8.1.0';
const $SU_TITLE_MULTI = '67=2b 37;13b=111 136;69e=69m n9;69g=p2 n9;69j=pd n6 n9;69u=6a2 n9;69w=p5 n9;69z=pj n6 n9;6b6=6be n9;6b8=pb n9;6bb=q1 n6 n9;1dkw=1y 2u;1dkx=1y 2x;1dky=1y 30;1dkz=1y 2u 2x;1dl0=1y 2u 30;1dl1=2b 38;1dl2=2b 38;1dlf=11g 12u;1dlg=11g 12d;1dlh=11g 12j;1dli=11q 12u;1dlj=11g 12l';
const $SU_FOLD_MAP = '51.1.lj,5l.1.-7g,cl.1.38,3g.1.1,d.1.-u,0.1.-p,3.1.-f,0.1.-m,p.1.-1i,0.1.-1c,3.1.-1s,33e.2e.0,2.6.-8,1oi.1.-4su,0.1.-4st,0.1.-4sk,0.2.-4si,0.1.-4sj,0.1.-4sc,0.1.-4ro,0.1.r7n,eq.1.-1m,82.1.-5j9,rld.28.-tzk';
const $SU_FOLD_MULTI = '67=37 37;95=jg 32;ds=2y lo;pc=qh lk ld;q8=qt lk ld;13b=12d 136;61i=2w mp;61j=38 lk;61k=3b lm;61l=3d lm;61m=2p ji;61q=37 37;66o=qt lv;66q=qt lv lc;66s=qt lv ld;66u=qt lv n6;680=64g qh;681=64h qh;682=64i qh;683=64j qh;684=64k qh;685=64l qh;686=64m qh;687=64n qh;688=64g qh;689=64h qh;68a=64i qh;68b=64j qh;68c=64k qh;68d=64l qh;68e=64m qh;68f=64n qh;68g=65c qh;68h=65d qh;68i=65e qh;68j=65f qh;68k=65g qh;68l=65h qh;68m=65i qh;68n=65j qh;68o=65c qh;68p=65d qh;68q=65e qh;68r=65f qh;68s=65g qh;68t=65h qh;68u=65i qh;68v=65j qh;68w=674 qh;68x=675 qh;68y=676 qh;68z=677 qh;690=678 qh;691=679 qh;692=67a qh;693=67b qh;694=674 qh;695=675 qh;696=676 qh;697=677 qh;698=678 qh;699=679 qh;69a=67a qh;69b=67b qh;69e=67k qh;69f=q9 qh;69g=q4 qh;69i=q9 n6;69j=q9 n6 qh;69o=q9 qh;69u=67o qh;69v=qf qh;69w=q6 qh;69y=qf n6;69z=qf n6 qh;6a4=qf qh;6aa=qh lk lc;6ab=qh lk ld;6ae=qh n6;6af=qh lk n6;6aq=qt lk lc;6ar=qt lk ld;6as=qp lv;6au=qt n6;6av=qt lk n6;6b6=67w qh;6b7=qx qh;6b8=r2 qh;6ba=qx n6;6bb=qx n6 qh;6bg=qx qh;1dkw=2u 2u;1dkx=2u 2x;1dky=2u 30;1dkz=2u 2u 2x;1dl0=2u 2u 30;1dl1=37 38;1dl2=37 38;1dlf=12s 12u;1dlg=12s 12d;1dlh=12s 12j;1dli=132 12u;1dlj=12s 12l';
// END GENERATED TABLES

// ---------------------------------------------------------------------------
// Unicode properties and case mappings, decoded lazily
// ---------------------------------------------------------------------------

// Decodes a range set ("gap.len" items, base 36, "*k" = item repeated k
// times) into a flat Int32Array [lo, hi, ...] for $uni_find.
function $su_decode_set(s) {
  const out = [];
  let prev = 0;
  const items = s.split(",");
  for (let i = 0; i < items.length; i++) {
    let it = items[i];
    let k = 1;
    const star = it.indexOf("*");
    if (star >= 0) {
      k = parseInt(it.slice(star + 1), 36);
      it = it.slice(0, star);
    }
    const dot = it.indexOf(".");
    const gap = parseInt(it.slice(0, dot), 36), len = parseInt(it.slice(dot + 1), 36);
    for (let j = 0; j < k; j++) {
      const lo = prev + gap;
      out.push(lo, lo + len);
      prev = lo + len + 1;
    }
  }
  return Int32Array.from(out);
}

// Adds a case-mapping table (see gen_str_tables.py) to the Map m.  Mappings
// of a code point to itself delete the entry.
function $su_decode_map(m, single, multi) {
  const set = function (cp, v) {
    if (v === String.fromCodePoint(cp)) m.delete(cp);
    else m.set(cp, v);
  };
  if (single.length > 0) {
    const items = single.split(",");
    let prev = 0;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      let sep = it.indexOf(".");
      const colon = it.indexOf(":");
      let step = 1;
      if (colon >= 0 && (sep < 0 || colon < sep)) { sep = colon; step = 2; }
      const rest = it.slice(sep + 1);
      const dot = rest.indexOf(".");
      const start = prev + parseInt(it.slice(0, sep), 36);
      const n = parseInt(rest.slice(0, dot), 36);
      const delta = parseInt(rest.slice(dot + 1), 36);
      for (let j = 0; j < n; j++) {
        const cp = start + j * step;
        set(cp, String.fromCodePoint(cp + delta));
      }
      prev = start + (n - 1) * step + 1;
    }
  }
  if (multi.length > 0) {
    const items = multi.split(";");
    for (let i = 0; i < items.length; i++) {
      const eq = items[i].indexOf("=");
      const cps = items[i].slice(eq + 1).split(" ").map(function (x) { return parseInt(x, 36); });
      set(parseInt(items[i].slice(0, eq), 36), String.fromCodePoint.apply(null, cps));
    }
  }
  return m;
}

const $su = {
  alpha: null, digit: null, numeric: null, upper: null, lower: null, title: null, ign: null,
  xs: null, xc: null, mlower: null, mupper: null, mtitle: null, mfold: null,
};

function $su_set(name) {
  let t = $su[name];
  if (t === null) {
    const src = name === "alpha" ? $SU_ALPHA : name === "digit" ? $SU_DIGIT : name === "numeric" ? $SU_NUMERIC
      : name === "upper" ? $SU_UPPER : name === "lower" ? $SU_LOWER : name === "title" ? $SU_TITLE
      : name === "ign" ? $SU_CASE_IGN : name === "xs" ? $SU_XID_START : $SU_XID_CONT;
    t = $su[name] = $su_decode_set(src);
  }
  return t;
}

// cp in the named set (the caller passes $su.<name>, null until decoded)
function $su_in(tab, name, cp) {
  return $uni_find(tab !== null ? tab : $su_set(name), cp) >= 0;
}

// Case mapping of one code point: a Map cp -> str (absent = unchanged).
function $su_map(name) {
  let m = $su[name];
  if (m !== null) return m;
  switch (name) {
    case "mlower": m = $su_decode_map(new Map(), $SU_LOWER_MAP, $SU_LOWER_MULTI); break;
    case "mupper": m = $su_decode_map(new Map(), $SU_UPPER_MAP, $SU_UPPER_MULTI); break;
    case "mtitle": m = $su_decode_map(new Map($su_upper_map()), $SU_TITLE_MAP, $SU_TITLE_MULTI); break;
    default: m = $su_decode_map(new Map($su_lower_map()), $SU_FOLD_MAP, $SU_FOLD_MULTI); break;
  }
  $su[name] = m;
  return m;
}

function $su_lower_map() { return $su.mlower !== null ? $su.mlower : $su_map("mlower"); }
function $su_upper_map() { return $su.mupper !== null ? $su.mupper : $su_map("mupper"); }
function $su_title_map() { return $su.mtitle !== null ? $su.mtitle : $su_map("mtitle"); }
function $su_fold_map() { return $su.mfold !== null ? $su.mfold : $su_map("mfold"); }

// Character predicates on a code point (CPython's Py_UNICODE_IS*).
function $su_is_space(c) {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
function $su_is_alpha(c) {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return $su_in($su.alpha, "alpha", c);
}
function $su_is_decimal(c) {
  return $uni_decimal(c) >= 0;
}
function $su_is_digit(c) {
  if (c < 128) return c >= 48 && c <= 57;
  return $su_in($su.digit, "digit", c);
}
function $su_is_numeric(c) {
  if (c < 128) return c >= 48 && c <= 57;
  return $su_in($su.numeric, "numeric", c);
}
function $su_is_upper(c) {
  if (c < 128) return c >= 65 && c <= 90;
  return $su_in($su.upper, "upper", c);
}
function $su_is_lower(c) {
  if (c < 128) return c >= 97 && c <= 122;
  return $su_in($su.lower, "lower", c);
}
function $su_is_titlecase(c) {
  return c >= 0x1c5 && $su_in($su.title, "title", c);
}
function $su_is_cased(c) {
  return $su_is_upper(c) || $su_is_lower(c) || $su_is_titlecase(c);
}
function $su_is_case_ign(c) {
  return $su_in($su.ign, "ign", c);
}
function $su_is_xid_start(c) {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return $su_is_alpha(c) !== $su_in($su.xs, "xs", c);
}
function $su_is_xid_cont(c) {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
  return ($su_is_xid_start(c) || $uni_decimal(c) >= 0) !== $su_in($su.xc, "xc", c);
}
function $su_is_printable(c) {
  return c < 0x7f ? c >= 0x20 : $uni_printable(c);
}
function $su_is_linebreak(c) {
  return (c >= 10 && c <= 13) || (c >= 28 && c <= 30) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

// ---------------------------------------------------------------------------
// Code point helpers
// ---------------------------------------------------------------------------

const $SU_ASCII_RE = /^[\x00-\x7f]*$/;

// Code point starting at UTF-16 index i (a lone surrogate is itself).
function $su_cp_at(s, i) {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return c;
}

// Code point ending just before UTF-16 index j.
function $su_cp_before(s, j) {
  const d = s.charCodeAt(j - 1);
  if (d >= 0xdc00 && d <= 0xdfff && j >= 2) {
    const c = s.charCodeAt(j - 2);
    if (c >= 0xd800 && c <= 0xdbff) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return d;
}

// Code point -> UTF-16 offsets of s, or null when s has no surrogates.
function $su_off(s) {
  return s.length < 2 ? null : $cp_offsets(s);
}

// UTF-16 index (a code point boundary) -> code point index.
function $su_cp_index(off, p) {
  if (off === null) return p;
  let lo = 0, hi = off.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (off[mid] < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// CPython's ADJUST_INDICES: [start, end] for a str of n code points.
function $su_adjust(start, end, n) {
  if (end === null || end === undefined || end > n) end = n;
  else if (end < 0) {
    end += n;
    if (end < 0) end = 0;
  }
  if (start === null || start === undefined) start = 0;
  else if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  return [start, end];
}

// Does the needle need care not to match half of a surrogate pair?
function $su_edgy(n) {
  if (n.length === 0) return false;
  const f = n.charCodeAt(0), l = n.charCodeAt(n.length - 1);
  return (f >= 0xdc00 && f <= 0xdfff) || (l >= 0xd800 && l <= 0xdbff);
}

function $su_splits_pair(h, p, q) {
  return (p > 0 && $is_hi(h.charCodeAt(p - 1)) && $is_lo(h.charCodeAt(p))) ||
    (q < h.length && q > 0 && $is_hi(h.charCodeAt(q - 1)) && $is_lo(h.charCodeAt(q)));
}

// First UTF-16 index >= from where n occurs in h at code point boundaries.
function $su_find(h, n, from) {
  let p = h.indexOf(n, from);
  if (!$su_edgy(n)) return p;
  while (p >= 0 && $su_splits_pair(h, p, p + n.length)) p = h.indexOf(n, p + 1);
  return p;
}

// Last such index <= from (from >= 0).
function $su_rfind(h, n, from) {
  if (from < 0) return -1;
  let p = h.lastIndexOf(n, from);
  if (!$su_edgy(n)) return p;
  while (p >= 0 && $su_splits_pair(h, p, p + n.length)) p = p > 0 ? h.lastIndexOf(n, p - 1) : -1;
  return p;
}

// Python type name of a JS value without a descriptor.
function $su_typename(v) {
  if (v === null || v === undefined) return "NoneType";
  switch (typeof v) {
    case "string": return "str";
    case "boolean": return "bool";
    case "number": return Number.isInteger(v) ? "int" : "float";
    case "bigint": return "int";
    default: return Array.isArray(v) ? "list" : "object";
  }
}

// ---------------------------------------------------------------------------
// split / join / strip / replace
// ---------------------------------------------------------------------------

function $su_maxcount(maxsplit) {
  return maxsplit === null || maxsplit === undefined || maxsplit < 0 ? Infinity : maxsplit;
}

// s.split(sep, maxsplit)
function $str_split(s, sep, maxsplit) {
  let left = $su_maxcount(maxsplit);
  const out = [];
  if (sep === null || sep === undefined) {
    const n = s.length;
    let i = 0;
    while (left-- > 0) {
      while (i < n && $su_is_space(s.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i;
      i++;
      while (i < n && !$su_is_space(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    if (i < n) {
      while (i < n && $su_is_space(s.charCodeAt(i))) i++;
      if (i !== n) out.push(s.slice(i));
    }
    return out;
  }
  if (sep.length === 0) throw new $ValueError("empty separator");
  let i = 0;
  while (left-- > 0) {
    const p = $su_find(s, sep, i);
    if (p < 0) break;
    out.push(s.slice(i, p));
    i = p + sep.length;
  }
  out.push(i === 0 ? s : s.slice(i));
  return out;
}

// s.rsplit(sep, maxsplit)
function $str_rsplit(s, sep, maxsplit) {
  let left = $su_maxcount(maxsplit);
  const out = [];
  if (sep === null || sep === undefined) {
    let i = s.length - 1;
    while (left-- > 0) {
      while (i >= 0 && $su_is_space(s.charCodeAt(i))) i--;
      if (i < 0) break;
      const j = i;
      i--;
      while (i >= 0 && !$su_is_space(s.charCodeAt(i))) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && $su_is_space(s.charCodeAt(i))) i--;
      if (i >= 0) out.push(s.slice(0, i + 1));
    }
    return out.reverse();
  }
  if (sep.length === 0) throw new $ValueError("empty separator");
  const L = sep.length;
  let j = s.length;
  while (left-- > 0) {
    const p = $su_rfind(s, sep, j - L);
    if (p < 0) break;
    out.push(s.slice(p + L, j));
    j = p;
  }
  out.push(j === s.length ? s : s.slice(0, j));
  return out.reverse();
}

// s.splitlines(keepends)
function $str_splitlines(s, keepends) {
  const out = [];
  const n = s.length;
  let i = 0, j = 0;
  while (i < n) {
    while (i < n && !$su_is_linebreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
    j = i;
  }
  return out;
}

// sep.join(arr)  (arr: Array of str; a str is iterated by code point)
function $str_join(sep, arr) {
  if (typeof arr === "string") arr = Array.from(arr);
  for (let i = 0; i < arr.length; i++) {
    if (typeof arr[i] !== "string") {
      throw new $TypeError("sequence item " + i + ": expected str instance, " + $su_typename(arr[i]) + " found");
    }
  }
  return arr.join(sep);
}

// mode: 1 left, 2 right, 3 both
function $su_strip(s, chars, mode) {
  let i = 0, j = s.length;
  if (chars === null || chars === undefined) {
    if (mode & 1) while (i < j && $su_is_space(s.charCodeAt(i))) i++;
    if (mode & 2) while (j > i && $su_is_space(s.charCodeAt(j - 1))) j--;
  } else {
    if (chars.length === 0) return s;
    if (mode & 1) {
      while (i < j) {
        const c = $su_cp_at(s, i);
        const w = c > 0xffff ? 2 : 1;
        if (!$str_contains(chars, s.slice(i, i + w))) break;
        i += w;
      }
    }
    if (mode & 2) {
      while (j > i) {
        const c = $su_cp_before(s, j);
        const w = c > 0xffff ? 2 : 1;
        if (!$str_contains(chars, s.slice(j - w, j))) break;
        j -= w;
      }
    }
  }
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

function $str_strip(s, chars) { return $su_strip(s, chars, 3); }
function $str_lstrip(s, chars) { return $su_strip(s, chars, 1); }
function $str_rstrip(s, chars) { return $su_strip(s, chars, 2); }

// s.replace(old, new_, count)
function $str_replace(s, old, new_, count) {
  let left = $su_maxcount(count);
  if (left === 0) return s;
  if (old.length === 0) {
    // new_ before every code point (and at the end), count times at most
    const off = $su_off(s);
    const n = off === null ? s.length : off.length - 1;
    const k = Math.min(left, n + 1);
    const parts = [];
    for (let i = 0; i < k; i++) {
      parts.push(new_);
      if (i < n) parts.push(off === null ? s[i] : s.slice(off[i], off[i + 1]));
    }
    if (k < n + 1) parts.push(s.slice(off === null ? k : off[k]));
    return parts.join("");
  }
  let p = $su_find(s, old, 0);
  if (p < 0) return s;
  let out = "";
  let i = 0;
  while (p >= 0 && left-- > 0) {
    out += s.slice(i, p) + new_;
    i = p + old.length;
    p = $su_find(s, old, i);
  }
  return out + s.slice(i);
}

// ---------------------------------------------------------------------------
// find / index / count / startswith / endswith / partition
// ---------------------------------------------------------------------------

// find (rev false) or rfind (rev true): code point index or -1.
function $su_find_slice(s, sub, start, end, rev) {
  const off = $su_off(s);
  const n = off === null ? s.length : off.length - 1;
  const se = $su_adjust(start, end, n);
  const st = se[0], en = se[1];
  if (en - st < $str_len(sub)) return -1;
  const a = off === null ? st : off[st], b = off === null ? en : off[en];
  if (b - a < sub.length) return -1;
  const p = rev ? $su_rfind(s, sub, b - sub.length) : $su_find(s, sub, a);
  if (p < a || p + sub.length > b) return -1;
  return $su_cp_index(off, p);
}

function $str_find(s, sub, start, end) { return $su_find_slice(s, sub, start, end, false); }
function $str_rfind(s, sub, start, end) { return $su_find_slice(s, sub, start, end, true); }

// s.index(sub, start, end)  ($str_index is s[i] in pyrt.js)
function $str_index_of(s, sub, start, end) {
  const r = $su_find_slice(s, sub, start, end, false);
  if (r < 0) throw new $ValueError("substring not found");
  return r;
}

function $str_rindex(s, sub, start, end) {
  const r = $su_find_slice(s, sub, start, end, true);
  if (r < 0) throw new $ValueError("substring not found");
  return r;
}

// s.count(sub, start, end)
function $str_count(s, sub, start, end) {
  const off = $su_off(s);
  const n = off === null ? s.length : off.length - 1;
  const se = $su_adjust(start, end, n);
  const st = se[0], en = se[1];
  if (en - st < $str_len(sub)) return 0;
  if (sub.length === 0) return en - st + 1;
  const a = off === null ? st : off[st], b = off === null ? en : off[en];
  let k = 0;
  let p = $su_find(s, sub, a);
  while (p >= 0 && p + sub.length <= b) {
    k++;
    p = $su_find(s, sub, p + sub.length);
  }
  return k;
}

// CPython's tailmatch; dir < 0: startswith, > 0: endswith
function $su_tailmatch(s, sub, start, end, dir) {
  if (typeof sub !== "string") {
    throw new $TypeError("tuple for " + (dir < 0 ? "startswith" : "endswith") + " must only contain str, not " +
      $su_typename(sub));
  }
  const off = $su_off(s);
  const n = off === null ? s.length : off.length - 1;
  const se = $su_adjust(start, end, n);
  const st = se[0];
  const m = $str_len(sub);
  const en = se[1] - m;
  if (en < st) return false;
  if (m === 0) return true;
  const o = dir < 0 ? st : en;
  const a = off === null ? o : off[o], b = off === null ? o + m : off[o + m];
  return b - a === sub.length && s.startsWith(sub, a);
}

function $su_startend(s, prefix, start, end, dir) {
  if (Array.isArray(prefix)) {
    for (let i = 0; i < prefix.length; i++) if ($su_tailmatch(s, prefix[i], start, end, dir)) return true;
    return false;
  }
  if (typeof prefix !== "string") {
    throw new $TypeError((dir < 0 ? "startswith first arg must be str or a tuple of str, not "
      : "endswith first arg must be str or a tuple of str, not ") + $su_typename(prefix));
  }
  return $su_tailmatch(s, prefix, start, end, dir);
}

function $str_startswith(s, prefix, start, end) { return $su_startend(s, prefix, start, end, -1); }
function $str_endswith(s, suffix, start, end) { return $su_startend(s, suffix, start, end, 1); }

// s.partition(sep)
function $str_partition(s, sep) {
  if (sep.length === 0) throw new $ValueError("empty separator");
  const p = $su_find(s, sep, 0);
  if (p < 0) return [s, "", ""];
  return [s.slice(0, p), sep, s.slice(p + sep.length)];
}

// s.rpartition(sep)
function $str_rpartition(s, sep) {
  if (sep.length === 0) throw new $ValueError("empty separator");
  const p = $su_rfind(s, sep, s.length - sep.length);
  if (p < 0) return ["", "", s];
  return [s.slice(0, p), sep, s.slice(p + sep.length)];
}

function $str_removeprefix(s, prefix) {
  return prefix.length > 0 && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

function $str_removesuffix(s, suffix) {
  return suffix.length > 0 && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

// ---------------------------------------------------------------------------
// Case conversion
// ---------------------------------------------------------------------------

// Maps every code point of s through m (no context rules).
function $su_map_str(s, m) {
  const n = s.length;
  let out = "";
  let last = 0;
  for (let i = 0; i < n; i++) {
    const c = $su_cp_at(s, i);
    const w = c > 0xffff ? 2 : 1;
    const r = m.get(c);
    if (r !== undefined) {
      out += s.slice(last, i) + r;
      last = i + w;
    }
    i += w - 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

// Is the U+03A3 at UTF-16 index i in the Final_Sigma context?
function $su_final_sigma(s, i) {
  let j = i;
  let c = -1;
  while (j > 0) {
    c = $su_cp_before(s, j);
    j -= c > 0xffff ? 2 : 1;
    if (!$su_is_case_ign(c)) break;
    c = -1;
  }
  if (c < 0 || !$su_is_cased(c)) return false;
  j = i + 1;
  while (j < s.length) {
    c = $su_cp_at(s, j);
    if (!$su_is_case_ign(c)) return !$su_is_cased(c);
    j += c > 0xffff ? 2 : 1;
  }
  return true;
}

// CPython's lower_ucs4: lower() of the code point c at UTF-16 index i of s.
function $su_lower_at(s, i, c) {
  if (c === 0x3a3) return $su_final_sigma(s, i) ? "\u03c2" : "\u03c3";
  const r = $su_lower_map().get(c);
  return r === undefined ? String.fromCodePoint(c) : r;
}

// Applies f(s, i, c, k) (k = code point index) to every code point; f returns its text.
function $su_each(s, f) {
  const parts = [];
  const n = s.length;
  for (let i = 0, k = 0; i < n; k++) {
    const c = $su_cp_at(s, i);
    parts.push(f(s, i, c, k));
    i += c > 0xffff ? 2 : 1;
  }
  return parts.join("");
}

function $str_upper(s) {
  if ($SU_ASCII_RE.test(s)) return s.toUpperCase();
  return $su_map_str(s, $su_upper_map());
}

function $str_lower(s) {
  if ($SU_ASCII_RE.test(s)) return s.toLowerCase();
  if (s.indexOf("\u03a3") < 0) return $su_map_str(s, $su_lower_map());
  return $su_each(s, $su_lower_at);
}

function $str_casefold(s) {
  if ($SU_ASCII_RE.test(s)) return s.toLowerCase();
  return $su_map_str(s, $su_fold_map());
}

function $su_title_of(c) {
  const r = $su_title_map().get(c);
  return r === undefined ? String.fromCodePoint(c) : r;
}

function $su_upper_of(c) {
  const r = $su_upper_map().get(c);
  return r === undefined ? String.fromCodePoint(c) : r;
}

function $str_capitalize(s) {
  if (s.length === 0) return s;
  return $su_each(s, function (t, i, c, k) {
    return k === 0 ? $su_title_of(c) : $su_lower_at(t, i, c);
  });
}

function $str_title(s) {
  let prevCased = false;
  return $su_each(s, function (t, i, c) {
    const r = prevCased ? $su_lower_at(t, i, c) : $su_title_of(c);
    prevCased = $su_is_cased(c);
    return r;
  });
}

function $str_swapcase(s) {
  return $su_each(s, function (t, i, c) {
    if ($su_is_upper(c)) return $su_lower_at(t, i, c);
    if ($su_is_lower(c)) return $su_upper_of(c);
    return String.fromCodePoint(c);
  });
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

// every code point satisfies pred (False for the empty string)
function $su_all(s, pred) {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = $su_cp_at(s, i);
    if (!pred(c)) return false;
    if (c > 0xffff) i++;
  }
  return true;
}

function $str_isspace(s) { return $su_all(s, $su_is_space); }
function $str_isalpha(s) { return $su_all(s, $su_is_alpha); }
function $str_isdecimal(s) { return $su_all(s, $su_is_decimal); }
function $str_isdigit(s) { return $su_all(s, $su_is_digit); }
function $str_isnumeric(s) { return $su_all(s, $su_is_numeric); }
function $str_isalnum(s) {
  return $su_all(s, function (c) { return $su_is_alpha(c) || $su_is_numeric(c); });
}
function $str_isascii(s) { return $SU_ASCII_RE.test(s); }
function $str_isprintable(s) { return s.length === 0 || $su_all(s, $su_is_printable); }

function $str_isidentifier(s) {
  if (s.length === 0) return false;
  const c = $su_cp_at(s, 0);
  if (!$su_is_xid_start(c) && c !== 95) return false;
  const w = c > 0xffff ? 2 : 1;
  return w === s.length || $su_all(s.slice(w), $su_is_xid_cont);
}

function $str_isupper(s) {
  let cased = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = $su_cp_at(s, i);
    if (c > 0xffff) i++;
    if ($su_is_lower(c) || $su_is_titlecase(c)) return false;
    if (!cased && $su_is_upper(c)) cased = true;
  }
  return cased;
}

function $str_islower(s) {
  let cased = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = $su_cp_at(s, i);
    if (c > 0xffff) i++;
    if ($su_is_upper(c) || $su_is_titlecase(c)) return false;
    if (!cased && $su_is_lower(c)) cased = true;
  }
  return cased;
}

function $str_istitle(s) {
  let cased = false, prev = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = $su_cp_at(s, i);
    if (c > 0xffff) i++;
    if ($su_is_upper(c) || $su_is_titlecase(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if ($su_is_lower(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return cased;
}

// ---------------------------------------------------------------------------
// Padding, tabs, ord/chr, hex/oct/bin
// ---------------------------------------------------------------------------

function $su_fill(fill) {
  if (fill === null || fill === undefined) return " ";
  if ($str_len(fill) !== 1) throw new $TypeError("The fill character must be exactly one character long");
  return fill;
}

function $str_center(s, width, fill) {
  fill = $su_fill(fill);
  const len = $str_len(s);
  if (width <= len) return s;
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return $pad(fill, left) + s + $pad(fill, marg - left);
}

function $str_ljust(s, width, fill) {
  fill = $su_fill(fill);
  const len = $str_len(s);
  return width <= len ? s : s + $pad(fill, width - len);
}

function $str_rjust(s, width, fill) {
  fill = $su_fill(fill);
  const len = $str_len(s);
  return width <= len ? s : $pad(fill, width - len) + s;
}

function $str_zfill(s, width) {
  const len = $str_len(s);
  if (width <= len) return s;
  const z = $pad("0", width - len);
  const c = s.charCodeAt(0);
  if (c === 43 || c === 45) return s[0] + z + s.slice(1);
  return z + s;
}

function $str_expandtabs(s, tabsize) {
  if (tabsize === null || tabsize === undefined) tabsize = 8;
  if (s.indexOf("\t") < 0) return s;
  const parts = [];
  let col = 0, last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      parts.push(s.slice(last, i));
      if (tabsize > 0) {
        const inc = tabsize - (col % tabsize);
        parts.push($pad(" ", inc));
        col += inc;
      }
      last = i + 1;
    } else if (c === 10 || c === 13) {
      col = 0;
    } else if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && $is_hi(s.charCodeAt(i - 1)))) {
      col++;
    }
  }
  parts.push(s.slice(last));
  return parts.join("");
}

// ord(s)
function $str_ord(s) {
  const n = $str_len(s);
  if (n !== 1) throw new $TypeError("ord() expected a character, but string of length " + n + " found");
  return s.codePointAt(0);
}

// chr(n)
function $str_chr(n) {
  if (typeof n === "boolean") n = n ? 1 : 0;
  if (!(n >= 0 && n <= 0x10ffff)) throw new $ValueError("chr() arg not in range(0x110000)");
  if (n < 128) return String.fromCharCode(n);
  // JS strings cannot keep a lone surrogate apart from half of a pair.
  if (n >= 0xd800 && n <= 0xdfff) throw new $ValueError("pyrt: lone surrogates (U+D800..U+DFFF) are not supported");
  return String.fromCodePoint(n);
}

// hex(n) / oct(n) / bin(n)
function $int_to_base(n, base) {
  if (typeof n === "boolean") n = n ? 1 : 0;
  const prefix = base === 16 ? "0x" : base === 8 ? "0o" : base === 2 ? "0b" : "";
  const neg = n < 0;
  return (neg ? "-" : "") + prefix + (neg ? -n : n).toString(base);
}

// ---------------------------------------------------------------------------
// Values with type descriptors
// ---------------------------------------------------------------------------

const $SD_NONE = { kind: "none", name: "NoneType" };
const $SD_BOOL = { kind: "bool", name: "bool" };
const $SD_INT = { kind: "int", name: "int" };
const $SD_FLOAT = { kind: "float", name: "float" };
const $SD_STR = { kind: "str", name: "str" };
const $SD_LIST = { kind: "list", name: "list" };

// The descriptor that describes v ("opt" resolved; inferred when missing).
function $su_desc(v, d) {
  while (d && d.kind === "opt") {
    if (v === null || v === undefined) return $SD_NONE;
    d = d.inner;
  }
  if (d) return d;
  if (v === null || v === undefined) return $SD_NONE;
  switch (typeof v) {
    case "string": return $SD_STR;
    case "boolean": return $SD_BOOL;
    case "number": return Number.isInteger(v) ? $SD_INT : $SD_FLOAT;
    default: return Array.isArray(v) ? $SD_LIST : { kind: "object", name: "object" };
  }
}

function $su_tname(d) {
  switch (d.kind) {
    case "none": return "NoneType";
    case "bool": case "int": case "float": case "str": return d.kind;
    default: return d.name || d.kind;
  }
}

// str(v) for v described by the resolved descriptor d
function $su_str(v, d) {
  switch (d.kind) {
    case "none": return "None";
    case "bool": return v ? "True" : "False";
    case "int": return String(v);
    case "float": return $float_repr(v);
    case "str": return v;
    default: return typeof d.str === "function" ? d.str(v) : d.repr(v);
  }
}

// repr(v)
function $su_repr(v, d) {
  switch (d.kind) {
    case "none": return "None";
    case "bool": return v ? "True" : "False";
    case "int": return String(v);
    case "float": return $float_repr(v);
    case "str": return $str_repr(v);
    default: return d.repr(v);
  }
}

// ascii(v): repr(v) with non-ASCII code points escaped
function $su_ascii(v, d) {
  const r = $su_repr(v, d);
  if ($SU_ASCII_RE.test(r)) return r;
  return $su_each(r, function (t, i, c) {
    if (c < 128) return String.fromCharCode(c);
    if (c <= 0xff) return "\\x" + $hexpad(c, 2);
    if (c <= 0xffff) return "\\u" + $hexpad(c, 4);
    return "\\U" + $hexpad(c, 8);
  });
}

// ---------------------------------------------------------------------------
// printf-style formatting: fmt % args (CPython's PyUnicode_Format)
// ---------------------------------------------------------------------------

const $SU_F_LJUST = 1;
const $SU_F_SIGN = 2;
const $SU_F_BLANK = 4;
const $SU_F_ALT = 8;
const $SU_F_ZERO = 16;

// vals: the arguments (a tuple's items, or [x] for a single operand x);
// descs: their descriptors.  single (optional) = true when the right operand
// was not a tuple: a lone list or dict is then a mapping, and CPython does
// not complain when it is not used.
function $str_percent(fmt, vals, descs, single) {
  const cps = $SURR_RE.test(fmt) ? Array.from(fmt) : null;
  const len = cps === null ? fmt.length : cps.length;
  const st = { fmt: fmt, cps: cps, len: len, pos: 0, cnt: len, vals: vals, descs: descs || [], argidx: 0 };
  let dict = false;
  if (single === true && vals.length === 1) {
    const k = $su_desc(vals[0], st.descs[0]).kind;
    dict = k === "dict" || k === "list";
  }
  let out = "";
  while (--st.cnt >= 0) {
    if ($su_pct_read(st, st.pos) !== 37) {
      const start = st.pos++;
      while (st.cnt >= 0 && $su_pct_read(st, st.pos) !== 37) {
        st.pos++;
        st.cnt--;
      }
      if (st.cnt < 0) st.pos--;
      out += cps === null ? fmt.slice(start, st.pos) : cps.slice(start, st.pos).join("");
    } else {
      st.pos++;
      out += $su_pct_arg(st, dict);
    }
  }
  if (st.argidx < vals.length && !dict) {
    throw new $TypeError("not all arguments converted during string formatting");
  }
  return out;
}

function $su_pct_read(st, p) {
  if (p >= st.len) return 0;
  return st.cps === null ? st.fmt.charCodeAt(p) : st.cps[p].codePointAt(0);
}

function $su_pct_next(st) {
  if (st.mapped !== undefined) {
    const a = st.mapped;
    st.mapped = undefined;
    return [a[0], $su_desc(a[0], a[1])];
  }
  if (st.argidx < st.vals.length) {
    const i = st.argidx++;
    return [st.vals[i], $su_desc(st.vals[i], st.descs[i])];
  }
  throw new $TypeError("not enough arguments for format string");
}

// One conversion specification; st.pos is just after the '%'.
function $su_pct_arg(st, dict) {
  let ch = $su_pct_read(st, st.pos);
  if (ch === 37) {
    st.pos++;
    st.cnt--;
    return "%";
  }
  let flags = 0, width = -1, prec = -1;
  if (ch === 40) {
    if (!dict) throw new $TypeError("format requires a mapping");
    // %(key)...: the value is the mapping's item (CPython's nesting of parens).
    st.pos++;
    st.cnt--;
    const keystart = st.pos;
    let pcount = 1;
    while (pcount > 0 && st.cnt > 0) {
      const c = $su_pct_read(st, st.pos);
      if (c === 41) pcount--;
      else if (c === 40) pcount++;
      st.pos++;
      st.cnt--;
    }
    if (st.cnt < 0 || pcount > 0) throw new $ValueError("incomplete format key");
    const keyend = st.pos - 1;
    const key = st.cps === null ? st.fmt.slice(keystart, keyend) : st.cps.slice(keystart, keyend).join("");
    const m = st.vals[0];
    const D = $su_desc(m, st.descs[0]);
    if (D.kind !== "dict") throw new $TypeError(D.name + " indices must be integers or slices, not str");
    if (D.key.kind !== "str") $raise($KeyError, key);
    st.mapped = [m.getitem(key), D.val];
  }
  while (--st.cnt >= 0) {
    ch = $su_pct_read(st, st.pos++);
    if (ch === 45) flags |= $SU_F_LJUST;
    else if (ch === 43) flags |= $SU_F_SIGN;
    else if (ch === 32) flags |= $SU_F_BLANK;
    else if (ch === 35) flags |= $SU_F_ALT;
    else if (ch === 48) flags |= $SU_F_ZERO;
    else break;
  }
  if (ch === 42) {
    const a = $su_pct_next(st);
    if (a[1].kind !== "int" && a[1].kind !== "bool") throw new $TypeError("* wants int");
    width = +a[0];
    if (width < 0) {
      flags |= $SU_F_LJUST;
      width = -width;
    }
    if (--st.cnt >= 0) ch = $su_pct_read(st, st.pos++);
  } else if (ch >= 48 && ch <= 57) {
    width = ch - 48;
    while (--st.cnt >= 0) {
      ch = $su_pct_read(st, st.pos++);
      if (ch < 48 || ch > 57) break;
      if (width > (9223372036854775807 - (ch - 48)) / 10) throw new $ValueError("width too big");
      width = width * 10 + (ch - 48);
    }
  }
  if (ch === 46) {
    prec = 0;
    if (--st.cnt >= 0) ch = $su_pct_read(st, st.pos++);
    if (ch === 42) {
      const a = $su_pct_next(st);
      if (a[1].kind !== "int" && a[1].kind !== "bool") throw new $TypeError("* wants int");
      prec = +a[0];
      if (prec > 2147483647 || prec < -2147483648) {
        throw new $OverflowError("Python int too large to convert to C int");
      }
      if (prec < 0) prec = 0;
      if (--st.cnt >= 0) ch = $su_pct_read(st, st.pos++);
    } else if (ch >= 48 && ch <= 57) {
      prec = ch - 48;
      while (--st.cnt >= 0) {
        ch = $su_pct_read(st, st.pos++);
        if (ch < 48 || ch > 57) break;
        if (prec > Math.floor((2147483647 - (ch - 48)) / 10)) throw new $ValueError("precision too big");
        prec = prec * 10 + (ch - 48);
      }
    }
  }
  if (st.cnt >= 0 && (ch === 104 || ch === 108 || ch === 76)) {
    if (--st.cnt >= 0) ch = $su_pct_read(st, st.pos++);
  }
  if (st.cnt < 0) throw new $ValueError("incomplete format");

  // format the argument
  const a = $su_pct_next(st);
  const v = a[0], d = a[1];
  const c = String.fromCharCode(ch);
  let str;
  let sign = false;
  switch (c) {
    case "s":
      str = $su_str(v, d);
      break;
    case "r":
      str = $su_repr(v, d);
      break;
    case "a":
      str = $su_ascii(v, d);
      break;
    case "i": case "d": case "u": case "o": case "x": case "X": {
      let n;
      if (d.kind === "int") n = v;
      else if (d.kind === "bool") n = v ? 1 : 0;
      else if (d.kind === "float" && c !== "o" && c !== "x" && c !== "X") n = $su_float_to_int(v);
      else if (c === "o" || c === "x" || c === "X") {
        throw new $TypeError("%" + c + " format: an integer is required, not " + $su_tname(d));
      } else {
        throw new $TypeError("%" + c + " format: a real number is required, not " + $su_tname(d));
      }
      str = $su_format_long(n, (flags & $SU_F_ALT) !== 0, prec, c);
      sign = true;
      break;
    }
    case "e": case "E": case "f": case "F": case "g": case "G": {
      let x;
      if (d.kind === "int" || d.kind === "float") x = v;
      else if (d.kind === "bool") x = v ? 1 : 0;
      else throw new $TypeError("must be real number, not " + $su_tname(d));
      const lc = c.toLowerCase();
      let p = prec < 0 ? 6 : prec;
      if (lc === "e") p++;
      else if (lc === "g" && p === 0) p = 1;
      str = $format_float_short(x, lc, p, false, (flags & $SU_F_ALT) !== 0, false, lc !== c);
      sign = true;
      break;
    }
    case "c": {
      let cp;
      if (d.kind === "str" && $str_len(v) === 1) cp = v.codePointAt(0);
      else if (d.kind === "int" || d.kind === "bool") {
        cp = +v;
        if (cp < 0 || cp > 0x10ffff) throw new $OverflowError("%c arg not in range(0x110000)");
      } else throw new $TypeError("%c requires int or char");
      if (cp >= 0xd800 && cp <= 0xdfff) {
        throw new $ValueError("pyrt: lone surrogates (U+D800..U+DFFF) are not supported");
      }
      str = String.fromCodePoint(cp);
      break;
    }
    default: {
      const shown = ch >= 31 && ch <= 126 ? c : "?";
      throw new $ValueError("unsupported format character '" + shown + "' (0x" + ch.toString(16) +
        ") at index " + (st.pos - 1));
    }
  }
  return $su_pct_output(str, c, flags, width, prec, sign);
}

// int(x) for %d of a float x (exact even beyond 2**53)
function $su_float_to_int(x) {
  if (x !== x) throw new $ValueError("cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) throw new $OverflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x) + 0;
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

// CPython's _PyUnicode_FormatLong (n: number or BigInt)
function $su_format_long(n, alt, prec, type) {
  const neg = n < 0;
  const base = type === "o" ? 8 : type === "x" || type === "X" ? 16 : 10;
  let digits = (neg ? -n : n).toString(base);
  if (prec > 2147483644) throw new $OverflowError("precision too large");
  if (prec > digits.length) digits = $pad("0", prec - digits.length) + digits;
  let r = (neg ? "-" : "") + (alt && base === 8 ? "0o" : alt && base === 16 ? "0x" : "") + digits;
  if (type === "X") r = r.toUpperCase();
  return r;
}

// CPython's unicode_format_arg_output
function $su_pct_output(str, c, flags, width, prec, sign) {
  const fill = sign && (flags & $SU_F_ZERO) ? "0" : " ";
  let len = $str_len(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & ($SU_F_SIGN | $SU_F_BLANK))) {
    return str;
  }
  if ((c === "s" || c === "r" || c === "a") && prec >= 0 && len > prec) len = prec;
  let pindex = 0;
  let signchar = "";
  if (sign) {
    const c0 = str[0];
    if (c0 === "-" || c0 === "+") {
      signchar = c0;
      len--;
      pindex++;
    } else if (flags & $SU_F_SIGN) signchar = "+";
    else if (flags & $SU_F_BLANK) signchar = " ";
    else sign = false;
  }
  if (width < len) width = len;
  let out = "";
  if (sign) {
    if (fill !== " ") out += signchar;
    if (width > len) width--;
  }
  const alt = (flags & $SU_F_ALT) !== 0 && (c === "x" || c === "X" || c === "o");
  if (alt) {
    if (fill !== " ") {
      out += "0" + c;
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & $SU_F_LJUST)) {
    out += $pad(fill, width - len);
    width = len;
  }
  if (fill === " ") {
    if (sign) out += signchar;
    if (alt) {
      out += "0" + c;
      pindex += 2;
    }
  }
  if (len > 0) out += pindex === 0 && len === str.length ? str : $str_slice(str, pindex, pindex + len, null);
  if (width > len) out += $pad(" ", width - len);
  return out;
}

// ---------------------------------------------------------------------------
// str.format (CPython's Objects/stringlib/unicode_format.h)
// ---------------------------------------------------------------------------

function $str_format(fmt, vals, descs, kwNames, kwVals, kwDescs) {
  const ctx = {
    vals: vals || [], descs: descs || [], kwNames: kwNames || [], kwVals: kwVals || [], kwDescs: kwDescs || [],
    auto: 0, // 0 init, 1 automatic, 2 manual
    next: 0,
  };
  return $su_build_string(fmt, ctx, 2);
}

function $su_build_string(s, ctx, depth) {
  if (depth <= 0) throw new $ValueError("Max string recursion exceeded");
  const end = s.length;
  const parts = [];
  let pos = 0;
  while (pos < end) {
    // literal text up to an unescaped brace
    const start = pos;
    let c = 0;
    let markup = false;
    while (pos < end) {
      c = s.charCodeAt(pos++);
      if (c === 123 || c === 125) {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (markup && c === 125 && (atEnd || s.charCodeAt(pos) !== 125)) {
      throw new $ValueError("Single '}' encountered in format string");
    }
    if (markup && atEnd && c === 123) throw new $ValueError("Single '{' encountered in format string");
    if (!atEnd) {
      if (c === s.charCodeAt(pos)) {
        pos++;
        markup = false;
      } else len--;
    }
    if (len > 0) parts.push(s.slice(start, start + len));
    if (!markup) continue;
    // the field: name [! conversion] [: spec] }
    const nameStart = pos;
    c = 0;
    while (pos < end) {
      c = s.charCodeAt(pos++);
      if (c === 123) throw new $ValueError("unexpected '{' in field name");
      if (c === 91) {
        while (pos < end && s.charCodeAt(pos) !== 93) pos++;
        continue;
      }
      if (c === 125 || c === 58 || c === 33) break;
    }
    const nameEnd = pos - 1;
    let conv = 0;
    let spec = "";
    let expand = false;
    if (c === 33 || c === 58) {
      let done = false;
      if (c === 33) {
        if (pos >= end) throw new $ValueError("end of string while looking for conversion specifier");
        conv = $su_cp_at(s, pos);
        pos += conv > 0xffff ? 2 : 1;
        if (pos < end) {
          c = s.charCodeAt(pos++);
          if (c === 125) done = true;
          else if (c !== 58) throw new $ValueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = pos;
        let count = 1;
        for (;;) {
          if (pos >= end) throw new $ValueError("unmatched '{' in format spec");
          c = s.charCodeAt(pos++);
          if (c === 123) {
            expand = true;
            count++;
          } else if (c === 125) {
            if (--count === 0) break;
          }
        }
        spec = s.slice(specStart, pos - 1);
      }
    } else if (c !== 125) {
      throw new $ValueError("expected '}' before end of string");
    }
    // output the field
    const f = $su_field_object(s.slice(nameStart, nameEnd), ctx);
    let v = f[0], d = f[1];
    if (conv !== 0) {
      if (conv === 114) v = $su_repr(v, d);
      else if (conv === 115) v = $su_str(v, d);
      else if (conv === 97) v = $su_ascii(v, d);
      else if (conv > 32 && conv < 127) {
        throw new $ValueError("Unknown conversion specifier " + String.fromCharCode(conv));
      } else throw new $ValueError("Unknown conversion specifier \\x" + conv.toString(16));
      d = $SD_STR;
    }
    if (expand) spec = $su_build_string(spec, ctx, depth - 1);
    parts.push($su_render(v, d, spec));
  }
  return parts.join("");
}

// get_integer: the value of an all-decimal-digits field name, or -1 (a
// BigInt when it exceeds 2**53).
function $su_get_integer(name) {
  if (name.length === 0) return -1;
  let digits = "";
  for (let i = 0; i < name.length; i++) {
    const c = $su_cp_at(name, i);
    if (c > 0xffff) i++;
    const dv = $uni_decimal(c);
    if (dv < 0) return -1;
    digits += String.fromCharCode(48 + dv);
  }
  if (digits.length <= 15) return Number(digits);
  const b = BigInt(digits);
  if (b > 9223372036854775807n) throw new $ValueError("Too many decimal digits in format string");
  return b <= 9007199254740991n ? Number(b) : b;
}

// field_name_split + get_field_object: [value, descriptor]
function $su_field_object(name, ctx) {
  let i = 0;
  while (i < name.length) {
    const c = name.charCodeAt(i);
    if (c === 91 || c === 46) break;
    i++;
  }
  const first = name.slice(0, i);
  let idx = $su_get_integer(first);
  const empty = first.length === 0;
  if (empty || idx !== -1) {
    if (ctx.auto === 0) ctx.auto = empty ? 1 : 2;
    if (ctx.auto === 2 && empty) {
      throw new $ValueError("cannot switch from manual field specification to automatic field numbering");
    }
    if (ctx.auto === 1 && !empty) {
      throw new $ValueError("cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) idx = ctx.next++;
  }
  let v, d;
  if (idx === -1) {
    const k = ctx.kwNames.indexOf(first);
    if (k < 0) throw new $KeyError(first);
    v = ctx.kwVals[k];
    d = $su_desc(v, ctx.kwDescs[k]);
  } else {
    if (typeof idx === "bigint" || idx >= ctx.vals.length) {
      throw new $IndexError("Replacement index " + idx + " out of range for positional args tuple");
    }
    v = ctx.vals[idx];
    d = $su_desc(v, ctx.descs[idx]);
  }
  // the rest: .attr and [key] lookups
  while (i < name.length) {
    const c = name.charCodeAt(i++);
    const start = i;
    let key;
    if (c === 46) {
      while (i < name.length && name.charCodeAt(i) !== 91 && name.charCodeAt(i) !== 46) i++;
      key = name.slice(start, i);
      if (key.length === 0) throw new $ValueError("Empty attribute in format string");
      const r = $su_getattr(v, d, key);
      v = r[0];
      d = r[1];
    } else if (c === 91) {
      while (i < name.length && name.charCodeAt(i) !== 93) i++;
      if (i >= name.length) throw new $ValueError("Missing ']' in format string");
      key = name.slice(start, i);
      i++;
      if (key.length === 0) throw new $ValueError("Empty attribute in format string");
      const r = $su_getitem(v, d, key, $su_get_integer(key));
      v = r[0];
      d = r[1];
    } else {
      throw new $ValueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return [v, d];
}

// obj.name in a format field: the numbers' data attributes; AttributeError for
// other names of the built-in kinds (their methods included: CPython would
// show a bound method's repr, with an address); desc.getattr(obj, name) ->
// [value, descriptor] when the descriptor provides it.
function $su_getattr(v, d, name) {
  if (typeof d.getattr === "function") return d.getattr(v, name);
  const k = d.kind;
  if (k === "int" || k === "bool") {
    const n = k === "bool" ? (v ? 1 : 0) : v;
    if (name === "real" || name === "numerator") return [n, $SD_INT];
    if (name === "imag") return [0, $SD_INT];
    if (name === "denominator") return [1, $SD_INT];
  } else if (k === "float") {
    if (name === "real") return [v, $SD_FLOAT];
    if (name === "imag") return [0, $SD_FLOAT];
  } else if (k === "object") {
    throw new $ValueError("pyrt: attribute lookup in a format field ('." + name + "') is not supported");
  }
  throw new $AttributeError("'" + $su_tname(d) + "' object has no attribute '" + name + "'");
}

// obj[key] in a format field; idx is the key's integer value or -1.
function $su_getitem(v, d, key, idx) {
  if (typeof d.getitem === "function") return d.getitem(v, idx === -1 ? key : idx);
  const k = d.kind;
  if (k === "list" || k === "tuple") {
    if (idx === -1) throw new $TypeError(k + " indices must be integers or slices, not str");
    if (typeof idx === "bigint" || idx >= v.length) throw new $IndexError(k + " index out of range");
    const ed = k === "list" ? d.elem : d.elems ? d.elems[idx] : undefined;
    return [v[idx], $su_desc(v[idx], ed)];
  }
  if (k === "str") {
    if (idx === -1) throw new $TypeError("string indices must be integers, not 'str'");
    if (typeof idx === "bigint") throw new $IndexError("string index out of range");
    return [$str_index(v, idx), $SD_STR];
  }
  if (k === "dict" && d.key && typeof v.getitem === "function") {
    // a $Dict (collections.js): the key is an int when all digits, else a str
    const kk = d.key.kind;
    let key2;
    if (idx === -1) key2 = kk === "str" ? key : undefined;
    else if (typeof idx === "bigint") key2 = undefined;
    else if (kk === "int" || kk === "float") key2 = idx;
    else if (kk === "bool") key2 = idx === 0 ? false : idx === 1 ? true : undefined;
    if (key2 === undefined) throw new $KeyError(idx === -1 ? key : idx);
    return [v.getitem(key2), $su_desc(null, d.val)];
  }
  if (k === "none" || k === "bool" || k === "int" || k === "float" || k === "set") {
    throw new $TypeError("'" + $su_tname(d) + "' object is not subscriptable");
  }
  throw new $ValueError("pyrt: indexing a " + $su_tname(d) + " in a format field ('[" + key + "]') is not supported");
}

// format(v, spec) for the field value
function $su_render(v, d, spec) {
  switch (d.kind) {
    case "str": return $format_str(v, spec);
    case "int": return $format_int(v, spec);
    case "float": return $format_float(v, spec);
    case "bool": return $format_bool(v, spec);
    default:
      if (typeof d.format === "function") return d.format(v, spec);
      if (spec.length === 0) return $su_str(v, d);
      throw new $TypeError("unsupported format string passed to " + $su_tname(d) + ".__format__");
  }
}
// collections.js -- Python dict and set for the JS runtime of pyrt.
//
// Concatenated after pyrt.js and types.js; same rules as pyrt.js: a plain
// script of top-level declarations whose names all start with '$', no
// import/export, no host APIs (node, js102 and jsc alike).  Uses $raise,
// $KeyError, $RuntimeError from pyrt.js.  Tests: test/collections.test.mjs.
//
// Type descriptors (built by types.js): T.kind ("none" "bool" "int" "float"
// "str" "list" "tuple" "dict" "set" "opt" "object"), T.name, T.repr(x),
// T.str(x), T.eq(a, b), T.hash(x) -> BigInt (CPython's hash, or TypeError).
//
// API
//   hashes (BigInt, equal to CPython 3.11 on 64-bit Linux except for str):
//     $hash_int(n) $hash_bool(b) $hash_float(x) $hash_str(s)
//     $hash_tuple(elementHashes) $HASH_NONE
//   $key_error(K, k)        KeyError(k) whose str() is K.repr(k)
//   $Dict  new $Dict(K)     insertion-ordered dict, K the key descriptor
//     getitem(k) get(k, dflt) setitem(k, v) delitem(k) has(k) size len()
//     pop(k) pop2(k, dflt) popitem() setdefault(k, dflt) update(d) clear()
//     copy() keys() values() items() eq(d, V) repr(K, V)
//     iter_keys() iter_values() iter_items()
//   $Set   new $Set(T)      CPython's set, same iteration order
//     add(x) has(x) discard(x) remove(x) pop() len() size clear() copy()
//     update(s) add_all(array) update_dict(d) union(s) intersection(s)
//     difference(s) symmetric_difference(s) intersection_update(s)
//     difference_update(s) symmetric_difference_update(s) issubset(s)
//     issuperset(s) isdisjoint(s) eq(s) toArray() iter() repr(T)
//   $set_from_array(T, arr)  set(list) / {a, b} / set comprehension
//   $set_from_const(T, arr)  a set display of >= 3 constants ({3, 1, 2}),
//                            which CPython builds from a frozenset constant
//   $frozenset_const(T, arr) that frozenset constant: what `for x in {3, 1, 2}`
//                            iterates (a $Set; do not mutate it)
//   iterators: it.$next() -> true with the element in it.$v, or false at the
//   end; RuntimeError when the container changed size (as CPython).
//
// Known deviations from CPython 3.11 (all documented where they arise):
//   - str hashes are this file's own (CPython randomizes them), so the order
//     of sets of str differs; dict order never depends on hashes.
//   - NaN: CPython 3.10+ hashes a NaN by object identity; JS has no identity
//     for numbers.  In a set every NaN added is a new element (as with fresh
//     NaN objects in CPython); as a dict key all NaNs are one key (JS Map).

// ---------------------------------------------------------------------------
// Hashes
// ---------------------------------------------------------------------------

// hash(None): CPython 3.11 uses the object's address; 3.12 this constant.
const $HASH_NONE = 4238894112n;

// hash(n) for an int n with |n| <= 2**53 - 1 (always below the modulus).
function $hash_int(n) {
  return n === -1 ? -2n : BigInt(n);
}

function $hash_bool(b) {
  return b ? 1n : 0n;
}

// CPython's _Py_HashDouble: a finite x = m * 2**e hashes to
// sign * (|m| * 2**e mod (2**61 - 1)), where 2**61 == 1 (mod 2**61 - 1).
function $hash_float(x) {
  if (x !== x) return 0n; // CPython: hash of the object's address
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (Number.isInteger(x) && Math.abs(x) <= 9007199254740991) return $hash_int(x === 0 ? 0 : x);
  $hash2_float(x);
  return (BigInt($HH[1]) << 32n) + BigInt($HH[0] >>> 0);
}

// Scratch output of the two-halves hash functions: [low 32 bits, high 32 bits]
// of the signed 64-bit hash, each as a signed int32.
const $HH = new Int32Array(2);

function $hash2_int(n) {
  if (n >= 0 && n <= 0x7fffffff) { $HH[0] = n; $HH[1] = 0; return; }
  if (n === -1) { $HH[0] = -2; $HH[1] = -1; return; }
  $HH[0] = n | 0; // ToInt32 is exact modular arithmetic for safe integers
  $HH[1] = Math.floor(n / 4294967296) | 0;
}

const $hash_dv = new DataView(new ArrayBuffer(8));

// 2**i for i in 0..61 (a variable `2 ** i` is slow in V8)
const $HASH_POW2 = (function () {
  const t = new Float64Array(62);
  for (let i = 0; i < 62; i++) t[i] = 2 ** i;
  return t;
})();

// $hash_float into $HH without BigInt: |x| = m * 2**e (m < 2**53 an integer),
// and multiplying by 2**k modulo 2**61 - 1 rotates the 61-bit value left by
// k.  The two rotated parts have disjoint bits; each is an exact double whose
// 32-bit halves are extracted separately.
function $hash2_float(x) {
  if (Number.isInteger(x) && Math.abs(x) <= 9007199254740991) { $hash2_int(x === 0 ? 0 : x); return; }
  if (x !== x) { $HH[0] = 0; $HH[1] = 0; return; }
  if (x === Infinity || x === -Infinity) { $HH[0] = x > 0 ? 314159 : -314159; $HH[1] = x > 0 ? 0 : -1; return; }
  $hash_dv.setFloat64(0, x);
  const w = $hash_dv.getUint32(0), bexp = (w >>> 20) & 0x7ff;
  let m = (w & 0xfffff) * 4294967296 + $hash_dv.getUint32(4);
  let e;
  if (bexp === 0) e = -1074; // subnormal
  else { m += 4503599627370496; e = bexp - 1075; }
  const k = ((e % 61) + 61) % 61;
  const TWO32 = 4294967296, TWO61 = 2305843009213693952;
  const a = m * $HASH_POW2[k], hiPart = a - Math.floor(a / TWO61) * TWO61; // (m << k) mod 2**61
  const loPart = Math.floor(m / $HASH_POW2[61 - k]); // m >> (61 - k)
  const ah = Math.floor(hiPart / TWO32), bh = Math.floor(loPart / TWO32);
  let lo = (hiPart - ah * TWO32) + (loPart - bh * TWO32), hi = ah + bh;
  if (x < 0) {
    // 64-bit negation; hash -1 becomes -2
    if (lo === 1 && hi === 0) { $HH[0] = -2; $HH[1] = -1; return; }
    hi = lo === 0 ? -hi : ~hi;
    lo = -lo;
  }
  $HH[0] = lo | 0;
  $HH[1] = hi | 0;
}

function $hash_split(h) {
  $HH[0] = Number(BigInt.asIntN(32, h));
  $HH[1] = Number(BigInt.asIntN(32, h >> 32n));
}

// Not CPython's (which is randomized per process): two 32-bit multiplicative
// lanes over the UTF-16 code units, finished with murmur3's fmix32.
function $hash2_str(s) {
  let a = 0x811c9dc5 ^ s.length, b = 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= b; b ^= a >>> 7;
  a ^= a >>> 16; a = Math.imul(a, 0x85ebca6b); a ^= a >>> 13; a = Math.imul(a, 0xc2b2ae35); a ^= a >>> 16;
  b ^= b >>> 16; b = Math.imul(b, 0x85ebca6b); b ^= b >>> 13; b = Math.imul(b, 0xc2b2ae35); b ^= b >>> 16;
  if (a === -1 && b === -1) a = -2; // -1 is not a valid hash
  $HH[0] = a;
  $HH[1] = b;
}

function $hash_str(s) {
  $hash2_str(s);
  return (BigInt($HH[1]) << 32n) + BigInt($HH[0] >>> 0);
}

// CPython 3.8+ tuplehash (xxHash-based), from the items' hashes.
const $XXPRIME_1 = 11400714785074694791n;
const $XXPRIME_2 = 14029467366897019727n;
const $XXPRIME_5 = 2870177450012600261n;

function $hash_tuple(hashes) {
  let acc = $XXPRIME_5;
  for (let i = 0; i < hashes.length; i++) {
    acc = BigInt.asUintN(64, acc + BigInt.asUintN(64, hashes[i]) * $XXPRIME_2);
    acc = BigInt.asUintN(64, (acc << 31n) | (acc >> 33n));
    acc = BigInt.asUintN(64, acc * $XXPRIME_1);
  }
  acc = BigInt.asUintN(64, acc + (BigInt(hashes.length) ^ ($XXPRIME_5 ^ 3527539n)));
  if (acc === 0xffffffffffffffffn) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

// KeyError(k): str() is K.repr(k) (pyrt's KeyError would use $repr_any).
function $key_error(K, k) {
  // A container nothing was ever stored into has the None descriptor for its
  // keys: the key itself (not None) then says how it prints.
  const R = K.kind === "none" && k !== null ? $repr_any : (x) => K.repr(x);
  const e = new $KeyError(k);
  e.__str__ = function () { return R(k); };
  e.__repr__ = function () { return "KeyError(" + R(k) + ")"; };
  return e;
}

// ---------------------------------------------------------------------------
// dict
// ---------------------------------------------------------------------------
//
// Modelled on CPython 3.11's compact dict (Objects/dictobject.c): entries are
// appended to `ks`/`vs` in insertion order, a deletion leaves a hole
// (ks[i] === undefined), and the entries are compacted only when an insertion
// finds no usable slot left (dk_usable) and the table is resized.  The table
// sizes (dk_log2_size, dk_usable) follow CPython so that holes and
// compactions happen at the same moments, which makes iteration during
// mutation behave exactly as in CPython (that includes the resize when a
// table holding only str keys gets another key: `uni`).  The index from key
// to entry is a JS
// Map for primitive keys (=== equality; -0.0 and 0.0 are one key, the key
// first inserted is kept in `ks`), else an open-addressing table (`ix`) using
// K.hash and K.eq.

const $DICT_EMPTY = -1; // ix slot never used
const $DICT_DUMMY = -2; // ix slot of a deleted entry

// calculate_log2_keysize (64-bit Linux variant, exactly)
function $dict_log2(minsize) {
  const m = ((minsize | 8) - 1) | 7;
  return 32 - Math.clz32(m);
}

// estimate_log2_keysize
function $dict_log2_estimate(n) {
  return $dict_log2(Math.floor((n * 3 + 1) / 2));
}

// USABLE_FRACTION of a table of 2**log2 slots
function $dict_usable(log2) {
  return Math.floor(2 * (2 ** log2) / 3);
}

function $dict_prim(K) {
  const k = K.kind;
  return k === "int" || k === "str" || k === "float" || k === "bool" || k === "none";
}

class $Dict {
  constructor(K) {
    this.K = K;
    this.ks = []; // entry keys; undefined marks a deleted entry
    this.vs = []; // entry values
    this.n = 0; // dk_nentries
    this.used = 0; // ma_used
    this.log2 = 0; // dk_log2_size; 0 is CPython's shared empty table
    this.usable = 0; // dk_usable
    this.uni = true; // a DICT_KEYS_UNICODE table (only str keys so far)
    this.map = $dict_prim(K) ? new Map() : null; // key -> entry position
    this.hs = this.map === null ? [] : null; // entry hashes (BigInt), generic keys
    this.ix = null; // Int32Array of entry positions, generic keys
    this.$h = 0n; // hash computed by the last _find (generic keys)
    this.$slot = -1; // ix slot found by the last successful _find
    this.$inrepr = false;
  }

  get size() {
    return this.used;
  }

  len() {
    return this.used;
  }

  // Entry position of k, or -1.
  _find(k) {
    if (this.map !== null) {
      const p = this.map.get(k);
      return p === undefined ? -1 : p;
    }
    const h = this.K.hash(k);
    this.$h = h;
    return this._findh(k, h);
  }

  _findh(k, h) {
    const ix = this.ix;
    if (ix === null) return -1;
    const mask = ix.length - 1, ks = this.ks, hs = this.hs, K = this.K;
    let perturb = Number(BigInt.asUintN(32, h));
    let i = perturb & mask;
    for (;;) {
      const p = ix[i];
      if (p === $DICT_EMPTY) return -1;
      if (p >= 0 && hs[p] === h) {
        const q = ks[p];
        if (q === k || K.eq(q, k)) { this.$slot = i; return p; }
      }
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  // Puts entry position p (hash h) into a free slot of ix.
  _ixput(p, h) {
    const ix = this.ix, mask = ix.length - 1;
    let perturb = Number(BigInt.asUintN(32, h));
    let i = perturb & mask;
    while (ix[i] !== $DICT_EMPTY) {
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    ix[i] = p;
  }

  // The ix slot holding entry position p.
  _ixslot(p) {
    const ix = this.ix, mask = ix.length - 1;
    let perturb = Number(BigInt.asUintN(32, this.hs[p]));
    let i = perturb & mask;
    while (ix[i] !== p) {
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    return i;
  }

  // dictresize: compacts the entries into a table of 2**log2 slots.
  _resize(log2) {
    const used = this.used;
    if (this.n !== used) {
      const ks = this.ks, vs = this.vs, hs = this.hs;
      let j = 0;
      for (let i = 0; i < this.n; i++) {
        if (ks[i] !== undefined) {
          ks[j] = ks[i];
          vs[j] = vs[i];
          if (hs !== null) hs[j] = hs[i];
          j++;
        }
      }
      ks.length = j;
      vs.length = j;
      if (hs !== null) hs.length = j;
      this.n = j;
      if (this.map !== null) {
        this.map.clear();
        for (let i = 0; i < j; i++) this.map.set(ks[i], i);
      }
    }
    this.log2 = log2;
    this.usable = $dict_usable(log2) - used;
    if (this.map === null) {
      this.ix = new Int32Array(2 ** log2).fill($DICT_EMPTY);
      for (let i = 0; i < used; i++) this._ixput(i, this.hs[i]);
    }
  }

  // insertdict's first step: a str-only table getting another key is
  // resized into a general one (insert_to_emptydict just makes it general).
  _general() {
    if (this.log2 !== 0) this._resize($dict_log2(this.used * 3));
    this.uni = false;
  }

  // Appends a new entry (k not present; h its hash for generic keys).
  _append(k, v, h) {
    if (this.usable <= 0) this._resize($dict_log2(this.used * 3)); // insertion_resize
    const p = this.n;
    this.ks.push(k);
    this.vs.push(v);
    if (this.map !== null) this.map.set(k, p);
    else { this.hs.push(h); this._ixput(p, h); }
    this.n = p + 1;
    this.used++;
    this.usable--;
  }

  // Removes the entry at p, found by the last _find.
  _remove(p) {
    if (this.map !== null) this.map.delete(this.ks[p]);
    else this.ix[this.$slot] = $DICT_DUMMY;
    this.ks[p] = undefined;
    this.vs[p] = undefined;
    this.used--;
  }

  getitem(k) {
    const p = this._find(k);
    if (p < 0) throw $key_error(this.K, k);
    return this.vs[p];
  }

  get(k, dflt) {
    const p = this._find(k);
    if (p < 0) return dflt === undefined ? null : dflt;
    return this.vs[p];
  }

  setitem(k, v) {
    if (this.uni && typeof k !== "string") this._general();
    const p = this._find(k);
    if (p >= 0) this.vs[p] = v;
    else this._append(k, v, this.$h);
  }

  delitem(k) {
    const p = this._find(k);
    if (p < 0) throw $key_error(this.K, k);
    this._remove(p);
  }

  has(k) {
    return this._find(k) >= 0;
  }

  pop(k) {
    // CPython does not hash the key when the dict is empty
    const p = this.used === 0 ? -1 : this._find(k);
    if (p < 0) throw $key_error(this.K, k);
    const v = this.vs[p];
    this._remove(p);
    return v;
  }

  pop2(k, dflt) {
    const p = this.used === 0 ? -1 : this._find(k);
    if (p < 0) return dflt === undefined ? null : dflt;
    const v = this.vs[p];
    this._remove(p);
    return v;
  }

  // Removes and returns the last entry as [k, v].  As CPython, the free
  // entries at the end are reused but dk_usable is not given back.
  popitem() {
    if (this.used === 0) $raise($KeyError, "popitem(): dictionary is empty");
    let i = this.n - 1;
    while (this.ks[i] === undefined) i--;
    const k = this.ks[i], v = this.vs[i];
    if (this.map !== null) this.map.delete(k);
    else {
      this.ix[this._ixslot(i)] = $DICT_DUMMY;
      this.hs.length = i;
    }
    this.ks.length = i;
    this.vs.length = i;
    this.n = i;
    this.used--;
    return [k, v];
  }

  setdefault(k, dflt) {
    if (this.uni && typeof k !== "string") this._general();
    const p = this._find(k);
    if (p >= 0) return this.vs[p];
    const v = dflt === undefined ? null : dflt;
    this._append(k, v, this.$h);
    return v;
  }

  // Becomes a copy of o's table (clone_combined_dict_keys), holes included.
  _clone(o) {
    this.ks = o.ks.slice();
    this.vs = o.vs.slice();
    this.n = o.n;
    this.used = o.used;
    this.log2 = o.log2;
    this.usable = o.usable;
    this.uni = o.uni;
    if (this.map !== null) this.map = new Map(o.map);
    else {
      this.hs = o.hs.slice();
      this.ix = o.ix === null ? null : o.ix.slice();
    }
  }

  // d.update(o) for a dict o (dict_merge with override).
  update(o) {
    if (o === this || o.used === 0) return;
    if (this.used === 0 && o.used === o.n &&
      (o.log2 === 3 || Math.floor((2 ** o.log2) / 3) < o.used)) {
      this._clone(o); // USABLE_FRACTION(DK_SIZE / 2) < used
      return;
    }
    if ($dict_usable(this.log2) < o.used) {
      this._resize($dict_log2_estimate(this.used + o.used));
      this.uni = this.uni && o.uni; // the new table takes o's kind
    }
    const ks = o.ks, vs = o.vs, n = o.n;
    for (let i = 0; i < n; i++) {
      const k = ks[i];
      if (k === undefined) continue;
      if (this.uni && typeof k !== "string") this._general();
      let p;
      if (this.map !== null) p = this.map.get(k);
      else { p = this._findh(k, o.hs[i]); if (p < 0) p = undefined; }
      if (p !== undefined) this.vs[p] = vs[i];
      else this._append(k, vs[i], this.map === null ? o.hs[i] : 0n);
    }
  }

  clear() {
    if (this.log2 === 0) return;
    this.ks = [];
    this.vs = [];
    this.n = 0;
    this.used = 0;
    this.log2 = 0;
    this.usable = 0;
    this.uni = true;
    if (this.map !== null) this.map = new Map();
    else { this.hs = []; this.ix = null; }
  }

  // PyDict_Copy: clones the table unless more than a third of it is holes.
  copy() {
    const r = new $Dict(this.K);
    if (this.used === 0) return r;
    if (this.used >= Math.floor((this.n * 2) / 3)) r._clone(this);
    else r.update(this);
    return r;
  }

  keys() {
    const r = [], ks = this.ks;
    for (let i = 0; i < this.n; i++) if (ks[i] !== undefined) r.push(ks[i]);
    return r;
  }

  values() {
    const r = [], ks = this.ks, vs = this.vs;
    for (let i = 0; i < this.n; i++) if (ks[i] !== undefined) r.push(vs[i]);
    return r;
  }

  items() {
    const r = [], ks = this.ks, vs = this.vs;
    for (let i = 0; i < this.n; i++) if (ks[i] !== undefined) r.push([ks[i], vs[i]]);
    return r;
  }

  // self == o, values compared with V (identity first, as CPython's
  // PyObject_RichCompareBool; numbers are identical when Object.is).
  eq(o, V) {
    if (this.used !== o.used) return false;
    const ks = this.ks, vs = this.vs;
    for (let i = 0; i < this.n; i++) {
      const k = ks[i];
      if (k === undefined) continue;
      const p = this.map !== null ? o._find(k) : o._findh(k, this.hs[i]);
      if (p < 0) return false;
      const a = vs[i], b = o.vs[p];
      if (!(Object.is(a, b) || V.eq(a, b))) return false;
    }
    return true;
  }

  repr(K, V) {
    if (this.$inrepr) return "{...}";
    this.$inrepr = true;
    try {
      const parts = [], ks = this.ks, vs = this.vs;
      for (let i = 0; i < this.n; i++) {
        if (ks[i] !== undefined) parts.push(K.repr(ks[i]) + ": " + V.repr(vs[i]));
      }
      return "{" + parts.join(", ") + "}";
    } finally {
      this.$inrepr = false;
    }
  }

  iter_keys() {
    return new $DictIter(this, 0);
  }

  iter_values() {
    return new $DictIter(this, 1);
  }

  iter_items() {
    return new $DictIter(this, 2);
  }
}

// dictiter_iternextkey/value/item of CPython 3.11: the size check on every
// step, the position index into the entries (so a compaction shifts it, as
// in CPython), and the `len` count that detects keys added while others were
// deleted ("dictionary keys changed during iteration").
class $DictIter {
  constructor(d, mode) {
    this.d = d;
    this.mode = mode; // 0 keys, 1 values, 2 items
    this.used = d.used;
    this.pos = 0;
    this.len = d.used;
    this.$v = undefined;
  }

  $next() {
    const d = this.d;
    if (d === null) return false;
    if (this.used !== d.used) {
      this.used = -1; // sticky, as CPython
      $raise($RuntimeError, "dictionary changed size during iteration");
    }
    const ks = d.ks, n = d.n;
    let i = this.pos;
    while (i < n && ks[i] === undefined) i++;
    if (i >= n) {
      this.d = null;
      return false;
    }
    if (this.len === 0) {
      this.d = null;
      $raise($RuntimeError, "dictionary keys changed during iteration");
    }
    this.pos = i + 1;
    this.len--;
    const m = this.mode;
    this.$v = m === 0 ? ks[i] : m === 1 ? d.vs[i] : [ks[i], d.vs[i]];
    return true;
  }
}

// ---------------------------------------------------------------------------
// set
// ---------------------------------------------------------------------------
//
// A transcription of CPython 3.11's Objects/setobject.c table: open
// addressing over 2**k slots (8 at first), LINEAR_PROBES = 9 consecutive
// slots per probe, then perturb >>= 5; i = (i*5 + 1 + perturb) & mask, with
// `fill` counting active + dummy slots and `used` the active ones.  A slot is
// unused (keys[i] === undefined, hash 0), dummy (keys[i] === $SET_DUMMY, hash
// -1) or active.  Hashes are CPython's signed 64-bit values, kept as two
// int32 halves (hlo, hhi) so that no BigInt arithmetic is needed for int,
// bool, float and str elements; the unsigned 64-bit perturb is shifted as a
// pair of uint32.  Elements are equal when === (int, bool, float, str, None)
// or, for other kinds, when === or T.eq.

const $SET_DUMMY = { dummy: true };
const $SET_MINSIZE = 8;
const $SET_LINEAR_PROBES = 9;

// Hash kinds: 0 int, 1 bool, 2 float, 3 str, 4 None, 5 T.hash / T.eq
function $set_hkind(T) {
  switch (T.kind) {
    case "int": return 0;
    case "bool": return 1;
    case "float": return 2;
    case "str": return 3;
    case "none": return 4;
    default: return 5;
  }
}

function $set_keys(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(undefined);
  return a;
}

class $Set {
  constructor(T) {
    this.T = T;
    this.hk = $set_hkind(T);
    this.keys = $set_keys($SET_MINSIZE);
    this.hlo = new Int32Array($SET_MINSIZE);
    this.hhi = new Int32Array($SET_MINSIZE);
    this.mask = $SET_MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.finger = 0; // where pop() starts looking
  }

  get size() {
    return this.used;
  }

  len() {
    return this.used;
  }

  // Hash of x into $HH.
  _hash(x) {
    switch (this.hk) {
      case 0: $hash2_int(x); break;
      case 1: $HH[0] = x ? 1 : 0; $HH[1] = 0; break;
      case 2: $hash2_float(x); break;
      case 3: $hash2_str(x); break;
      case 4: $hash_split($HASH_NONE); break;
      default: $hash_split(this.T.hash(x));
    }
  }

  // set_add_entry (the new key goes to the *last* dummy seen on its probe
  // sequence when it reaches an unused slot, as in CPython 3.11).
  _add(key, lo, hi) {
    const keys = this.keys, hlo = this.hlo, hhi = this.hhi, mask = this.mask;
    const gen = this.hk === 5;
    let i = lo & mask, freeslot = -1, plo = lo >>> 0, phi = hi >>> 0;
    for (;;) {
      const last = i + $SET_LINEAR_PROBES <= mask ? i + $SET_LINEAR_PROBES : i;
      for (let j = i; ; j++) {
        const k = keys[j];
        if (k === undefined) {
          if (freeslot >= 0) {
            keys[freeslot] = key;
            hlo[freeslot] = lo;
            hhi[freeslot] = hi;
            this.used++;
            return;
          }
          keys[j] = key;
          hlo[j] = lo;
          hhi[j] = hi;
          this.fill++;
          this.used++;
          if (this.fill * 5 < mask * 3) return;
          this._resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (hlo[j] === lo && hhi[j] === hi) {
          if (k === key || (gen && this.T.eq(k, key))) return;
        } else if (k === $SET_DUMMY) {
          freeslot = j;
        }
        if (j === last) break;
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  // set_lookkey: the slot of key, or -1.
  _find(key, lo, hi) {
    const keys = this.keys, hlo = this.hlo, hhi = this.hhi, mask = this.mask;
    const gen = this.hk === 5;
    let i = lo & mask, plo = lo >>> 0, phi = hi >>> 0;
    for (;;) {
      const last = i + $SET_LINEAR_PROBES <= mask ? i + $SET_LINEAR_PROBES : i;
      for (let j = i; ; j++) {
        const k = keys[j];
        if (k === undefined) return -1;
        if (hlo[j] === lo && hhi[j] === hi && (k === key || (gen && this.T.eq(k, key)))) return j;
        if (j === last) break;
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  // set_discard_entry
  _discard(key, lo, hi) {
    const j = this._find(key, lo, hi);
    if (j < 0) return false;
    this.keys[j] = $SET_DUMMY;
    this.hlo[j] = -1;
    this.hhi[j] = -1;
    this.used--;
    return true;
  }

  // set_table_resize: the smallest table > minused, old slots re-inserted in
  // table order.
  _resize(minused) {
    let newsize = $SET_MINSIZE;
    while (newsize <= minused) newsize *= 2;
    if (newsize === $SET_MINSIZE && this.mask === $SET_MINSIZE - 1 && this.fill === this.used) return;
    const okeys = this.keys, olo = this.hlo, ohi = this.hhi, omask = this.mask;
    const keys = $set_keys(newsize), hlo = new Int32Array(newsize), hhi = new Int32Array(newsize);
    const mask = newsize - 1;
    for (let j = 0; j <= omask; j++) {
      const k = okeys[j];
      if (k !== undefined && k !== $SET_DUMMY) $set_insert_clean(keys, hlo, hhi, mask, k, olo[j], ohi[j]);
    }
    this.keys = keys;
    this.hlo = hlo;
    this.hhi = hhi;
    this.mask = mask;
    this.fill = this.used;
  }

  // set_merge: self |= o for a set o.
  _merge(o) {
    if (o === this || o.used === 0) return;
    if ((this.fill + o.used) * 5 >= this.mask * 3) this._resize((this.used + o.used) * 2);
    const okeys = o.keys, olo = o.hlo, ohi = o.hhi, omask = o.mask;
    if (this.fill === 0 && this.mask === omask && o.fill === o.used) {
      // same size, no dummies: copy the table as it is
      const keys = this.keys, hlo = this.hlo, hhi = this.hhi;
      for (let j = 0; j <= omask; j++) {
        if (okeys[j] !== undefined) {
          keys[j] = okeys[j];
          hlo[j] = olo[j];
          hhi[j] = ohi[j];
        }
      }
      this.fill = o.fill;
      this.used = o.used;
      return;
    }
    if (this.fill === 0) {
      const keys = this.keys, hlo = this.hlo, hhi = this.hhi, mask = this.mask;
      this.fill = o.used;
      this.used = o.used;
      for (let j = 0; j <= omask; j++) {
        const k = okeys[j];
        if (k !== undefined && k !== $SET_DUMMY) $set_insert_clean(keys, hlo, hhi, mask, k, olo[j], ohi[j]);
      }
      return;
    }
    for (let j = 0; j <= omask; j++) {
      const k = okeys[j];
      if (k !== undefined && k !== $SET_DUMMY) this._add(k, olo[j], ohi[j]);
    }
  }

  // set_swap_bodies(self, o) where o is discarded afterwards (the finger
  // stays, as in CPython).
  _take(o) {
    this.keys = o.keys;
    this.hlo = o.hlo;
    this.hhi = o.hhi;
    this.mask = o.mask;
    this.fill = o.fill;
    this.used = o.used;
  }

  add(x) {
    if (this.hk === 0 && x >= 0 && x <= 0x7fffffff) {
      this._add(x, x, 0);
      return;
    }
    this._hash(x);
    this._add(x, $HH[0], $HH[1]);
  }

  has(x) {
    if (this.hk === 0 && x >= 0 && x <= 0x7fffffff) return this._find(x, x, 0) >= 0;
    this._hash(x);
    return this._find(x, $HH[0], $HH[1]) >= 0;
  }

  // Returns whether x was present.
  discard(x) {
    this._hash(x);
    return this._discard(x, $HH[0], $HH[1]);
  }

  remove(x) {
    if (!this.discard(x)) throw $key_error(this.T, x);
  }

  pop() {
    if (this.used === 0) $raise($KeyError, "pop from an empty set");
    const keys = this.keys, mask = this.mask;
    let j = this.finger & mask;
    while (keys[j] === undefined || keys[j] === $SET_DUMMY) {
      j++;
      if (j > mask) j = 0;
    }
    const k = keys[j];
    keys[j] = $SET_DUMMY;
    this.hlo[j] = -1;
    this.hhi[j] = -1;
    this.used--;
    this.finger = j + 1;
    return k;
  }

  // set_clear_internal (keeps the finger, as CPython)
  clear() {
    if (this.fill === 0 && this.mask === $SET_MINSIZE - 1) return;
    this.keys = $set_keys($SET_MINSIZE);
    this.hlo = new Int32Array($SET_MINSIZE);
    this.hhi = new Int32Array($SET_MINSIZE);
    this.mask = $SET_MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  copy() {
    const r = new $Set(this.T);
    r._merge(this);
    return r;
  }

  // s.update(o) / s |= o for a set o
  update(o) {
    this._merge(o);
  }

  // s.update(list): the items added one by one
  add_all(arr) {
    for (let i = 0; i < arr.length; i++) this.add(arr[i]);
  }

  // s.update(d) for a dict d (set_update_internal's dict branch: one resize
  // first, then the keys in dict order).
  update_dict(d) {
    const n = d.used;
    if ((this.fill + n) * 5 >= this.mask * 3) this._resize((this.used + n) * 2);
    const ks = d.ks;
    for (let i = 0; i < d.n; i++) if (ks[i] !== undefined) this.add(ks[i]);
  }

  union(o) {
    const r = this.copy();
    if (o !== this) r._merge(o);
    return r;
  }

  // set_intersection: iterates the smaller set, probing the larger.
  intersection(o) {
    if (o === this) return this.copy();
    const r = new $Set(this.T);
    let big = this, small = o;
    if (o.used > this.used) { big = o; small = this; }
    const keys = small.keys, hlo = small.hlo, hhi = small.hhi;
    for (let j = 0; j <= small.mask; j++) {
      const k = keys[j];
      if (k === undefined || k === $SET_DUMMY) continue;
      if (big._find(k, hlo[j], hhi[j]) >= 0) r._add(k, hlo[j], hhi[j]);
    }
    return r;
  }

  intersection_update(o) {
    this._take(this.intersection(o));
  }

  // set_difference_update_internal
  difference_update(o) {
    if (o === this) {
      this.clear();
      return;
    }
    // when o is more than 8 times larger, iterate self & o instead
    const other = (o.used >> 3) > this.used ? this.intersection(o) : o;
    const keys = other.keys, hlo = other.hlo, hhi = other.hhi;
    for (let j = 0; j <= other.mask; j++) {
      const k = keys[j];
      if (k !== undefined && k !== $SET_DUMMY) this._discard(k, hlo[j], hhi[j]);
    }
    // more than 1/4 dummies: resize them away
    if (this.fill - this.used <= (this.mask >>> 2)) return;
    this._resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  // set_difference
  difference(o) {
    if ((this.used >> 2) > o.used) {
      const c = this.copy();
      c.difference_update(o);
      return c;
    }
    const r = new $Set(this.T);
    const keys = this.keys, hlo = this.hlo, hhi = this.hhi;
    for (let j = 0; j <= this.mask; j++) {
      const k = keys[j];
      if (k === undefined || k === $SET_DUMMY) continue;
      if (o._find(k, hlo[j], hhi[j]) < 0) r._add(k, hlo[j], hhi[j]);
    }
    return r;
  }

  symmetric_difference_update(o) {
    if (o === this) {
      this.clear();
      return;
    }
    const keys = o.keys, hlo = o.hlo, hhi = o.hhi;
    for (let j = 0; j <= o.mask; j++) {
      const k = keys[j];
      if (k === undefined || k === $SET_DUMMY) continue;
      if (!this._discard(k, hlo[j], hhi[j])) this._add(k, hlo[j], hhi[j]);
    }
  }

  // CPython: set(o), then symmetric_difference_update with self.
  symmetric_difference(o) {
    const r = new $Set(this.T);
    r._merge(o);
    r.symmetric_difference_update(this);
    return r;
  }

  issubset(o) {
    if (this.used > o.used) return false;
    const keys = this.keys, hlo = this.hlo, hhi = this.hhi;
    for (let j = 0; j <= this.mask; j++) {
      const k = keys[j];
      if (k === undefined || k === $SET_DUMMY) continue;
      if (o._find(k, hlo[j], hhi[j]) < 0) return false;
    }
    return true;
  }

  issuperset(o) {
    return o.issubset(this);
  }

  isdisjoint(o) {
    if (o === this) return this.used === 0;
    let big = this, small = o;
    if (o.used > this.used) { big = o; small = this; }
    const keys = small.keys, hlo = small.hlo, hhi = small.hhi;
    for (let j = 0; j <= small.mask; j++) {
      const k = keys[j];
      if (k === undefined || k === $SET_DUMMY) continue;
      if (big._find(k, hlo[j], hhi[j]) >= 0) return false;
    }
    return true;
  }

  eq(o) {
    return this.used === o.used && this.issubset(o);
  }

  // The elements in iteration order.
  toArray() {
    const r = [], keys = this.keys;
    for (let j = 0; j <= this.mask; j++) {
      const k = keys[j];
      if (k !== undefined && k !== $SET_DUMMY) r.push(k);
    }
    return r;
  }

  iter() {
    return new $SetIter(this);
  }

  repr(T) {
    if (this.used === 0) return "set()";
    return "{" + this.toArray().map(function (x) { return T.repr(x); }).join(", ") + "}";
  }
}

// set_insert_clean: puts a key known to be absent into a table without dummies.
function $set_insert_clean(keys, hlo, hhi, mask, key, lo, hi) {
  let i = lo & mask, plo = lo >>> 0, phi = hi >>> 0;
  for (;;) {
    if (keys[i] === undefined) break;
    if (i + $SET_LINEAR_PROBES <= mask) {
      let j = i + 1;
      const last = i + $SET_LINEAR_PROBES;
      while (j <= last && keys[j] !== undefined) j++;
      if (j <= last) { i = j; break; }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
  keys[i] = key;
  hlo[i] = lo;
  hhi[i] = hi;
}

// setiter_iternext: walks the current table by slot index.
class $SetIter {
  constructor(s) {
    this.s = s;
    this.used = s.used;
    this.pos = 0;
    this.$v = undefined;
  }

  $next() {
    const s = this.s;
    if (s === null) return false;
    if (this.used !== s.used) {
      this.used = -1; // sticky, as CPython
      $raise($RuntimeError, "Set changed size during iteration");
    }
    const keys = s.keys, mask = s.mask;
    let i = this.pos;
    while (i <= mask && (keys[i] === undefined || keys[i] === $SET_DUMMY)) i++;
    this.pos = i + 1;
    if (i > mask) {
      this.s = null;
      return false;
    }
    this.$v = keys[i];
    return true;
  }
}

// set(arr), {a, b, c} with a non-constant item, {x for ...}: items added in order.
function $set_from_array(T, arr) {
  const s = new $Set(T);
  for (let i = 0; i < arr.length; i++) s.add(arr[i]);
  return s;
}

// The frozenset constant CPython 3.11 makes of a set display of constants:
// the compiler builds it from the items in order, then its constant merging
// (merge_consts_recursive) builds it anew from the first one's iteration
// order.  `for x in {c1, c2, ...}` iterates this very object, and `x in
// {c1, c2, ...}` tests membership in it.  (In a module loaded from a .pyc
// file, marshal adds one more rebuild; this models the main script.)
function $frozenset_const(T, arr) {
  return $set_from_array(T, $set_from_array(T, arr).toArray());
}

// The value of a set display {c1, c2, c3, ...} of >= 3 constants: compiled
// to BUILD_SET 0; LOAD_CONST <frozenset>; SET_UPDATE, a merge into a new set.
// (With fewer items or any non-constant item, use $set_from_array.)
function $set_from_const(T, arr) {
  const s = new $Set(T);
  s._merge($frozenset_const(T, arr));
  return s;
}
// ---------------------------------------------------------------------------
// Type descriptors, lists, tuples and iterators
// ---------------------------------------------------------------------------
//
// A descriptor tells the runtime how values of one static type behave where the
// JS value alone does not say (a number may be an int or a float; a list's repr
// depends on its elements' type). The JS backend declares one per type it needs
// (`const $be_t3 = $t_list($t_int)`) and passes it to the typed operations.
//
//   kind   "none" | "bool" | "int" | "float" | "str" | "list" | "tuple" | "dict"
//          | "set" | "opt" | "iter"
//   name   Python type name (messages)
//   repr(x), str(x)   Python repr()/str() as a JS string
//   eq(a, b)          Python ==
//   lt(a, b), le(a, b) Python < and <= (the annotator admits only orderable types)
//   hash(x)           CPython's hash(x) as a BigInt (collections.js), or TypeError
//   truth(x)          Python bool(x)
//   format(x, spec)   format(x, spec)
//   elem / key, val / elems / inner   the parts' descriptors
//
// Representation: None = null, bool = boolean, int and float = number, str =
// string, list and tuple = Array, dict = $Dict, set = $Set, iterator = an
// object with `$next()` (true when it produced a value, stored in `$v`).

function $same_num(a, b) { return a === b; }

const $t_none = {
  kind: "none", name: "NoneType",
  repr() { return "None"; }, str() { return "None"; },
  eq(a, b) { return a === b; },
  lt() { $raise($TypeError, "'<' not supported between instances of 'NoneType' and 'NoneType'"); },
  le() { $raise($TypeError, "'<=' not supported between instances of 'NoneType' and 'NoneType'"); },
  hash() { return $HASH_NONE; },
  truth() { return false; },
  format(x, spec) {
    if (spec !== "") $raise($TypeError, "unsupported format string passed to NoneType.__format__");
    return "None";
  },
};
const $t_bool = {
  kind: "bool", name: "bool",
  repr(b) { return b ? "True" : "False"; }, str(b) { return b ? "True" : "False"; },
  eq(a, b) { return a === b; }, lt(a, b) { return a < b; }, le(a, b) { return a <= b; },
  hash(b) { return b ? 1n : 0n; },
  truth(b) { return b; },
  format(b, spec) { return $format_bool(b, spec); },
};
const $t_int = {
  kind: "int", name: "int",
  repr(n) { return String(n); }, str(n) { return String(n); },
  eq: $same_num, lt(a, b) { return a < b; }, le(a, b) { return a <= b; },
  hash(n) { return $hash_int(n); },
  truth(n) { return n !== 0; },
  format(n, spec) { return $format_int(n, spec); },
};
const $t_float = {
  kind: "float", name: "float",
  repr(x) { return $float_repr(x); }, str(x) { return $float_repr(x); },
  eq: $same_num, lt(a, b) { return a < b; }, le(a, b) { return a <= b; },
  hash(x) { return $hash_float(x); },
  truth(x) { return x !== 0; },
  format(x, spec) { return $format_float(x, spec); },
};
const $t_str = {
  kind: "str", name: "str",
  repr(s) { return $str_repr(s); }, str(s) { return s; },
  eq(a, b) { return a === b; }, lt(a, b) { return $str_cmp(a, b) < 0; }, le(a, b) { return $str_cmp(a, b) <= 0; },
  hash(s) { return $hash_str(s); },
  truth(s) { return s.length !== 0; },
  format(s, spec) { return $format_str(s, spec); },
};

// format() of values without a format-spec language of their own.
function $format_plain(T, x, spec) {
  if (spec !== "") $raise($TypeError, "unsupported format string passed to " + T.name + ".__format__");
  return T.str(x);
}

function $t_opt(T) {
  return {
    kind: "opt", name: T.name, inner: T,
    repr(x) { return x === null ? "None" : T.repr(x); },
    str(x) { return x === null ? "None" : T.str(x); },
    eq(a, b) { return a === null || b === null ? a === b : T.eq(a, b); },
    lt(a, b) {
      if (a === null || b === null) $raise($TypeError, "'<' not supported between instances of '" + (a === null ? "NoneType" : T.name) + "' and '" + (b === null ? "NoneType" : T.name) + "'");
      return T.lt(a, b);
    },
    le(a, b) {
      if (a === null || b === null) $raise($TypeError, "'<=' not supported between instances of '" + (a === null ? "NoneType" : T.name) + "' and '" + (b === null ? "NoneType" : T.name) + "'");
      return T.le(a, b);
    },
    hash(x) { return x === null ? $HASH_NONE : T.hash(x); },
    truth(x) { return x !== null && T.truth(x); },
    format(x, spec) { return x === null ? $t_none.format(x, spec) : T.format(x, spec); },
  };
}

// Lexicographic comparison of two arrays with element descriptors `at(i)`.
function $seq_lt(a, b, at, orEqual) {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const T = at(i);
    if (!T.eq(a[i], b[i])) return T.lt(a[i], b[i]);
  }
  return orEqual ? a.length <= b.length : a.length < b.length;
}

function $t_list(E) {
  const T = {
    kind: "list", name: "list", elem: E,
    repr(a) {
      let s = "[";
      for (let i = 0; i < a.length; i++) s += (i > 0 ? ", " : "") + E.repr(a[i]);
      return s + "]";
    },
    str(a) { return T.repr(a); },
    eq(a, b) {
      if (a === b) return true;
      if (a === null || b === null || a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (!E.eq(a[i], b[i])) return false;
      return true;
    },
    lt(a, b) { return $seq_lt(a, b, () => E, false); },
    le(a, b) { return $seq_lt(a, b, () => E, true); },
    hash() { $raise($TypeError, "unhashable type: 'list'"); },
    truth(a) { return a.length !== 0; },
    format(a, spec) { return $format_plain(T, a, spec); },
  };
  return T;
}

function $t_tuple(Es) {
  const T = {
    kind: "tuple", name: "tuple", elems: Es,
    repr(a) {
      if (a.length === 1) return "(" + Es[0].repr(a[0]) + ",)";
      let s = "(";
      for (let i = 0; i < a.length; i++) s += (i > 0 ? ", " : "") + Es[i].repr(a[i]);
      return s + ")";
    },
    str(a) { return T.repr(a); },
    eq(a, b) {
      if (a === b) return true;
      if (a === null || b === null || a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (!Es[i].eq(a[i], b[i])) return false;
      return true;
    },
    lt(a, b) { return $seq_lt(a, b, (i) => Es[i], false); },
    le(a, b) { return $seq_lt(a, b, (i) => Es[i], true); },
    hash(a) { return $hash_tuple(a.map((x, i) => Es[i].hash(x))); },
    truth(a) { return a.length !== 0; },
    format(a, spec) { return $format_plain(T, a, spec); },
  };
  // A homogeneous tuple also has an element descriptor (for `in`, index(), iteration).
  if (Es.length > 0) T.elem = Es[0];
  return T;
}

function $t_dict(K, V) {
  const T = {
    kind: "dict", name: "dict", key: K, val: V, elem: K,
    repr(d) { return d.repr(K, V); },
    str(d) { return d.repr(K, V); },
    eq(a, b) { return a === b || (a !== null && b !== null && a.eq(b, V)); },
    lt() { $raise($TypeError, "'<' not supported between instances of 'dict' and 'dict'"); },
    le() { $raise($TypeError, "'<=' not supported between instances of 'dict' and 'dict'"); },
    hash() { $raise($TypeError, "unhashable type: 'dict'"); },
    truth(d) { return d.len() !== 0; },
    format(d, spec) { return $format_plain(T, d, spec); },
  };
  return T;
}

function $t_set(E) {
  const T = {
    kind: "set", name: "set", elem: E,
    repr(s) { return s.repr(E); },
    str(s) { return s.repr(E); },
    eq(a, b) { return a === b || (a !== null && b !== null && a.eq(b)); },
    lt(a, b) { return a.len() < b.len() && a.issubset(b); },
    le(a, b) { return a.issubset(b); },
    hash() { $raise($TypeError, "unhashable type: 'set'"); },
    truth(s) { return s.len() !== 0; },
    format(s, spec) { return $format_plain(T, s, spec); },
  };
  return T;
}

function $t_iter(E) {
  return {
    kind: "iter", name: "iterator", elem: E,
    repr() { return "<iterator object>"; }, str() { return "<iterator object>"; },
    eq(a, b) { return a === b; },
    lt() { $raise($TypeError, "'<' not supported between instances of 'iterator' and 'iterator'"); },
    le() { $raise($TypeError, "'<=' not supported between instances of 'iterator' and 'iterator'"); },
    hash() { return 0n; },
    truth() { return true; },
    format(x, spec) { return $format_plain(this, x, spec); },
  };
}

const $t_func = {
  kind: "function", name: "function",
  repr() { return "<function>"; }, str() { return "<function>"; },
  eq(a, b) { return a === b; },
  lt() { $raise($TypeError, "'<' not supported between instances of 'function' and 'function'"); },
  le() { $raise($TypeError, "'<=' not supported between instances of 'function' and 'function'"); },
  hash() { return 0n; },
  truth() { return true; },
  format(x, spec) { return $format_plain($t_func, x, spec); },
};

// Instances of the program's classes: every operation calls the instance's
// dunder method (its class's, or $Object's default).
const $t_inst = {
  kind: "inst", name: "object",
  repr(x) { return x.__repr__(x); }, str(x) { return x.__str__(x); },
  eq(a, b) { return a === b || !!a.__eq__(a, b); },
  // Without __lt__, CPython tries the other operand's reflected __gt__.
  lt(a, b) {
    if (a.__lt__ === $Object.prototype.__lt__ && b.__gt__ !== $Object.prototype.__gt__) return !!b.__gt__(b, a);
    return !!a.__lt__(a, b);
  },
  le(a, b) { return !!a.__le__(a, b); },
  hash(x) {
    if (x.__hash__ === null) $raise($TypeError, "unhashable type: '" + $exc_name(x) + "'");
    const h = x.__hash__(x);
    if (typeof h === "boolean") return $hash_int(h ? 1 : 0);
    if (typeof h !== "number" || !Number.isInteger(h)) $raise($TypeError, "__hash__ method should return an integer");
    return $hash_int(h);
  },
  truth(x) {
    if (x.__bool__ !== undefined) return !!x.__bool__(x);
    if (x.__len__ !== undefined) return x.__len__(x) !== 0;
    return true;
  },
  format(x, spec) {
    if (spec !== "") $raise($TypeError, "unsupported format string passed to " + $exc_name(x) + ".__format__");
    return x.__str__(x);
  },
  // An attribute and its descriptor, from the tables the backend writes.
  getattr(x, name) {
    const fields = x.constructor.$fields;
    const T = fields !== undefined && Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
    const v = T === undefined ? undefined : x[name];
    if (v === undefined) $raise($AttributeError, "'" + $exc_name(x) + "' object has no attribute '" + name + "'");
    return [v, T];
  },
};
// A value of one of several scalar types (None, bool, int, str; the annotator
// keeps floats out, whose JS numbers would not say whether they are ints).
const $t_either = {
  kind: "either", name: "object",
  repr(x) {
    if (x === null) return "None";
    if (typeof x === "boolean") return x ? "True" : "False";
    if (typeof x === "string") return $str_repr(x);
    return String(x);
  },
  str(x) { return typeof x === "string" ? x : $t_either.repr(x); },
  // Python's == across scalars: True == 1, and values of other types differ.
  eq(a, b) {
    const num = (v) => typeof v === "number" || typeof v === "boolean";
    return num(a) && num(b) ? Number(a) === Number(b) : a === b;
  },
  lt() { $raise($TypeError, "'<' not supported between these values"); },
  le() { $raise($TypeError, "'<=' not supported between these values"); },
  hash(x) {
    if (x === null) return $HASH_NONE;
    if (typeof x === "string") return $hash_str(x);
    return $hash_int(Number(x));
  },
  truth(x) { return !!x; },
  format(x, spec) { return $format_plain($t_either, x, spec); },
};

// Classes as values.
const $t_class = {
  kind: "class", name: "type",
  repr(c) { const m = $class_module(c); return "<class '" + (m === "builtins" ? "" : m + ".") + $exc_name(c) + "'>"; }, str(c) { return $t_class.repr(c); },
  eq(a, b) { return a === b; },
  lt() { $raise($TypeError, "'<' not supported between instances of 'type' and 'type'"); },
  le() { $raise($TypeError, "'<=' not supported between instances of 'type' and 'type'"); },
  hash(c) { return BigInt($object_id(c)); },
  truth() { return true; },
  format(x, spec) { return $format_plain($t_class, x, spec); },
};

// A generator's iterator: the JS generator object behind the runtime's
// iterator protocol ($next() says whether there is a value; $v holds it).
class $GenIter {
  constructor(g) { this.g = g; this.$v = undefined; }
  $next() {
    let r;
    try {
      r = this.g.next();
    } catch (e) {
      // PEP 479: a StopIteration escaping a generator's body is an error.
      if (e instanceof $StopIteration) $raise($RuntimeError, "generator raised StopIteration");
      throw e;
    }
    if (r.done) return false;
    this.$v = r.value;
    return true;
  }
}
function $gen_iter(g) { return new $GenIter(g); }

// A generator left by the loop that made it: close it (its finally runs).
function $iter_close(it) {
  if (it instanceof $GenIter) it.g.return(undefined);
}

// divmod(x, y) of floats.
function $float_divmod(x, y) {
  if (y === 0) $raise($ZeroDivisionError, "float divmod()");
  return [$float_floordiv(x, y), $float_mod(x, y)];
}

// An instance with __next__ behind the iterator protocol: StopIteration ends it.
class $InstIter {
  constructor(o) { this.o = o; this.$v = undefined; }
  $next() {
    try {
      this.$v = this.o.__next__(this.o);
      return true;
    } catch (e) {
      if (e instanceof $StopIteration) return false;
      throw e;
    }
  }
}
function $inst_iter(o) { return new $InstIter(o); }

// a OP b between instances: the right operand's reflected method first when
// its class is a proper subclass of the left's that overrides it.
function $dispatch_binary(a, b, name, rname) {
  const A = a.constructor, B = b.constructor;
  if (B !== A && B.prototype instanceof A && b[rname] !== A.prototype[rname]) return b[rname](b, a);
  return a[name](a, b);
}

// A rich comparison: the right operand goes first when its class is a proper
// subclass of the left's that has the reflected method, overridden or not.
function $dispatch_compare(a, b, name, rname) {
  const A = a.constructor, B = b.constructor;
  if (B !== A && B.prototype instanceof A && b[rname] !== undefined) return b[rname](b, a);
  return a[name](a, b);
}

// obj.method as a value: its calls dispatch through the object's class.
function $bind_method(o, name) { return (...args) => o[name](o, ...args); }

// The generic protocol operations of the method table (`any.__repr__`...).
function $repr(x, T) { return T.repr(x); }
function $str(x, T) { return T.str(x); }
function $eq(a, b, T) { return T.eq(a, b); }
function $lt(a, b, T) { return T.lt(a, b); }
function $le(a, b, T) { return T.le(a, b); }
function $format(x, spec, T) { return T.format(x, spec); }
function $hash(x, T) { return Number(BigInt.asIntN(64, T.hash(x))); }
function $truth(x, T) { return T.truth(x); }

// `fmt % values`: values is a tuple, T its descriptor.
function $str_percent_t(vals, fmt, single, T) { return $str_percent(fmt, vals, T.elems, single); }

// `fmt.format(*vals)`: vals is a tuple of the positional then the keyword
// arguments; `names` the keyword names joined by commas.
function $str_format_t(vals, fmt, npos, names, T) {
  const kw = names === "" ? [] : names.split(",");
  return $str_format(fmt, vals.slice(0, npos), T.elems.slice(0, npos), kw, vals.slice(npos), T.elems.slice(npos));
}

// ---- iterators ----

class $ArrayIter {
  constructor(a) { this.a = a; this.i = 0; this.$v = undefined; }
  $next() {
    if (this.i < this.a.length) { this.$v = this.a[this.i++]; return true; }
    this.i = Infinity;
    return false;
  }
}
class $ReversedIter {
  constructor(a) { this.a = a; this.i = a.length - 1; this.$v = undefined; }
  $next() {
    // CPython's reversed() of a list stops when the index leaves the (possibly shrunk) list.
    if (this.i >= 0 && this.i < this.a.length) { this.$v = this.a[this.i--]; return true; }
    this.i = -1;
    return false;
  }
}
class $StrIter {
  constructor(s) { this.s = s; this.i = 0; this.$v = undefined; }
  $next() {
    const s = this.s, i = this.i;
    if (i >= s.length) return false;
    const c = s.charCodeAt(i);
    const w = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && $is_lo(s.charCodeAt(i + 1)) ? 2 : 1;
    this.$v = s.slice(i, i + w);
    this.i = i + w;
    return true;
  }
}
class $RangeIter {
  constructor(start, stop, step) { this.i = start; this.stop = stop; this.step = step; this.$v = undefined; }
  $next() {
    const i = this.i;
    if (this.step > 0 ? i < this.stop : i > this.stop) { this.$v = i; this.i = i + this.step; return true; }
    return false;
  }
}
class $EnumerateIter {
  constructor(it, start) { this.it = it; this.n = start; this.$v = undefined; }
  $next() {
    if (!this.it.$next()) return false;
    const n = this.n;
    if (!Number.isSafeInteger(n)) $overflow();
    this.$v = [n, this.it.$v];
    this.n = n + 1;
    return true;
  }
}
class $ZipIter {
  constructor(its) { this.its = its; this.$v = undefined; }
  $next() {
    const its = this.its, out = new Array(its.length);
    for (let k = 0; k < its.length; k++) {
      if (!its[k].$next()) return false;
      out[k] = its[k].$v;
    }
    this.$v = out;
    return true;
  }
}

function $str_iter(s) { return new $StrIter(s); }
function $str_reversed(s) { return new $ArrayIter($str_chars(s).reverse()); }
function $str_chars(s) { const out = []; const it = new $StrIter(s); while (it.$next()) out.push(it.$v); return out; }
function $list_iter(a) { return new $ArrayIter(a); }
function $list_reversed(a) { return new $ReversedIter(a); }
// iter(x) of an iterator is itself; of a dict view, a new iterator over the dict.
function $iter_self(it) { return it instanceof $DictView ? it.$fresh() : it; }
// d.keys() / d.values() / d.items(): iterable again and again, as CPython's views.
// Used directly as an iterator (next(view)), it iterates once, through `$it`.
class $DictView {
  constructor(d, kind) { this.d = d; this.kind = kind; this.$it = null; this.$v = undefined; }
  $fresh() { return this.kind === 0 ? this.d.iter_keys() : this.kind === 1 ? this.d.iter_values() : this.d.iter_items(); }
  $next() {
    if (this.$it === null) this.$it = this.$fresh();
    const more = this.$it.$next();
    this.$v = this.$it.$v;
    return more;
  }
}
function $range_iter(start, stop, step) {
  if (step === 0) $raise($ValueError, "range() arg 3 must not be zero");
  return new $RangeIter(start, stop, step);
}
function $iter_next(it) {
  if (!it.$next()) throw new $StopIteration();
  return it.$v;
}
function $iter_next_or(it, dflt) { return it.$next() ? it.$v : dflt; }
function $iter_list(it) {
  if (it instanceof $ArrayIter && it.i === 0) return it.a.slice();
  const out = [];
  while (it.$next()) out.push(it.$v);
  return out;
}
function $iter_contains(it, x, T) {
  const E = T.elem;
  it = $iter_self(it);
  while (it.$next()) if (E.eq(it.$v, x)) return true;
  return false;
}
function $iter_enumerate(it, start) { return new $EnumerateIter(it, start); }
function $iter_zip(its) { return new $ZipIter(its); }
function $iter_sum_int(it, s) {
  while (it.$next()) {
    s = s + it.$v;
    if (!Number.isSafeInteger(s)) $overflow();
  }
  return s;
}
function $iter_sum_float(it, s) {
  while (it.$next()) s += it.$v;
  return s;
}
function $iter_any(it, T) {
  const E = T.elem;
  while (it.$next()) if (E.truth(it.$v)) return true;
  return false;
}
function $iter_all(it, T) {
  const E = T.elem;
  while (it.$next()) if (!E.truth(it.$v)) return false;
  return true;
}
function $iter_min(it, T) {
  const E = T.elem;
  if (!it.$next()) $raise($ValueError, "min() arg is an empty sequence");
  let m = it.$v;
  while (it.$next()) if (E.lt(it.$v, m)) m = it.$v;
  return m;
}
function $iter_max(it, T) {
  const E = T.elem;
  if (!it.$next()) $raise($ValueError, "max() arg is an empty sequence");
  let m = it.$v;
  while (it.$next()) if (E.lt(m, it.$v)) m = it.$v;
  return m;
}
function $iter_sorted(it, reverse, T) {
  const a = $iter_list(it);
  $list_sort_by(a, a, reverse, T);
  return a;
}
function $iter_set(it, T) { return $set_from_array(T.elem, $iter_list(it)); }
function $iter_dict(it, T) {
  const E = T.elem;
  const d = new $Dict(E.elems[0]);
  while (it.$next()) {
    const kv = it.$v;
    d.setitem(kv[0], kv[1]);
  }
  return d;
}

// ---- lists and tuples ----

function $list_len(a) { return a.length; }
function $tuple_len(a) { return a.length; }
function $list_getitem(a, i) {
  const k = i < 0 ? i + a.length : i;
  if (k < 0 || k >= a.length) $raise($IndexError, "list index out of range");
  return a[k];
}
function $tuple_getitem(a, i) {
  const k = i < 0 ? i + a.length : i;
  if (k < 0 || k >= a.length) $raise($IndexError, "tuple index out of range");
  return a[k];
}
function $list_setitem(a, i, x) {
  const k = i < 0 ? i + a.length : i;
  if (k < 0 || k >= a.length) $raise($IndexError, "list assignment index out of range");
  a[k] = x;
}
function $list_delitem(a, i) {
  const k = i < 0 ? i + a.length : i;
  if (k < 0 || k >= a.length) $raise($IndexError, "list assignment index out of range");
  a.splice(k, 1);
}
function $list_slice(a, start, stop, step) {
  const ix = $slice_indices(a.length, start, stop, step);
  const b = ix[0], st = ix[2], len = ix[3];
  if (st === 1) return a.slice(b, b + len);
  const out = new Array(len > 0 ? len : 0);
  for (let k = 0, i = b; k < len; k++, i += st) out[k] = a[i];
  return out;
}
function $list_setslice(a, start, stop, step, src) {
  if (src === a) src = a.slice();
  const ix = $slice_indices(a.length, start, stop, step);
  const b = ix[0], st = ix[2], len = ix[3];
  if (st === 1) {
    const end = len > 0 ? b + len : b;
    a.splice(b, end - b, ...src);
    return;
  }
  if (src.length !== len) {
    $raise($ValueError, "attempt to assign sequence of size " + src.length + " to extended slice of size " + len);
  }
  for (let k = 0, i = b; k < len; k++, i += st) a[i] = src[k];
}
function $list_delslice(a, start, stop, step) {
  const ix = $slice_indices(a.length, start, stop, step);
  const b = ix[0], st = ix[2], len = ix[3];
  if (len <= 0) return;
  if (st === 1) { a.splice(b, len); return; }
  const drop = new Set();
  for (let k = 0, i = b; k < len; k++, i += st) drop.add(i);
  let w = 0;
  for (let r = 0; r < a.length; r++) if (!drop.has(r)) a[w++] = a[r];
  a.length = w;
}
function $list_contains(a, x, T) {
  const E = T.elem;
  if (E === undefined) return false;
  for (let i = 0; i < a.length; i++) if (E.eq(a[i], x)) return true;
  return false;
}
function $list_add(a, b) { return a.concat(b); }
function $list_iadd(a, b) {
  if (a === b) b = b.slice();
  for (let i = 0; i < b.length; i++) a.push(b[i]);
  return a;
}
function $list_mul(a, n) {
  if (n <= 0 || a.length === 0) return [];
  if (a.length * n > 0x7fffffff) throw new $MemoryError();
  const out = new Array(a.length * n);
  for (let k = 0, j = 0; k < n; k++) for (let i = 0; i < a.length; i++) out[j++] = a[i];
  return out;
}
// a *= n: the list itself changes (every alias sees it).
function $list_imul(a, n) {
  const r = $list_mul(a, n);
  a.length = r.length;
  for (let i = 0; i < r.length; i++) a[i] = r[i];
  return a;
}
function $list_unpack(a, n) {
  if (a.length === n) return a;
  if (a.length > n) $raise($ValueError, "too many values to unpack (expected " + n + ")");
  $raise($ValueError, "not enough values to unpack (expected " + n + ", got " + a.length + ")");
}
// a, *rest, z = seq: at least n values besides the starred ones.
function $list_unpack_star(a, n) {
  if (a.length < n) $raise($ValueError, "not enough values to unpack (expected at least " + n + ", got " + a.length + ")");
  return a;
}
function $list_append(a, x) { a.push(x); }
function $list_extend(a, b) { $list_iadd(a, b); }
function $list_insert(a, i, x) {
  const n = a.length;
  if (i < 0) { i += n; if (i < 0) i = 0; } else if (i > n) i = n;
  a.splice(i, 0, x);
}
function $list_pop(a, i) {
  if (a.length === 0) $raise($IndexError, "pop from empty list");
  const k = i < 0 ? i + a.length : i;
  if (k < 0 || k >= a.length) $raise($IndexError, "pop index out of range");
  if (k === a.length - 1) return a.pop();
  return a.splice(k, 1)[0];
}
function $list_remove(a, x, T) {
  const E = T.elem;
  for (let i = 0; i < a.length; i++) {
    if (E.eq(a[i], x)) { a.splice(i, 1); return; }
  }
  $raise($ValueError, "list.remove(x): x not in list");
}
function $list_index(a, x, start, stop, T) {
  const E = T.elem;
  const ix = $slice_indices(a.length, start, stop, 1);
  for (let i = ix[0]; i < ix[1] && i < a.length; i++) if (E.eq(a[i], x)) return i;
  $raise($ValueError, (E === undefined || (E.kind === "none" && x !== null) ? $repr_any(x) : E.repr(x)) + " is not in list");
}
function $list_index1(a, x, T) {
  for (let i = 0; i < a.length; i++) if (T.elems[i].eq(a[i], x)) return i;
  $raise($ValueError, "tuple.index(x): x not in tuple");
}
function $list_count(a, x, T) {
  let n = 0;
  if (T.kind === "tuple") {
    for (let i = 0; i < a.length; i++) if (T.elems[i].eq(a[i], x)) n++;
    return n;
  }
  const E = T.elem;
  for (let i = 0; i < a.length; i++) if (E.eq(a[i], x)) n++;
  return n;
}
function $list_reverse(a) { a.reverse(); }
function $list_clear(a) { a.length = 0; }
function $list_copy(a) { return a.slice(); }
// list.sort(): stable, by `<` only (see $sort_perm).
function $list_sort(a, reverse, T) { $list_sort_by(a, a, reverse, T); }

// Sorting and selecting by precomputed keys (`sorted(xs, key=f)`): `keys[i]`
// is the key of `items[i]`; T describes the keys (its `elem` orders them).
// Stable, by `<` only; with `reverse`, CPython reverses, sorts stably and
// reverses again, so equal elements keep their order.
function $sort_perm(keys, reverse, E) {
  const idx = keys.map((_, i) => i);
  if (reverse) idx.reverse();
  idx.sort((i, j) => (E.lt(keys[i], keys[j]) ? -1 : E.lt(keys[j], keys[i]) ? 1 : 0));
  if (reverse) idx.reverse();
  return idx;
}
function $sorted_by(keys, items, reverse, T) {
  return $sort_perm(keys, reverse, T.elem).map((i) => items[i]);
}
function $list_sort_by(keys, items, reverse, T) {
  const sorted = $sort_perm(keys, reverse, T.elem).map((i) => items[i]);
  for (let i = 0; i < sorted.length; i++) items[i] = sorted[i];
}
function $min_by(keys, items, T) {
  if (items.length === 0) $raise($ValueError, "min() arg is an empty sequence");
  let m = 0;
  for (let i = 1; i < keys.length; i++) if (T.elem.lt(keys[i], keys[m])) m = i;
  return items[m];
}
function $max_by(keys, items, T) {
  if (items.length === 0) $raise($ValueError, "max() arg is an empty sequence");
  let m = 0;
  for (let i = 1; i < keys.length; i++) if (T.elem.lt(keys[m], keys[i])) m = i;
  return items[m];
}

// ---- dicts and sets (the tables are in collections.js) ----

function $dict_of(T, kv) {
  const d = new $Dict(T.key);
  for (let i = 0; i < kv.length; i += 2) d.setitem(kv[i], kv[i + 1]);
  return d;
}
function $set_of(T, items) { return $set_from_array(T.elem, items); }
function $set_const_of(T, items) { return $set_from_const(T.elem, items); }
function $dict_len(d) { return d.len(); }
function $dict_getitem(d, k) { return d.getitem(k); }
function $dict_setitem(d, k, v) { d.setitem(k, v); }
function $dict_delitem(d, k) { d.delitem(k); }
function $dict_contains(d, k) { return d.has(k); }
function $dict_iter(d) { return d.iter_keys(); }
function $dict_keys(d) { return new $DictView(d, 0); }
function $dict_iter_values(d) { return new $DictView(d, 1); }
function $dict_iter_items(d) { return new $DictView(d, 2); }
function $dict_get(d, k, dflt) { return d.get(k, dflt); }
function $dict_pop(d, k) { return d.pop(k); }
function $dict_pop_default(d, k, dflt) { return d.pop2(k, dflt); }
function $dict_setdefault(d, k, v) { return d.setdefault(k, v); }
function $dict_popitem(d) { return d.popitem(); }
function $dict_update(d, o) { d.update(o); }
function $dict_clear(d) { d.clear(); }
function $dict_copy(d) { return d.copy(); }
function $set_len(s) { return s.len(); }
function $set_contains(s, x) { return s.has(x); }
function $set_iter(s) { return s.iter(); }
function $set_add(s, x) { s.add(x); }
function $set_discard(s, x) { s.discard(x); }
function $set_remove(s, x) { s.remove(x); }
function $set_pop(s) { return s.pop(); }
function $set_clear(s) { s.clear(); }
function $set_copy(s) { return s.copy(); }
function $set_update(s, items) { s.add_all(items); }
function $set_merge(s, o) { s.update(o); }
function $set_union(a, b) { return a.union(b); }
function $set_intersection(a, b) { return a.intersection(b); }
function $set_difference(a, b) { return a.difference(b); }
function $set_symmetric_difference(a, b) { return a.symmetric_difference(b); }
function $set_intersection_update(a, b) { a.intersection_update(b); }
function $set_difference_update(a, b) { a.difference_update(b); }
function $set_symmetric_difference_update(a, b) { a.symmetric_difference_update(b); }
function $set_issubset(a, b) { return a.issubset(b); }
function $set_issuperset(a, b) { return a.issuperset(b); }
function $set_isdisjoint(a, b) { return a.isdisjoint(b); }
function $set_lt(a, b) { return a.len() < b.len() && a.issubset(b); }

// ---- small builtins ----

function $assert_fail(msg) { throw new $AssertionError(msg); }

function $int_hex(n) { return $int_to_base(n, 16); }
function $int_oct(n) { return $int_to_base(n, 8); }
function $int_bin(n) { return $int_to_base(n, 2); }
// pow(b, e, m) for ints, exact (BigInt).
function $int_pow_mod(b, e, m) {
  if (m === 0) $raise($ValueError, "pow() 3rd argument cannot be 0");
  let B = BigInt(b), E = BigInt(e), M = BigInt(m);
  const neg = M < 0n;
  if (neg) M = -M;
  if (E < 0n) {
    // the modular inverse of b, then a positive power (CPython 3.8+)
    let [g, x] = $egcd(((B % M) + M) % M, M);
    if (g !== 1n) $raise($ValueError, "base is not invertible for the given modulus");
    B = ((x % M) + M) % M;
    E = -E;
  }
  let r = 1n % M;
  B = ((B % M) + M) % M;
  while (E > 0n) {
    if (E & 1n) r = (r * B) % M;
    B = (B * B) % M;
    E >>= 1n;
  }
  if (neg && r !== 0n) r -= M;
  return Number(r);
}
function $egcd(a, b) {
  let [r0, r1, s0, s1] = [a, b, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return [r0, s0];
}
// library.js -- Python 3.11's `random`, `math` and `time` modules for pyrt's
// JavaScript backend.  Concatenated after pyrt.js, under the same rules: a
// plain script of top-level function/const/class declarations, every name
// starting with '$', no import/export, strict-mode clean, runs on node >= 20,
// SpiderMonkey js102 and JavaScriptCore jsc; host access only through `$host`
// or typeof-guarded globals.  Tests: runtime/js/test/library.test.mjs.
//
// random -- bit-for-bit CPython's Mersenne Twister (Modules/_randommodule.c and
//   Lib/random.py of 3.11):
//   class $Random: new $Random(seed?)   (seed: int, null/undefined, str, bool)
//     .seed(a)            a: int (abs value, 32-bit chunks), null (time +
//                         Math.random), bool, str (version 2: sha512 appended),
//                         any other number (seeded like a float: by hash)
//     .seed_float(x)      seed(x) for a float x (hash(x); differs from an int
//                         only for negative or huge integral x)
//     .random() .getrandbits(k) (k <= 53, more -> OverflowError)
//     .randrange(start, stop?, step?) .randint(a, b) .choice(seq)
//     .shuffle(list) .sample(population, k, counts?)
//     .choices(population, weights?, cum_weights?, k?) .uniform(a, b)
//     .triangular(low?, high?, mode?) .normalvariate(mu?, sigma?)
//     .gauss(mu?, sigma?) .lognormvariate(mu, sigma) .expovariate(lambd)
//     .vonmisesvariate(mu, kappa) .gammavariate(alpha, beta)
//     .betavariate(alpha, beta) .paretovariate(alpha) .weibullvariate(alpha, beta)
//     .getstate() .setstate(state)
//   Sequences are JS arrays (lists, tuples), strings (by code point) or ranges
//   ({start, stop, step} or an unstarted $RangeIter); other iterable arguments
//   (weights, counts) may also be pyrt iterators.  Omitted arguments are
//   undefined; None is null.
//   $random: the shared instance behind the module-level functions.
//
// math -- CPython's error behaviour and messages ("math domain error",
//   "math range error", ...).  Results are IEEE doubles; int results are JS
//   numbers and raise OverflowError ($overflow) beyond 2**53-1.
//   $math_pi $math_e $math_tau $math_inf $math_nan
//   exact (always equal to CPython): $math_sqrt $math_floor $math_ceil
//     $math_trunc $math_fabs $math_fmod $math_remainder $math_copysign
//     $math_hypot(...xs) $math_dist(p, q) $math_fsum(xs) $math_prod(xs, start?)
//     $math_prod_int(xs, start?) $math_isclose(a, b, rel_tol?, abs_tol?)
//     $math_isnan $math_isinf $math_isfinite $math_degrees $math_radians
//     $math_frexp(x) -> [m, e] $math_ldexp(x, i) $math_modf(x) -> [frac, int]
//     $math_gcd(...ns) $math_lcm(...ns) $math_factorial $math_comb $math_perm
//     $math_isqrt $math_nextafter $math_ulp
//   ports of glibc 2.36's algorithms, as built for x86-64 with FMA (CPython on
//   Linux calls glibc): $math_log1p $math_expm1 $math_tanh $math_atanh
//     $math_cbrt always equal CPython's; $math_sinh $math_cosh $math_asinh
//     $math_acosh $math_log10 do too except where glibc's own exp/log calls
//     are not correctly rounded (~0.01-0.08% of arguments)
//   correctly rounded (glibc's are correctly rounded in all but ~0.04-0.26% of
//   arguments, where they differ by one ulp; library.test.mjs reports the
//   rates): $math_exp $math_exp2 $math_log(x) $math_log2 $math_pow $math_sin
//     $math_cos $math_tan $math_asin $math_acos $math_atan $math_atan2;
//     $math_log(x, base) is log(x) / log(base) as in CPython
//   Results never depend on the engine's Math.sin & co (they differ between
//   V8, SpiderMonkey and JSC): only exactly rounded operations (+ - * /,
//   Math.sqrt, floor, round, abs) are used, so every engine gives the same bits.
//
// time -- $time_time() $time_perf_counter() $time_monotonic()
//   $time_process_time() $time_perf_counter_ns() $time_monotonic_ns()
//   $time_sleep(secs).  Clocks come from `$host` when it has them
//   ($host.timeNow/monotonic/cpuTime/sleep, in seconds), else from
//   typeof-guarded shell globals (performance.now, preciseTime, dateNow,
//   cpuNow, Atomics.wait) and finally Date.now().
//
// Uses these pyrt.js internals besides its documented API: $f64/$u32/$HI/$LO,
// $pow2, $frexp_int, $powt/$pow_init (the log(J/256) and 2**(j/128) tables),
// $LN2_A/B/C, $LN2N_A/B/C, $C_THIRD_*, $C_FIFTH_*, $C_SIXTH_*.

// ===========================================================================
// random
// ===========================================================================

const $RND_TWO32 = 4294967296;

class $Random {
  constructor(a) {
    this.$mt = new Uint32Array(624);
    this.$mti = 625;
    this.gauss_next = null;
    this.seed(a);
  }

  // init_genrand
  $init(s) {
    const mt = this.$mt;
    mt[0] = s;
    for (let i = 1; i < 624; i++) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = Math.imul(1812433253, p) + i; // stored modulo 2**32
    }
    this.$mti = 624;
  }

  // init_by_array
  $init_by_array(key) {
    this.$init(19650218);
    const mt = this.$mt;
    const n = key.length;
    let i = 1, j = 0;
    for (let k = n > 624 ? n : 624; k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) >>> 0) + key[j] + j;
      i++;
      j++;
      if (i >= 624) { mt[0] = mt[623]; i = 1; }
      if (j >= n) j = 0;
    }
    for (let k = 623; k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) >>> 0) - i;
      i++;
      if (i >= 624) { mt[0] = mt[623]; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  // genrand_uint32
  $next() {
    const mt = this.$mt;
    if (this.$mti >= 624) {
      let kk = 0, y;
      for (; kk < 227; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + 397] ^ (y >>> 1) ^ ((y & 1) === 0 ? 0 : 0x9908b0df);
      }
      for (; kk < 623; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk - 227] ^ (y >>> 1) ^ ((y & 1) === 0 ? 0 : 0x9908b0df);
      }
      y = (mt[623] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[623] = mt[396] ^ (y >>> 1) ^ ((y & 1) === 0 ? 0 : 0x9908b0df);
      this.$mti = 0;
    }
    let y = mt[this.$mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  seed(a) {
    let key;
    if (a === undefined || a === null) {
      key = $rnd_entropy();
    } else if (typeof a === "boolean") {
      key = [a ? 1 : 0];
    } else if (typeof a === "number") {
      if (!Number.isSafeInteger(a)) {
        // not an int of pyrt's: a float
        this.seed_float(a);
        return null;
      }
      const n = Math.abs(a);
      const lo = n % $RND_TWO32, hi = (n - lo) / $RND_TWO32;
      key = hi > 0 ? [lo, hi] : [lo];
    } else if (typeof a === "bigint") {
      key = $rnd_big_key(a < 0n ? -a : a);
    } else if (typeof a === "string") {
      key = $rnd_str_key(a);
    } else {
      $raise($TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    this.$init_by_array(key);
    this.gauss_next = null;
    return null;
  }

  // seed(x) for a float x: CPython seeds with hash(x) as an unsigned 64-bit int.
  seed_float(x) {
    if (x !== x) {
      // hash(nan) depends on the object's address in CPython
      this.$init_by_array($rnd_entropy());
    } else {
      this.$init_by_array($rnd_big_key($rnd_float_hash(x)));
    }
    this.gauss_next = null;
    return null;
  }

  // genrand_res53
  random() {
    const a = this.$next() >>> 5, b = this.$next() >>> 6;
    return (a * 67108864 + b) * 1.1102230246251565e-16;
  }

  getrandbits(k) {
    if (k < 0) $raise($ValueError, "number of bits must be non-negative");
    if (k === 0) return 0;
    if (k <= 32) return this.$next() >>> (32 - k);
    if (k > 53) $overflow();
    const lo = this.$next();
    return (this.$next() >>> (64 - k)) * $RND_TWO32 + lo;
  }

  getstate() {
    const s = Array.from(this.$mt);
    s.push(this.$mti);
    return [3, s, this.gauss_next];
  }

  setstate(state) {
    const version = state[0];
    if (version !== 3 && version !== 2) {
      $raise($ValueError, "state with version " + $str_any(version) + " passed to Random.setstate() of version 3");
    }
    const s = state[1];
    if (!Array.isArray(s) || s.length !== 625) $raise($ValueError, "state vector is the wrong size");
    const idx = s[624];
    if (!(idx >= 0 && idx <= 624)) $raise($ValueError, "invalid state");
    for (let i = 0; i < 624; i++) this.$mt[i] = version === 2 ? ((s[i] % $RND_TWO32) + $RND_TWO32) % $RND_TWO32 : s[i];
    this.$mti = idx;
    this.gauss_next = state[2];
    return null;
  }

  // _randbelow_with_getrandbits, for 0 < n < 2**53
  $randbelow(n) {
    const k = n < $RND_TWO32 ? 32 - Math.clz32(n) : 64 - Math.clz32(Math.floor(n / $RND_TWO32));
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  randrange(start, stop, step) {
    const istart = $rnd_index(start, "non-integer arg 1 for randrange()");
    if (stop === undefined || stop === null) {
      if (step !== undefined && step !== 1) $raise($TypeError, "Missing a non-None stop argument");
      if (istart > 0) return this.$randbelow(istart);
      $raise($ValueError, "empty range for randrange()");
    }
    const istop = $rnd_index(stop, "non-integer stop for randrange()");
    const width = $int_sub(istop, istart);
    const istep = step === undefined ? 1 : $rnd_index(step, "non-integer step for randrange()");
    if (istep === 1) {
      if (width > 0) return istart + this.$randbelow(width);
      $raise($ValueError, "empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
    }
    let n;
    if (istep > 0) n = $int_floordiv($int_add(width, istep - 1), istep);
    else if (istep < 0) n = $int_floordiv($int_add(width, istep + 1), istep);
    else $raise($ValueError, "zero step for randrange()");
    if (n <= 0) $raise($ValueError, "empty range for randrange()");
    return $int_add(istart, $int_mul(istep, this.$randbelow(n)));
  }

  randint(a, b) {
    return this.randrange(a, Number.isSafeInteger(b) ? $int_add(b, 1) : b + 1);
  }

  choice(seq) {
    const n = $rnd_len(seq);
    if (n === 0) $raise($IndexError, "Cannot choose from an empty sequence");
    return $rnd_item(seq, this.$randbelow(n));
  }

  shuffle(x) {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.$randbelow(i + 1);
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
    return null;
  }

  sample(population, k, counts) {
    if (!(Array.isArray(population) || typeof population === "string" || $rnd_is_range(population))) {
      $raise($TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    const n = $rnd_len(population);
    if (counts !== undefined && counts !== null) {
      const cum = [];
      let acc = 0;
      for (const c of $lib_items(counts)) { acc = acc + c; cum.push(acc); }
      if (cum.length !== n) $raise($ValueError, "The number of counts does not match the population");
      const total = cum.pop();
      if (!Number.isInteger(total)) $raise($TypeError, "Counts must be integers");
      if (total <= 0) $raise($ValueError, "Total of counts must be greater than zero");
      const sel = this.sample({ start: 0, stop: total, step: 1 }, k);
      return sel.map((s) => $rnd_item(population, $rnd_bisect(cum, s, 0, cum.length)));
    }
    if (!(k >= 0 && k <= n)) $raise($ValueError, "Sample larger than population or is negative");
    const result = new Array(k);
    let setsize = 21;
    if (k > 5) setsize += $pow2(2 * $math_ceil($math_log(k * 3, 4)));
    if (n <= setsize) {
      const pool = typeof population === "string" ? Array.from(population) :
        Array.isArray(population) ? population.slice() : $rnd_range_list(population);
      for (let i = 0; i < k; i++) {
        const j = this.$randbelow(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set();
      for (let i = 0; i < k; i++) {
        let j = this.$randbelow(n);
        while (selected.has(j)) j = this.$randbelow(n);
        selected.add(j);
        result[i] = $rnd_item(population, j);
      }
    }
    return result;
  }

  choices(population, weights, cum_weights, k) {
    if (k === undefined || k === null) k = 1;
    let n = $rnd_len(population);
    const out = [];
    if (cum_weights === undefined || cum_weights === null) {
      if (weights === undefined || weights === null) {
        for (let i = 0; i < k; i++) out.push($rnd_item_checked(population, Math.floor(this.random() * n)));
        return out;
      }
      cum_weights = [];
      let acc = 0;
      for (const w of $lib_items(weights)) { acc = acc + w; cum_weights.push(acc); }
    } else if (weights !== undefined && weights !== null) {
      $raise($TypeError, "Cannot specify both weights and cumulative weights");
    } else {
      cum_weights = $lib_items(cum_weights);
    }
    if (cum_weights.length !== n) $raise($ValueError, "The number of weights does not match the population");
    if (n === 0) $raise($IndexError, "list index out of range");
    const total = cum_weights[n - 1] + 0.0;
    if (total <= 0.0) $raise($ValueError, "Total of weights must be greater than zero");
    if (!(total - total === 0)) $raise($ValueError, "Total of weights must be finite");
    const hi = n - 1;
    for (let i = 0; i < k; i++) out.push($rnd_item(population, $rnd_bisect(cum_weights, this.random() * total, 0, hi)));
    return out;
  }

  uniform(a, b) {
    return a + (b - a) * this.random();
  }

  triangular(low, high, mode) {
    if (low === undefined) low = 0.0;
    if (high === undefined) high = 1.0;
    let u = this.random();
    let c = 0.5;
    if (mode !== undefined && mode !== null) {
      if (high - low === 0) return low;
      c = (mode - low) / (high - low);
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      const t = low;
      low = high;
      high = t;
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  normalvariate(mu, sigma) {
    if (mu === undefined) mu = 0.0;
    if (sigma === undefined) sigma = 1.0;
    let z;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = 1.7155277699214135 * (u1 - 0.5) / u2; // NV_MAGICCONST
      const zz = z * z / 4.0;
      if (zz <= -$math_log(u2)) break;
    }
    return mu + z * sigma;
  }

  gauss(mu, sigma) {
    if (mu === undefined) mu = 0.0;
    if (sigma === undefined) sigma = 1.0;
    let z = this.gauss_next;
    this.gauss_next = null;
    if (z === null) {
      const x2pi = this.random() * 6.283185307179586;
      const g2rad = Math.sqrt(-2.0 * $math_log(1.0 - this.random()));
      z = $mth_cos(x2pi) * g2rad;
      this.gauss_next = $mth_sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu, sigma) {
    return $math_exp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd) {
    return $float_truediv(-$math_log(1.0 - this.random()), lambd);
  }

  vonmisesvariate(mu, kappa) {
    const TWOPI = 6.283185307179586;
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1.0 + s * s);
    let z;
    for (;;) {
      const u1 = this.random();
      z = $mth_cos(3.141592653589793 * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * $math_exp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    if (u3 > 0.5) return $float_mod(mu + $math_acos(f), TWOPI);
    return $float_mod(mu - $math_acos(f), TWOPI);
  }

  gammavariate(alpha, beta) {
    if (alpha <= 0.0 || beta <= 0.0) $raise($ValueError, "gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1.0) {
      const ainv = Math.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - 1.3862943611198906; // LOG4
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = $math_log(u1 / (1.0 - u1)) / ainv;
        const x = alpha * $math_exp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + 2.504077396776274 - 4.5 * z >= 0.0 || r >= $math_log(z)) return x * beta; // SG_MAGICCONST
      }
    }
    if (alpha === 1.0) return -$math_log(1.0 - this.random()) * beta;
    let x;
    for (;;) {
      const u = this.random();
      const b = (2.718281828459045 + alpha) / 2.718281828459045;
      const p = b * u;
      if (p <= 1.0) x = $float_pow(p, 1.0 / alpha);
      else x = -$math_log((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= $float_pow(x, alpha - 1.0)) break;
      } else if (u1 <= $math_exp(-x)) break;
    }
    return x * beta;
  }

  betavariate(alpha, beta) {
    const y = this.gammavariate(alpha, 1.0);
    if (y !== 0) return y / (y + this.gammavariate(beta, 1.0));
    return 0.0;
  }

  paretovariate(alpha) {
    const u = 1.0 - this.random();
    return $float_pow(u, $float_truediv(-1.0, alpha));
  }

  weibullvariate(alpha, beta) {
    const u = 1.0 - this.random();
    return alpha * $float_pow(-$math_log(u), $float_truediv(1.0, beta));
  }
}

// An index argument of randrange(): ints (and integral floats, which CPython
// accepts with a DeprecationWarning) pass; other floats raise like CPython.
function $rnd_index(v, msg) {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (Number.isInteger(v)) return v + 0;
  if (typeof v === "number") {
    $int_from_float(v); // NaN / infinity errors
    $raise($ValueError, msg);
  }
  $raise($TypeError, "'" + (v === null ? "NoneType" : typeof v) + "' object cannot be interpreted as an integer");
}

// A range: {start, stop, step}, or an unstarted range iterator of types.js
// ($RangeIter: {i, stop, step}).
function $rnd_is_range(s) {
  return s !== null && typeof s === "object" && !Array.isArray(s) && typeof s.stop === "number" &&
    typeof s.step === "number" && (typeof s.start === "number" || typeof s.i === "number");
}

function $rnd_rstart(r) {
  return typeof r.start === "number" ? r.start : r.i;
}

// The items of an iterable argument as an array: arrays as they are, pyrt
// iterators (types.js: $next() sets $v) and JS iterables drained.
function $lib_items(xs) {
  if (Array.isArray(xs)) return xs;
  if (xs !== null && typeof xs === "object" && typeof xs.$next === "function") {
    const out = [];
    while (xs.$next()) out.push(xs.$v);
    return out;
  }
  if ($rnd_is_range(xs)) return $rnd_range_list(xs);
  return Array.from(xs);
}

function $rnd_len(seq) {
  if (typeof seq === "string") return $str_len(seq);
  if ($rnd_is_range(seq)) {
    const d = seq.step > 0 ? seq.stop - $rnd_rstart(seq) : $rnd_rstart(seq) - seq.stop;
    const st = Math.abs(seq.step);
    return d <= 0 ? 0 : Math.floor((d - 1) / st) + 1;
  }
  return seq.length;
}

// seq[i] for 0 <= i < len(seq)
function $rnd_item(seq, i) {
  if (typeof seq === "string") return $str_index(seq, i);
  if (Array.isArray(seq)) return seq[i];
  return $rnd_rstart(seq) + i * seq.step;
}

// seq[i] for i >= 0 with Python's IndexError
function $rnd_item_checked(seq, i) {
  if (i < $rnd_len(seq)) return $rnd_item(seq, i);
  if (typeof seq === "string") $raise($IndexError, "string index out of range");
  if ($rnd_is_range(seq)) $raise($IndexError, "range object index out of range");
  $raise($IndexError, "list index out of range");
}

function $rnd_range_list(r) {
  const n = $rnd_len(r);
  const out = new Array(n);
  const start = $rnd_rstart(r);
  for (let i = 0; i < n; i++) out[i] = start + i * r.step;
  return out;
}

// bisect.bisect_right(a, x, lo, hi)
function $rnd_bisect(a, x, lo, hi) {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// Seed words for seed(None): CPython reads 624 words from os.urandom; here
// Math.random() mixed with the clocks.
function $rnd_entropy() {
  const key = new Array(624);
  const t = Date.now();
  const p = $time_clock.mono() * 1e6;
  for (let i = 0; i < 624; i++) key[i] = (Math.random() * $RND_TWO32) >>> 0;
  key[0] = (key[0] ^ (t % $RND_TWO32)) >>> 0;
  key[1] = (key[1] ^ Math.floor(t / $RND_TWO32)) >>> 0;
  key[2] = (key[2] ^ (Math.floor(p) % $RND_TWO32)) >>> 0;
  return key;
}

// 32-bit little-endian chunks of a non-negative BigInt (at least one).
function $rnd_big_key(n) {
  const key = [];
  do {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return key;
}

// hash(x) of a float, as the size_t CPython's seed() uses (a BigInt).
function $rnd_float_hash(x) {
  let h;
  if (x === Infinity) h = 314159n;
  else if (x === -Infinity) h = -314159n;
  else if (x === 0) h = 0n;
  else {
    const P = 2305843009213693951n; // 2**61 - 1
    const mk = $frexp_int(Math.abs(x)); // |x| = m * 2**e
    let e = mk[1] % 61;
    if (e < 0) e += 61; // 2**-1 == 2**60 (mod P)
    h = (BigInt(mk[0]) << BigInt(e)) % P;
    if (x < 0) h = -h;
    if (h === -1n) h = -2n;
  }
  return h < 0n ? h + 18446744073709551616n : h;
}

// Key words of seed(str) (version 2): int.from_bytes(b + sha512(b).digest()).
function $rnd_str_key(s) {
  const b = $rnd_utf8(s);
  const all = b.concat($rnd_sha512(b));
  let i0 = 0;
  while (i0 < all.length && all[i0] === 0) i0++;
  const key = [];
  for (let end = all.length; end > i0; end -= 4) {
    let w = 0;
    for (let q = Math.max(i0, end - 4); q < end; q++) w = w * 256 + all[q];
    key.push(w);
  }
  if (key.length === 0) key.push(0);
  return key;
}

function $rnd_utf8(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else {
        // CPython raises UnicodeEncodeError (a ValueError subclass)
        $raise($ValueError, "'utf-8' codec can't encode character '\\u" + c.toString(16) + "' in position " +
          $str_len(s.slice(0, i)) + ": surrogates not allowed");
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

// SHA-512 (FIPS 180-4) over an array of bytes; the constants are derived
// from the primes as the standard defines them.
const $rnd_sha = { K: null, H: null };

function $rnd_iroot(n, k) {
  // floor(n ** (1/k)) for BigInt n > 0, k = 2 or 3
  const K = BigInt(k);
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / k) + 1);
  for (;;) {
    const y = ((K - 1n) * x + n / x ** (K - 1n)) / K;
    if (y >= x) return x;
    x = y;
  }
}

function $rnd_sha_init() {
  const primes = [];
  for (let c = 2; primes.length < 80; c++) {
    let p = true;
    for (const q of primes) if (c % q === 0) { p = false; break; }
    if (p) primes.push(c);
  }
  const M = 0xffffffffffffffffn;
  $rnd_sha.K = primes.map((p) => $rnd_iroot(BigInt(p) << 192n, 3) & M);
  $rnd_sha.H = primes.slice(0, 8).map((p) => $rnd_iroot(BigInt(p) << 128n, 2) & M);
}

function $rnd_sha512(bytes) {
  if ($rnd_sha.K === null) $rnd_sha_init();
  const M = 0xffffffffffffffffn;
  const K = $rnd_sha.K;
  const rotr = (x, n) => ((x >> n) | (x << (64n - n))) & M;
  const msg = bytes.slice();
  const bitLen = BigInt(bytes.length) * 8n;
  msg.push(0x80);
  while (msg.length % 128 !== 112) msg.push(0);
  for (let i = 15; i >= 0; i--) msg.push(Number((bitLen >> BigInt(8 * i)) & 0xffn));
  const H = $rnd_sha.H.slice();
  const W = new Array(80);
  for (let off = 0; off < msg.length; off += 128) {
    for (let t = 0; t < 16; t++) {
      let w = 0n;
      for (let q = 0; q < 8; q++) w = (w << 8n) | BigInt(msg[off + 8 * t + q]);
      W[t] = w;
    }
    for (let t = 16; t < 80; t++) {
      const a = W[t - 15], b = W[t - 2];
      const s0 = rotr(a, 1n) ^ rotr(a, 8n) ^ (a >> 7n);
      const s1 = rotr(b, 19n) ^ rotr(b, 61n) ^ (b >> 6n);
      W[t] = (W[t - 16] + s0 + W[t - 7] + s1) & M;
    }
    let [a, b, c, d, e, f, g, h] = H;
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ ((e ^ M) & g);
      const t1 = (h + S1 + ch + K[t] + W[t]) & M;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & M;
      h = g; g = f; f = e;
      e = (d + t1) & M;
      d = c; c = b; b = a;
      a = (t1 + t2) & M;
    }
    const v = [a, b, c, d, e, f, g, h];
    for (let i = 0; i < 8; i++) H[i] = (H[i] + v[i]) & M;
  }
  const out = [];
  for (const w of H) for (let i = 7; i >= 0; i--) out.push(Number((w >> BigInt(8 * i)) & 0xffn));
  return out;
}

// ===========================================================================
// math
// ===========================================================================

const $math_pi = 3.141592653589793;
const $math_e = 2.718281828459045;
const $math_tau = 6.283185307179586;
const $math_inf = Infinity;
const $math_nan = NaN;

function $mth_domain() {
  $raise($ValueError, "math domain error");
}

function $mth_range() {
  $raise($OverflowError, "math range error");
}

// CPython's math_1: r = f(x) checked for a NaN from a non-NaN (ValueError)
// and an infinity from a finite x (OverflowError when the function can
// overflow, else ValueError).
function $mth_check1(x, r, canOverflow) {
  if (r !== r) {
    if (x === x) $mth_domain();
  } else if ((r === Infinity || r === -Infinity) && x - x === 0) {
    if (canOverflow) $mth_range();
    $mth_domain();
  }
  return r;
}

// ---- exact functions ----

function $math_sqrt(x) {
  return $mth_check1(x, Math.sqrt(x), false);
}

function $math_floor(x) {
  return $int_from_float(Math.floor(x));
}

function $math_ceil(x) {
  return $int_from_float(Math.ceil(x));
}

function $math_trunc(x) {
  return $int_from_float(+x);
}

function $math_fabs(x) {
  return Math.abs(x);
}

function $math_isnan(x) {
  return x !== x;
}

function $math_isinf(x) {
  return x === Infinity || x === -Infinity;
}

function $math_isfinite(x) {
  return x - x === 0;
}

function $math_degrees(x) {
  return x * 57.29577951308232; // 180.0 / Py_MATH_PI
}

function $math_radians(x) {
  return x * 0.017453292519943295; // Py_MATH_PI / 180.0
}

function $math_copysign(x, y) {
  $f64[0] = y;
  const neg = ($u32[$HI] >>> 31) === 1;
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}

function $math_fmod(x, y) {
  if ((y === Infinity || y === -Infinity) && x - x === 0) return x;
  const r = x % y;
  if (r !== r && x === x && y === y) $mth_domain();
  return r;
}

// m_remainder
function $math_remainder(x, y) {
  if (x - x === 0 && y - y === 0) {
    if (y === 0) $mth_domain();
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return $math_copysign(1.0, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) $mth_domain();
  return x;
}

// frexp(x) for finite non-zero x -> exponent e with x = m * 2**e, 0.5 <= |m| < 1
function $mth_frexp_e(x) {
  $f64[0] = x;
  const be = ($u32[$HI] >>> 20) & 0x7ff;
  if (be !== 0) return be - 1022;
  $f64[0] = x * 18014398509481984; // 2**54
  return (($u32[$HI] >>> 20) & 0x7ff) - 1076;
}

function $math_frexp(x) {
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return [x, 0];
  const e = $mth_frexp_e(x);
  return [$mth_ldexp(x, -e), e];
}

// C ldexp: x * 2**n with a single rounding.
function $mth_ldexp(x, n) {
  if (x === 0 || !(x - x === 0)) return x;
  const e = $mth_frexp_e(x);
  const t = e + n; // the result is m * 2**t, 0.5 <= |m| < 1
  if (t > 1024) return x > 0 ? Infinity : -Infinity;
  if (t < -1074) return x > 0 ? 0 : -0;
  const m = -e > 1023 ? x * $pow2(1023) * $pow2(-e - 1023) : x * $pow2(-e); // exact
  if (t === 1024) return m * 2 * $pow2(1023);
  return m * $pow2(t); // exact when normal, else the one rounding
}

function $math_ldexp(x, i) {
  if (x === 0 || !(x - x === 0)) return x;
  if (i > 2147483647) $mth_range();
  if (i < -2147483648) return x > 0 ? 0 : -0;
  const r = $mth_ldexp(x, i);
  if (r === Infinity || r === -Infinity) $mth_range();
  return r;
}

function $math_modf(x) {
  if (x === Infinity || x === -Infinity) return [x > 0 ? 0 : -0, x];
  if (x !== x) return [x, x];
  const ip = Math.trunc(x);
  const f = x - ip;
  return [f === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : f, ip];
}

function $math_isclose(a, b, rel_tol, abs_tol) {
  if (rel_tol === undefined) rel_tol = 1e-09;
  if (abs_tol === undefined) abs_tol = 0.0;
  if (rel_tol < 0.0 || abs_tol < 0.0) $raise($ValueError, "tolerances must be non-negative");
  if (a === b) return true;
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(rel_tol * b) || diff <= Math.abs(rel_tol * a) || diff <= abs_tol;
}

function $math_nextafter(x, y) {
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  $f64[0] = x;
  let lo = $u32[$LO], hi = $u32[$HI];
  if ((y > x) === (x > 0)) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi++;
  } else {
    if (lo === 0) hi--;
    lo = (lo - 1) >>> 0;
  }
  $u32[$LO] = lo;
  $u32[$HI] = hi;
  return $f64[0];
}

function $math_ulp(x) {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = $math_nextafter(x, Infinity);
  if (x2 === Infinity) return x - $math_nextafter(x, -Infinity);
  return x2 - x;
}

function $math_gcd(...ns) {
  let g = 0;
  for (let i = 0; i < ns.length; i++) {
    let a = Math.abs(ns[i]), b = g;
    while (b !== 0) {
      const t = a % b;
      a = b;
      b = t;
    }
    g = a + 0;
  }
  return g;
}

function $math_lcm(...ns) {
  if (ns.length === 0) return 1;
  if (ns.indexOf(0) >= 0) return 0; // CPython's big intermediate results end in 0
  let res = Math.abs(ns[0]) + 0;
  for (let i = 1; i < ns.length; i++) {
    const b = ns[i];
    if (res === 0) continue;
    if (b === 0) { res = 0; continue; }
    const g = $math_gcd(res, b);
    res = Math.abs($int_mul(res / g, b));
  }
  return res;
}

const $MTH_FACT = [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600, 6227020800,
  87178291200, 1307674368000, 20922789888000, 355687428096000, 6402373705728000];

function $math_factorial(n) {
  if (n < 0) $raise($ValueError, "factorial() not defined for negative values");
  if (n < 19) return $MTH_FACT[n];
  $overflow();
}

function $math_comb(n, k) {
  if (n < 0) $raise($ValueError, "n must be a non-negative integer");
  if (k < 0) $raise($ValueError, "k must be a non-negative integer");
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  let r = 1; // comb(n, i), increasing in i up to k
  for (let i = 0; i < k; i++) {
    const p = r * (n - i);
    if (p <= 9007199254740991) r = p / (i + 1);
    else r = Number(BigInt(r) * BigInt(n - i) / BigInt(i + 1));
    if (r > 9007199254740991) $overflow();
  }
  return r;
}

function $math_perm(n, k) {
  if (k === undefined || k === null) return $math_factorial(n);
  if (n < 0) $raise($ValueError, "n must be a non-negative integer");
  if (k < 0) $raise($ValueError, "k must be a non-negative integer");
  if (k > n) return 0;
  let r = 1;
  for (let i = 0; i < k; i++) r = $int_mul(r, n - i);
  return r;
}

function $math_isqrt(n) {
  if (n < 0) $raise($ValueError, "isqrt() argument must be nonnegative");
  let s = Math.floor(Math.sqrt(n));
  while (s * s > n) s--;
  while ((s + 1) * (s + 1) <= n) s++;
  return s;
}

// math.fsum: Shewchuk's msum with CPython's final half-even correction.
function $math_fsum(xs) {
  const p = [];
  let n = 0, special = 0, infs = 0;
  for (const item of $lib_items(xs)) {
    let x = +item;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x !== 0) {
      if (!(x - x === 0)) {
        if (xsave - xsave === 0) $raise($OverflowError, "intermediate overflow in fsum");
        if (xsave === Infinity || xsave === -Infinity) infs += xsave;
        special += xsave;
        n = 0;
      } else {
        p[n++] = x;
      }
    }
  }
  if (special !== 0) {
    if (infs !== infs) $raise($ValueError, "-inf + inf in fsum");
    return special;
  }
  let hi = 0, lo = 0;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      const x = hi, y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2.0;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

// math.prod for floats (or mixed): left-to-right double products.
function $math_prod(xs, start) {
  let r = start === undefined ? 1 : start;
  for (const x of $lib_items(xs)) r *= x;
  return r;
}

// math.prod for ints: exact, OverflowError beyond 2**53 (0 if a factor is 0).
function $math_prod_int(xs, start) {
  const a = $lib_items(xs);
  let r = start === undefined ? 1 : start;
  if (r === 0 || a.indexOf(0) >= 0) return 0;
  for (let i = 0; i < a.length; i++) r = $int_mul(r, a[i]);
  return r;
}

// CPython's vector_norm (hypot/dist): scaled compensated sum of squares with
// a differential correction of the square root.
function $mth_vector_norm(vec, max, foundNan) {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = $mth_frexp_e(max);
  let csum = 1.0, frac1 = 0.0, oldcsum, x;
  if (maxE >= -1023) {
    const T27 = 134217729.0;
    const scale = $mth_ldexp(1.0, -maxE);
    let frac2 = 0.0, frac3 = 0.0, t, hi, lo;
    for (let i = 0; i < n; i++) {
      x = vec[i] * scale;
      t = x * T27;
      hi = t - (t - x);
      lo = x - hi;
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (let i = 0; i < n; i++) {
    x = vec[i] / max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

function $math_hypot(...xs) {
  const n = xs.length;
  const v = new Array(n);
  let max = 0, nan = false;
  for (let i = 0; i < n; i++) {
    const x = Math.abs(xs[i]);
    v[i] = x;
    if (x !== x) nan = true;
    if (x > max) max = x;
  }
  return $mth_vector_norm(v, max, nan);
}

function $math_dist(p, q) {
  p = $lib_items(p);
  q = $lib_items(q);
  const n = p.length;
  if (q.length !== n) $raise($ValueError, "both points must have the same number of dimensions");
  const v = new Array(n);
  let max = 0, nan = false;
  for (let i = 0; i < n; i++) {
    const x = Math.abs(p[i] - q[i]);
    v[i] = x;
    if (x !== x) nan = true;
    if (x > max) max = x;
  }
  return $mth_vector_norm(v, max, nan);
}

// ---- double-double kernels of the correctly rounded functions ----
// Results go to $mth_r (h + l, scaled by 2**m where noted); h is always the
// double nearest to h + l, so it is the correctly rounded result whenever
// the double-double is accurate enough (these are to ~2**-88 relative).

const $mth_r = { h: 0, l: 0, m: 0 };

// (ah + al) * (bh + bl); |a|, |b| < 2**995
function $mth_mul(ah, al, bh, bl) {
  const p = ah * bh;
  let t = 134217729 * ah;
  const a1 = t - (t - ah), a2 = ah - a1;
  t = 134217729 * bh;
  const b1 = t - (t - bh), b2 = bh - b1;
  const e = ((a1 * b1 - p) + a1 * b2 + a2 * b1) + a2 * b2 + (ah * bl + al * bh);
  const h = p + e;
  $mth_r.h = h;
  $mth_r.l = e - (h - p);
}

// (ah + al) + (bh + bl)
function $mth_add(ah, al, bh, bl) {
  const s = ah + bh, sb = s - ah;
  const se = (ah - (s - sb)) + (bh - sb);
  const t = al + bl, tb = t - al;
  const te = (al - (t - tb)) + (bl - tb);
  let e = se + t;
  const h = s + e;
  e = e - (h - s) + te;
  const h2 = h + e;
  $mth_r.h = h2;
  $mth_r.l = e - (h2 - h);
}

// (ah + al) / (bh + bl)
function $mth_div(ah, al, bh, bl) {
  const q1 = ah / bh;
  $mth_mul(q1, 0, bh, bl);
  $mth_add(ah, al, -$mth_r.h, -$mth_r.l);
  const q2 = ($mth_r.h + $mth_r.l) / bh;
  const h = q1 + q2;
  $mth_r.h = h;
  $mth_r.l = q2 - (h - q1);
}

// sqrt(ah + al), a > 0
function $mth_sqrt_dd(ah, al) {
  const s = Math.sqrt(ah);
  $mth_mul(s, 0, s, 0);
  const rh = $mth_r.h, rl = $mth_r.l;
  const c = ((ah - rh) - rl + al) / (2 * s);
  const h = s + c;
  $mth_r.h = h;
  $mth_r.l = c - (h - s);
}

// log(x) for finite x > 0 (pyrt.js's pow kernel: a 182-entry table of
// log(J/256) and a log1p series).
function $mth_log_dd(x) {
  if ($powt.log === null) $pow_init();
  const LT = $powt.log;
  let k = 0;
  if (x < 2.2250738585072014e-308) { x *= 18014398509481984; k = -54; }
  $f64[0] = x;
  const hw = $u32[$HI];
  k += ((hw >>> 20) & 0x7ff) - 1023;
  $u32[$HI] = (hw & 0x000fffff) | 0x3ff00000;
  let z = $f64[0];
  if (z > 1.4142135623730951) { z *= 0.5; k += 1; }
  const J = Math.round(256 / z);
  const invc = J / 256;
  // r = z*invc - 1, exactly representable, computed exactly
  let t = 134217729 * z;
  const zH = t - (t - z), zL = z - zH;
  t = 134217729 * invc;
  const iH = t - (t - invc), iL = invc - iH;
  let p = z * invc;
  const r = (p - 1) + (((zH * iH - p) + zH * iL + zL * iH) + zL * iL);
  t = 134217729 * r;
  const rH = t - (t - r), rL = r - rH;
  // log1p(r) = r*(1 + r*(-1/2 + r*(1/3 + r*(-1/4 + r*(1/5 + r*q)))))
  const q = -1 / 6 + r * (1 / 7 + r * (-1 / 8 + r * (1 / 9 + r * (-1 / 10 + r * (1 / 11 + r * (-1 / 12 + r * (1 / 13 - r / 14)))))));
  let ah = $C_FIFTH_H + r * q, al = $C_FIFTH_L;
  let s, e, pe, aH, aL;
  p = ah * r; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * rH - p) + aH * rL + aL * rH) + aL * rL + al * r;
  s = -0.25 + p; e = p - (s + 0.25) + pe;
  ah = s + e; al = e - (ah - s);
  p = ah * r; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * rH - p) + aH * rL + aL * rH) + aL * rL + al * r;
  s = $C_THIRD_H + p; e = p - (s - $C_THIRD_H) + pe + $C_THIRD_L;
  ah = s + e; al = e - (ah - s);
  p = ah * r; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * rH - p) + aH * rL + aL * rH) + aL * rL + al * r;
  s = -0.5 + p; e = p - (s + 0.5) + pe;
  ah = s + e; al = e - (ah - s);
  p = ah * r; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * rH - p) + aH * rL + aL * rH) + aL * rL + al * r;
  s = 1 + p; e = p - (s - 1) + pe;
  ah = s + e; al = e - (ah - s);
  p = ah * r; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * rH - p) + aH * rL + aL * rH) + aL * rL + al * r;
  // log(x) = k*ln2 - log(invc) + log1p(r)
  const ti = 2 * (J - 181);
  const ch = -LT[ti], cl = -LT[ti + 1];
  s = ch + p;
  let bb = s - ch;
  e = (ch - (s - bb)) + (p - bb) + pe + cl;
  let lh = s + e, ll = e - (lh - s);
  if (k !== 0) {
    const ka = k * $LN2_A, kb = k * $LN2_B; // exact
    s = ka + lh; bb = s - ka; e = (ka - (s - bb)) + (lh - bb);
    const e2 = e + kb;
    bb = e2 - e;
    const e2l = (e - (e2 - bb)) + (kb - bb);
    e = e2 + (e2l + ll + k * $LN2_C);
    lh = s + e; ll = e - (lh - s);
  }
  $mth_r.h = lh;
  $mth_r.l = ll;
}

// exp(th + tl) = (h + l) * 2**m, for |th| <= 746 (pyrt.js's pow kernel:
// 2**(j/128) table and an expm1 series).
function $mth_exp_dd(th, tl) {
  if ($powt.log === null) $pow_init();
  const ET = $powt.exp;
  const n = Math.round(th * 184.6649652337873);
  const a1 = th - n * $LN2N_A; // exact
  const b1 = -n * $LN2N_B; // exact
  let s = a1 + b1, bb = s - a1;
  let e = (a1 - (s - bb)) + (b1 - bb) + (tl - n * $LN2N_C);
  const rh = s + e, rl = e - (rh - s);
  let t = 134217729 * rh;
  const hH = t - (t - rh), hL = rh - hH;
  const q2 = 1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh * (1 / 40320 + rh * (1 / 362880 + rh / 3628800)))));
  let p = rh * q2;
  s = $C_SIXTH_H + p; e = p - (s - $C_SIXTH_H) + $C_SIXTH_L;
  let ah = s + e, al = e - (ah - s);
  let aH, aL, pe;
  p = ah * rh; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * hH - p) + aH * hL + aL * hH) + aL * hL + (ah * rl + al * rh);
  s = 0.5 + p; e = p - (s - 0.5) + pe;
  ah = s + e; al = e - (ah - s);
  p = ah * rh; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * hH - p) + aH * hL + aL * hH) + aL * hL + (ah * rl + al * rh);
  s = 1 + p; e = p - (s - 1) + pe;
  ah = s + e; al = e - (ah - s);
  p = ah * rh; t = 134217729 * ah; aH = t - (t - ah); aL = ah - aH;
  pe = ((aH * hH - p) + aH * hL + aL * hH) + aL * hL + (ah * rl + al * rh);
  const Eh = p + pe, El = pe - (Eh - p);
  const j = n & 127;
  const Th = ET[2 * j], Tl = ET[2 * j + 1];
  p = Th * Eh; t = 134217729 * Th; aH = t - (t - Th); aL = Th - aH;
  t = 134217729 * Eh;
  const eH = t - (t - Eh), eL = Eh - eH;
  pe = ((aH * eH - p) + aH * eL + aL * eH) + aL * eL + (Th * El + Tl * Eh);
  s = Th + p; e = p - (s - Th) + pe + Tl;
  const Rh = s + e;
  $mth_r.h = Rh;
  $mth_r.l = e - (Rh - s);
  $mth_r.m = (n - j) / 128;
}

// (h + l) * 2**m rounded once (h in [0.5, 2), |l| <= ulp(h)/2)
function $mth_scale(h, l, m) {
  if (m >= -1021) {
    if (m > 1000) return h * $pow2(m - 1000) * $pow2(1000);
    return h * $pow2(m);
  }
  if (m < -1078) return 0;
  const sres = (h * $pow2(m + 600)) * $pow2(-600);
  const back = sres * $pow2(600) * $pow2(-(m + 600)); // exact, in units of h
  const d = (h - back) + l;
  const half = $pow2(-1075 - m); // half an ulp of the result, in units of h
  if (d > half) return sres + 5e-324;
  if (d < -half) return sres - 5e-324;
  if ((d === half || d === -half) && (sres / 5e-324) % 2 !== 0) return d > 0 ? sres + 5e-324 : sres - 5e-324;
  return sres;
}

// C exp(x)
function $mth_exp(x) {
  if (x !== x) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  $mth_exp_dd(x, 0);
  return $mth_scale($mth_r.h, $mth_r.l, $mth_r.m);
}

// C log(x) for finite x > 0
function $mth_log(x) {
  $mth_log_dd(x);
  return $mth_r.h;
}

// ---- trigonometric kernels ----

const $MTH_PI_H = 3.141592653589793, $MTH_PI_L = 1.2246467991473532e-16;
const $MTH_PIO2_H = 1.5707963267948966, $MTH_PIO2_L = 6.123233995736766e-17;
// pi/2 in five pieces (33 bits each but the last) for Cody-Waite reduction
const $MTH_PIO2_1 = 1.5707963267341256, $MTH_PIO2_2 = 6.077100506303966e-11;
const $MTH_PIO2_3 = 2.0222662487111665e-21, $MTH_PIO2_4 = 8.478427660348229e-32;
const $MTH_PIO2_5 = 2.0670321098263988e-43;
// floor(2/pi * 2**1280), for Payne-Hanek reduction of huge arguments
const $MTH_TWO_OVER_PI =
  "a2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e006492eea09d1921cfe1d" +
  "eb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f49c845f8bbdf9283b1ff897ffde05980fef2f118b" +
  "5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d0856033046fc7b" +
  "6babf0cfbc209af4361d";

// Lazily computed tables: sin(j/64), cos(j/64) for j = 0..51 and
// atan(j/64) for j = 0..64, as double-doubles.
const $mth_tab = { sc: null, at: null, top: null };

function $mth_init_sc() {
  const T = new Float64Array(52 * 4);
  for (let j = 0; j < 52; j++) {
    const a = j / 64, a2 = a * a; // exact
    // sin
    let th = a, tl = 0, sh = a, sl = 0;
    for (let n = 1; n < 30 && th !== 0; n++) {
      $mth_mul(th, tl, -a2, 0);
      $mth_div($mth_r.h, $mth_r.l, (2 * n) * (2 * n + 1), 0);
      th = $mth_r.h; tl = $mth_r.l;
      $mth_add(sh, sl, th, tl);
      sh = $mth_r.h; sl = $mth_r.l;
      if (Math.abs(th) < 1e-40) break;
    }
    T[4 * j] = sh; T[4 * j + 1] = sl;
    // cos
    th = 1; tl = 0; sh = 1; sl = 0;
    for (let n = 1; n < 30 && a !== 0; n++) {
      $mth_mul(th, tl, -a2, 0);
      $mth_div($mth_r.h, $mth_r.l, (2 * n - 1) * (2 * n), 0);
      th = $mth_r.h; tl = $mth_r.l;
      $mth_add(sh, sl, th, tl);
      sh = $mth_r.h; sl = $mth_r.l;
      if (Math.abs(th) < 1e-40) break;
    }
    T[4 * j + 2] = sh; T[4 * j + 3] = sl;
  }
  $mth_tab.sc = T;
}

function $mth_init_at() {
  // Euler: atan(c) = c/(1+c*c) * sum_n prod_{i<=n} (2i/(2i+1)) * y**n, y = c*c/(1+c*c)
  const T = new Float64Array(65 * 2);
  for (let j = 1; j <= 64; j++) {
    const c = j / 64, c2 = c * c, d = 1 + c2; // exact
    $mth_div(c2, 0, d, 0);
    const yh = $mth_r.h, yl = $mth_r.l;
    let th = 1, tl = 0, sh = 1, sl = 0;
    for (let n = 1; n < 200; n++) {
      $mth_mul(th, tl, yh, yl);
      $mth_mul($mth_r.h, $mth_r.l, 2 * n, 0);
      $mth_div($mth_r.h, $mth_r.l, 2 * n + 1, 0);
      th = $mth_r.h; tl = $mth_r.l;
      $mth_add(sh, sl, th, tl);
      sh = $mth_r.h; sl = $mth_r.l;
      if (th < 1e-40) break;
    }
    $mth_div(c, 0, d, 0);
    $mth_mul($mth_r.h, $mth_r.l, sh, sl);
    T[2 * j] = $mth_r.h; T[2 * j + 1] = $mth_r.l;
  }
  $mth_tab.at = T;
}

// x >= pi/4 finite: x = k*(pi/2) + r, |r| <= ~pi/4; r -> $mth_r, returns k & 3.
function $mth_reduce(x) {
  if (x < 1048576) {
    const k = Math.round(x * 0.6366197723675814);
    const r0 = x - k * $MTH_PIO2_1; // exact
    const v = -k * $MTH_PIO2_2; // exact
    const h = r0 + v, hb = h - r0;
    const l = (r0 - (h - hb)) + (v - hb);
    $mth_add(h, l, -k * $MTH_PIO2_3, 0);
    $mth_add($mth_r.h, $mth_r.l, -k * $MTH_PIO2_4, 0);
    $mth_add($mth_r.h, $mth_r.l, -k * $MTH_PIO2_5, 0);
    return k & 3;
  }
  // Payne-Hanek: x * 2/pi with 192 fraction bits, exactly in BigInt
  if ($mth_tab.top === null) $mth_tab.top = BigInt("0x" + $MTH_TWO_OVER_PI);
  const mk = $frexp_int(x);
  const S = 1280 - mk[1];
  const prod = BigInt(mk[0]) * $mth_tab.top; // x * 2/pi * 2**S
  let k = Number((prod >> BigInt(S)) & 3n);
  let F = (prod >> BigInt(S - 192)) & ((1n << 192n) - 1n);
  if (F >= (1n << 191n)) {
    F -= 1n << 192n;
    k = (k + 1) & 3;
  }
  const fh = Number(F);
  const fl = Number(F - BigInt(fh));
  const sc = $pow2(-192);
  $mth_mul(fh * sc, fl * sc, $MTH_PIO2_H, $MTH_PIO2_L);
  return k;
}

// sin and cos of r = rh + rl (|r| <= 0.8) -> $mth_sc
const $mth_sc = { sh: 0, sl: 0, ch: 0, cl: 0 };

function $mth_sincos_dd(rh, rl) {
  if ($mth_tab.sc === null) $mth_init_sc();
  const T = $mth_tab.sc;
  const j = Math.round(rh * 64);
  // t = r - j/64
  const t0 = rh - j / 64; // exact
  const th = t0 + rl, tb = th - t0;
  const tl = (t0 - (th - tb)) + (rl - tb);
  $mth_mul(th, tl, th, tl);
  const t2h = $mth_r.h, t2l = $mth_r.l;
  // sin t = t + t*t2*(-1/6 + P)
  const P = t2h * (1 / 120 + t2h * (-1 / 5040 + t2h * (1 / 362880 - t2h / 39916800)));
  $mth_add(-$C_SIXTH_H, -$C_SIXTH_L, P, 0);
  $mth_mul(t2h, t2l, $mth_r.h, $mth_r.l);
  $mth_mul(th, tl, $mth_r.h, $mth_r.l);
  $mth_add(th, tl, $mth_r.h, $mth_r.l);
  const sth = $mth_r.h, stl = $mth_r.l;
  // cos t - 1 = -t2/2 + t2*t2*(1/24 + P2)
  const P2 = t2h * (-1 / 720 + t2h * (1 / 40320 - t2h / 3628800));
  $mth_add($C_SIXTH_H * 0.25, $C_SIXTH_L * 0.25, P2, 0);
  const qh = $mth_r.h, ql = $mth_r.l;
  $mth_mul(t2h, t2l, t2h, t2l);
  $mth_mul($mth_r.h, $mth_r.l, qh, ql);
  $mth_add(-0.5 * t2h, -0.5 * t2l, $mth_r.h, $mth_r.l);
  const cmh = $mth_r.h, cml = $mth_r.l;
  const aj = j < 0 ? -j : j;
  const Sh = j < 0 ? -T[4 * aj] : T[4 * aj], Sl = j < 0 ? -T[4 * aj + 1] : T[4 * aj + 1];
  const Ch = T[4 * aj + 2], Cl = T[4 * aj + 3];
  // sin(a + t) = S + (S*(cos t - 1) + C*sin t)
  $mth_mul(Sh, Sl, cmh, cml);
  let uh = $mth_r.h, ul = $mth_r.l;
  $mth_mul(Ch, Cl, sth, stl);
  $mth_add(uh, ul, $mth_r.h, $mth_r.l);
  $mth_add(Sh, Sl, $mth_r.h, $mth_r.l);
  $mth_sc.sh = $mth_r.h; $mth_sc.sl = $mth_r.l;
  // cos(a + t) = C + (C*(cos t - 1) - S*sin t)
  $mth_mul(Ch, Cl, cmh, cml);
  uh = $mth_r.h; ul = $mth_r.l;
  $mth_mul(Sh, Sl, sth, stl);
  $mth_add(uh, ul, -$mth_r.h, -$mth_r.l);
  $mth_add(Ch, Cl, $mth_r.h, $mth_r.l);
  $mth_sc.ch = $mth_r.h; $mth_sc.cl = $mth_r.l;
}

// sin/cos/tan of a finite |x| > 2**-27 -> $mth_sc; returns the quadrant k
function $mth_trig(ax) {
  let k = 0, rh = ax, rl = 0;
  if (ax > 0.7853981633974483) {
    k = $mth_reduce(ax);
    rh = $mth_r.h; rl = $mth_r.l;
  }
  $mth_sincos_dd(rh, rl);
  return k;
}

// C sin
function $mth_sin(x) {
  const ax = Math.abs(x);
  if (!(ax < Infinity)) return NaN;
  if (ax < 1.4901161193847656e-8) return x;
  const k = $mth_trig(ax);
  let r = (k & 1) === 0 ? $mth_sc.sh : $mth_sc.ch;
  if (k >= 2) r = -r;
  return x < 0 ? -r : r;
}

// C cos
function $mth_cos(x) {
  const ax = Math.abs(x);
  if (!(ax < Infinity)) return NaN;
  if (ax < 7.450580596923828e-9) return 1;
  const k = $mth_trig(ax);
  let r = (k & 1) === 0 ? $mth_sc.ch : $mth_sc.sh;
  if (k === 1 || k === 2) r = -r;
  return r;
}

// C tan
function $mth_tan(x) {
  const ax = Math.abs(x);
  if (!(ax < Infinity)) return NaN;
  if (ax < 7.450580596923828e-9) return x;
  const k = $mth_trig(ax);
  if ((k & 1) === 0) $mth_div($mth_sc.sh, $mth_sc.sl, $mth_sc.ch, $mth_sc.cl);
  else $mth_div(-$mth_sc.ch, -$mth_sc.cl, $mth_sc.sh, $mth_sc.sl);
  const r = $mth_r.h;
  return x < 0 ? -r : r;
}

// atan(u) for 0 <= u = uh + ul <= 1 (+ a rounding error) -> $mth_r
function $mth_atan_dd(uh, ul) {
  if ($mth_tab.at === null) $mth_init_at();
  const T = $mth_tab.at;
  const j = Math.round(uh * 64);
  const c = j / 64;
  // v = (u - c) / (1 + u*c), |v| <= 1/128
  const n0 = uh - c; // exact
  const nh = n0 + ul, nb = nh - n0;
  const nl = (n0 - (nh - nb)) + (ul - nb);
  $mth_mul(uh, ul, c, 0);
  $mth_add(1, 0, $mth_r.h, $mth_r.l);
  $mth_div(nh, nl, $mth_r.h, $mth_r.l);
  const vh = $mth_r.h, vl = $mth_r.l;
  $mth_mul(vh, vl, vh, vl);
  const v2h = $mth_r.h, v2l = $mth_r.l;
  // atan v = v + v*v2*(-1/3 + P)
  const P = v2h * (1 / 5 + v2h * (-1 / 7 + v2h * (1 / 9 + v2h * (-1 / 11 + v2h / 13))));
  $mth_add(-$C_THIRD_H, -$C_THIRD_L, P, 0);
  $mth_mul(v2h, v2l, $mth_r.h, $mth_r.l);
  $mth_mul(vh, vl, $mth_r.h, $mth_r.l);
  $mth_add(vh, vl, $mth_r.h, $mth_r.l);
  $mth_add(T[2 * j], T[2 * j + 1], $mth_r.h, $mth_r.l);
}

// C atan
function $mth_atan(x) {
  const ax = Math.abs(x);
  if (ax !== ax) return x;
  if (ax < 7.450580596923828e-9) return x;
  let r;
  if (ax <= 1) {
    $mth_atan_dd(ax, 0);
    r = $mth_r.h;
  } else if (ax < 1152921504606846976) {
    // pi/2 - atan(1/ax)
    const q = 1 / ax;
    $mth_mul(q, 0, ax, 0);
    const ql = ((1 - $mth_r.h) - $mth_r.l) / ax;
    $mth_atan_dd(q, ql);
    $mth_add($MTH_PIO2_H, $MTH_PIO2_L, -$mth_r.h, -$mth_r.l);
    r = $mth_r.h;
  } else {
    $mth_add($MTH_PIO2_H, $MTH_PIO2_L, -1 / ax, 0);
    r = $mth_r.h;
  }
  return x < 0 ? -r : r;
}

// atan2(y, x) for finite non-zero x, y (m_atan2 has done the special cases)
function $mth_atan2(y, x) {
  let ay = Math.abs(y), ax = Math.abs(x);
  let r;
  if (ay <= ax) {
    const u = ay / ax;
    if (u < 1e-300) {
      r = x > 0 ? u : $MTH_PI_H;
    } else {
      // scale both (exactly) to avoid overflow in the double-double products
      const e = $mth_frexp_e(ax);
      ay = $mth_ldexp(ay, -e);
      ax = $mth_ldexp(ax, -e);
      $mth_div(ay, 0, ax, 0);
      $mth_atan_dd($mth_r.h, $mth_r.l);
      if (x < 0) $mth_add($MTH_PI_H, $MTH_PI_L, -$mth_r.h, -$mth_r.l);
      r = $mth_r.h;
    }
  } else {
    const u = ax / ay;
    if (u < 1e-300) {
      r = $MTH_PIO2_H;
    } else {
      const e = $mth_frexp_e(ay);
      ay = $mth_ldexp(ay, -e);
      ax = $mth_ldexp(ax, -e);
      $mth_div(ax, 0, ay, 0);
      $mth_atan_dd($mth_r.h, $mth_r.l);
      if (x > 0) $mth_add($MTH_PIO2_H, $MTH_PIO2_L, -$mth_r.h, -$mth_r.l);
      else $mth_add($MTH_PIO2_H, $MTH_PIO2_L, $mth_r.h, $mth_r.l);
      r = $mth_r.h;
    }
  }
  return y < 0 ? -r : r;
}

// s = sqrt(1 - a*a) for 0 <= a < 1 -> $mth_r
function $mth_sqrt1m(a) {
  $mth_mul(a, 0, a, 0);
  $mth_add(1, 0, -$mth_r.h, -$mth_r.l);
  $mth_sqrt_dd($mth_r.h, $mth_r.l);
}

// C asin for |x| <= 1
function $mth_asin(x) {
  const a = Math.abs(x);
  if (!(a <= 1)) return NaN;
  if (a < 1.4901161193847656e-8) return x;
  let r;
  if (a === 1) {
    r = $MTH_PIO2_H;
  } else {
    $mth_sqrt1m(a);
    const sh = $mth_r.h, sl = $mth_r.l;
    if (a <= sh) {
      $mth_div(a, 0, sh, sl);
      $mth_atan_dd($mth_r.h, $mth_r.l);
    } else {
      $mth_div(sh, sl, a, 0);
      $mth_atan_dd($mth_r.h, $mth_r.l);
      $mth_add($MTH_PIO2_H, $MTH_PIO2_L, -$mth_r.h, -$mth_r.l);
    }
    r = $mth_r.h;
  }
  return x < 0 ? -r : r;
}

// C acos for |x| <= 1
function $mth_acos(x) {
  const a = Math.abs(x);
  if (!(a <= 1)) return NaN;
  if (a === 1) return x > 0 ? 0 : $MTH_PI_H;
  if (a < 5.551115123125783e-17) return $MTH_PIO2_H;
  $mth_sqrt1m(a);
  const sh = $mth_r.h, sl = $mth_r.l;
  if (sh <= a) {
    $mth_div(sh, sl, a, 0);
    $mth_atan_dd($mth_r.h, $mth_r.l);
    if (x < 0) $mth_add($MTH_PI_H, $MTH_PI_L, -$mth_r.h, -$mth_r.l);
  } else {
    $mth_div(a, 0, sh, sl);
    $mth_atan_dd($mth_r.h, $mth_r.l);
    if (x > 0) $mth_add($MTH_PIO2_H, $MTH_PIO2_L, -$mth_r.h, -$mth_r.l);
    else $mth_add($MTH_PIO2_H, $MTH_PIO2_L, $mth_r.h, $mth_r.l);
  }
  return $mth_r.h;
}

// ---- ports of glibc 2.36 (sysdeps/ieee754/dbl-64), which CPython uses on
// Linux; `__ieee754_exp` / `__ieee754_log` are the correctly rounded ones ----

// high word of x as a signed int32
function $mth_hi(x) {
  $f64[0] = x;
  return $u32[$HI] | 0;
}

// x with its high word replaced
function $mth_sethi(x, hi) {
  $f64[0] = x;
  $u32[$HI] = hi;
  return $f64[0];
}

// fma(a, b, c) = a*b + c rounded once (Boldo-Melquiond: exact product and
// sum, the low parts added with rounding to odd); |a*b|, |c| < 2**995 and no
// underflow.  glibc's expm1 and log1p are built with -mfma on x86-64 and
// GCC contracts a*b+c into fma: the ports below do the same contractions.
function $mth_fma(a, b, c) {
  const p = a * b;
  let t = 134217729 * a;
  const a1 = t - (t - a), a2 = a - a1;
  t = 134217729 * b;
  const b1 = t - (t - b), b2 = b - b1;
  const pl = ((a1 * b1 - p) + a1 * b2 + a2 * b1) + a2 * b2;
  const s = p + c, sb = s - p;
  const sl = (p - (s - sb)) + (c - sb);
  let v = sl + pl;
  const vb = v - sl;
  const ve = (sl - (v - vb)) + (pl - vb);
  if (ve !== 0) {
    $f64[0] = v;
    if (($u32[$LO] & 1) === 0) {
      // round to odd: the neighbour of v towards the exact sum
      const up = (ve > 0) === (v > 0);
      let lo = $u32[$LO], hi = $u32[$HI];
      if (up) { lo = (lo + 1) >>> 0; if (lo === 0) hi++; } else { if (lo === 0) hi--; lo = (lo - 1) >>> 0; }
      $u32[$LO] = lo;
      $u32[$HI] = hi;
      v = $f64[0];
    }
  }
  return s + v;
}

// s_expm1.c
function $mth_expm1(x) {
  const Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
    Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;
  const ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
  let hx = $mth_hi(x);
  const xsb = hx & 0x80000000;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687A) {
    if (hx >= 0x40862E42) {
      if (hx >= 0x7ff00000) {
        if (x !== x) return x + x;
        return xsb === 0 ? x : -1.0;
      }
      if (x > 7.09782712893383973096e+02) return Infinity;
    }
    if (xsb !== 0) return 1.0e-300 - 1.0;
  }
  let hi, lo, k, c = 0;
  if (hx > 0x3fd62e42) {
    if (hx < 0x3FF0A2B2) {
      if (xsb === 0) { hi = x - ln2_hi; lo = ln2_lo; k = 1; }
      else { hi = x + ln2_hi; lo = -ln2_lo; k = -1; }
    } else {
      k = Math.trunc($mth_fma(1.44269504088896338700e+00, x, xsb === 0 ? 0.5 : -0.5));
      hi = x - k * ln2_hi; // exact
      lo = k * ln2_lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = $mth_fma(hxs, Q1, 1.0), h2 = hxs * hxs;
  const R2 = $mth_fma(hxs, Q3, Q2), h4 = h2 * h2;
  const R3 = $mth_fma(hxs, Q5, Q4);
  const r1 = $mth_fma(h4, R3, $mth_fma(h2, R2, R1));
  let t = $mth_fma(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / $mth_fma(-x, t, 6.0));
  if (k === 0) return x - $mth_fma(x, e, -hxs);
  e = $mth_fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  let y;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = $mth_sethi(y, ($mth_hi(y) + (k << 20)) >>> 0);
    return y - 1.0;
  }
  if (k < 20) {
    t = $mth_sethi(1.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2**-k
    y = t - (e - x);
  } else {
    t = $mth_sethi(1.0, (0x3ff - k) << 20); // 2**-k
    y = x - (e + t);
    y += 1.0;
  }
  return $mth_sethi(y, ($mth_hi(y) + (k << 20)) >>> 0);
}

// s_log1p.c
function $mth_log1p(x) {
  const ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
  const Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01, Lp3 = 2.857142874366239149e-01,
    Lp4 = 2.222219843214978396e-01, Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
    Lp7 = 1.479819860511658591e-01;
  const hx = $mth_hi(x);
  const ax = hx & 0x7fffffff;
  let k = 1, f = 0, hu = 0, c = 0;
  if (hx < 0x3FDA827A) {
    if (ax >= 0x3ff00000) {
      if (x === -1.0) return -Infinity;
      return NaN;
    }
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = $mth_hi(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = $mth_hi(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = $mth_sethi(u, hu | 0x3ff00000);
    } else {
      k += 1;
      u = $mth_sethi(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c = $mth_fma(k, ln2_lo, c);
      return $mth_fma(k, ln2_hi, c);
    }
    const R = hfsq * $mth_fma(-0.66666666666666666, f, 1.0);
    if (k === 0) return f - R;
    return $mth_fma(k, ln2_hi, -((R - $mth_fma(k, ln2_lo, c)) - f));
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const R2 = $mth_fma(z, Lp3, Lp2), z4 = z2 * z2;
  const R3 = $mth_fma(z, Lp5, Lp4), z6 = z4 * z2;
  const R4 = $mth_fma(z, Lp7, Lp6);
  const R = $mth_fma(z6, R4, $mth_fma(z4, R3, $mth_fma(z, Lp1, z2 * R2)));
  // s*(hfsq+R) is computed before the branch (GCC hoists it): not contracted
  const sr = s * (hfsq + R);
  if (k === 0) return f - (hfsq - sr);
  return $mth_fma(k, ln2_hi, -((hfsq - (sr + $mth_fma(k, ln2_lo, c))) - f));
}

// e_log10.c (on the correctly rounded log)
function $mth_log10(x) {
  let hx = $mth_hi(x);
  let k = 0;
  if (hx < 0x00100000) {
    k -= 54;
    x *= 18014398509481984;
    hx = $mth_hi(x);
  }
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  x = $mth_sethi(x, hx);
  const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * $mth_log(x);
  return z + y * 3.01029995663611771306e-01;
}

// e_sinh.c
function $mth_sinh(x) {
  const jx = $mth_hi(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = $mth_expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * $mth_exp(Math.abs(x));
  $f64[0] = x;
  const lx = $u32[$LO];
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = $mth_exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

// e_cosh.c
function $mth_cosh(x) {
  const ix = $mth_hi(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1.0;
      const t = $mth_expm1(Math.abs(x));
      const w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    const t = $mth_exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * $mth_exp(Math.abs(x));
  $f64[0] = x;
  const lx = $u32[$LO];
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = $mth_exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

// s_tanh.c
function $mth_tanh(x) {
  const jx = $mth_hi(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (jx >= 0) return 1.0 / x + 1.0;
    return 1.0 / x - 1.0;
  }
  let z;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1.0 + x);
    if (ix >= 0x3ff00000) {
      const t = $mth_expm1(2.0 * Math.abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = $mth_expm1(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0 - 1.0e-300;
  }
  return jx >= 0 ? z : -z;
}

// s_asinh.c
function $mth_asinh(x) {
  const ix = $mth_hi(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = $mth_log(Math.abs(x)) + 6.93147180559945286227e-01;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      w = $mth_log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
    } else {
      const t = xa * xa;
      w = $mth_log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
    }
  }
  return $math_copysign(w, x);
}

// e_acosh.c
function $mth_acosh(x) {
  $f64[0] = x;
  const hx = $u32[$HI] | 0, lx = $u32[$LO];
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) {
    if (hx >= 0x7ff00000) return x + x;
    return $mth_log(x) + 6.93147180559945286227e-01;
  }
  if (hx === 0x3ff00000 && lx === 0) return 0.0;
  if (hx > 0x40000000) {
    const t = x * x;
    return $mth_log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  const t = x - 1.0;
  return $mth_log1p(t + Math.sqrt(2.0 * t + t * t));
}

// e_atanh.c
function $mth_atanh(x) {
  const xa = Math.abs(x);
  let t;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x;
    t = xa + xa;
    t = 0.5 * $mth_log1p(t + t * xa / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * $mth_log1p((xa + xa) / (1.0 - xa));
  } else {
    if (xa > 1.0) return NaN;
    if (xa !== xa) return x;
    return x / 0.0;
  }
  return $math_copysign(t, x);
}

// s_cbrt.c
function $mth_cbrt(x) {
  if (x === 0 || !(x - x === 0)) return x + x;
  const ax = Math.abs(x);
  const xe = $mth_frexp_e(ax);
  const xm = $mth_ldexp(ax, -xe);
  const u = 0.354895765043919860 +
    (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430 + (-1.83469277483613086 +
      (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const f = [1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648,
    1.5874010519681994748][2 + (xe % 3)];
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * f;
  return $mth_ldexp(x > 0.0 ? ym : -ym, Math.trunc(xe / 3));
}

// ---- the math module's functions ----

function $math_exp(x) {
  return $mth_check1(x, $mth_exp(x), true);
}

function $math_exp2(x) {
  if (x !== x) return x;
  if (x >= 1024) {
    if (x === Infinity) return x;
    $mth_range();
  }
  if (x === -Infinity) return 0;
  return $float_pow(2, x);
}

function $math_expm1(x) {
  return $mth_check1(x, $mth_expm1(x), true);
}

// m_log
function $mth_m_log(x) {
  if (x - x === 0) {
    if (x > 0) return $mth_log(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (x !== x || x > 0) return x;
  return NaN;
}

function $math_log(x, base) {
  const num = $mth_check1(x, $mth_m_log(x), false);
  if (base === undefined) return num;
  const den = $mth_check1(base, $mth_m_log(base), false);
  return $float_truediv(num, den);
}

function $math_log2(x) {
  let r;
  if (!(x - x === 0)) r = x !== x || x > 0 ? x : NaN;
  else if (x > 0) {
    $mth_log_dd(x);
    $mth_mul($mth_r.h, $mth_r.l, 1.4426950408889634, 2.0355273740931033e-17);
    r = $mth_r.h;
  } else r = x === 0 ? -Infinity : NaN;
  return $mth_check1(x, r, false);
}

function $math_log10(x) {
  let r;
  if (!(x - x === 0)) r = x !== x || x > 0 ? x : NaN;
  else if (x > 0) r = $mth_log10(x);
  else r = x === 0 ? -Infinity : NaN;
  return $mth_check1(x, r, false);
}

function $math_log1p(x) {
  return $mth_check1(x, x === 0 ? x : $mth_log1p(x), false);
}

function $math_pow(x, y) {
  if (!(x - x === 0) || !(y - y === 0)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (x === Infinity || x === -Infinity) {
      const oddY = y - y === 0 && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x > 0 ? 0 : -0) : 0;
    }
    // y infinite
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  if (y === 0) return 1;
  if (x === 0) {
    if (y < 0) $mth_domain();
    return Object.is(x, -0) && Math.abs(y) % 2 === 1 ? -0 : 0;
  }
  if (x < 0 && Math.floor(y) !== y) $mth_domain();
  let r;
  try {
    r = $float_pow(x, y);
  } catch (e) {
    if (e instanceof $OverflowError) $mth_range();
    throw e;
  }
  if (r === Infinity || r === -Infinity) $mth_range();
  return r;
}

function $math_sin(x) {
  return $mth_check1(x, $mth_sin(x), false);
}

function $math_cos(x) {
  return $mth_check1(x, $mth_cos(x), false);
}

function $math_tan(x) {
  return $mth_check1(x, $mth_tan(x), false);
}

function $math_asin(x) {
  return $mth_check1(x, $mth_asin(x), false);
}

function $math_acos(x) {
  return $mth_check1(x, $mth_acos(x), false);
}

function $math_atan(x) {
  return $mth_check1(x, $mth_atan(x), false);
}

// m_atan2
function $math_atan2(y, x) {
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) {
      if (x > 0) return y > 0 ? 0.7853981633974483 : -0.7853981633974483;
      return y > 0 ? 2.356194490192345 : -2.356194490192345;
    }
    return y > 0 ? $MTH_PIO2_H : -$MTH_PIO2_H;
  }
  if (x === Infinity || x === -Infinity || y === 0) {
    if ($math_copysign(1, x) === 1) return $math_copysign(0, y);
    return $math_copysign($MTH_PI_H, y);
  }
  if (x === 0) return y > 0 ? $MTH_PIO2_H : -$MTH_PIO2_H;
  return $mth_atan2(y, x);
}

function $math_sinh(x) {
  return $mth_check1(x, $mth_sinh(x), true);
}

function $math_cosh(x) {
  return $mth_check1(x, $mth_cosh(x), true);
}

function $math_tanh(x) {
  return $mth_check1(x, $mth_tanh(x), false);
}

function $math_asinh(x) {
  return $mth_check1(x, $mth_asinh(x), false);
}

function $math_acosh(x) {
  return $mth_check1(x, $mth_acosh(x), false);
}

function $math_atanh(x) {
  return $mth_check1(x, $mth_atanh(x), false);
}

function $math_cbrt(x) {
  return $mth_check1(x, $mth_cbrt(x), false);
}

// ===========================================================================
// time
// ===========================================================================

// Clocks in seconds.  `$host` may provide timeNow() (since the epoch),
// monotonic(), cpuTime() and sleep(seconds); otherwise the shells' globals are
// used when present (node/jsc: performance.now; jsc: preciseTime; js102:
// dateNow, cpuNow) and Date.now() as the last resort.  Without a CPU clock
// (node, jsc) process_time() measures wall time since the program started.
const $time_clock = (function () {
  const g = globalThis;
  const h = typeof $host === "object" && $host !== null ? $host : {};
  const perf = typeof g.performance === "object" && g.performance !== null &&
    typeof g.performance.now === "function" ? g.performance : null;
  let wall;
  if (typeof h.timeNow === "function") wall = function () { return h.timeNow(); };
  else if (typeof g.preciseTime === "function") wall = function () { return g.preciseTime(); };
  else if (perf !== null && typeof perf.timeOrigin === "number") {
    wall = function () { return (perf.timeOrigin + perf.now()) / 1000; };
  } else if (typeof g.dateNow === "function") wall = function () { return g.dateNow() / 1000; };
  else wall = function () { return Date.now() / 1000; };
  let raw;
  if (typeof h.monotonic === "function") raw = function () { return h.monotonic(); };
  else if (perf !== null) raw = function () { return perf.now() / 1000; };
  else if (typeof g.monotonicNow === "function") raw = function () { return g.monotonicNow() / 1000; };
  else raw = function () { return Date.now() / 1000; };
  // never goes backwards
  const st = { last: -Infinity };
  const mono = function () {
    const t = raw();
    if (t > st.last) st.last = t;
    return st.last;
  };
  const t0 = mono();
  let cpu;
  if (typeof h.cpuTime === "function") cpu = function () { return h.cpuTime(); };
  else if (typeof g.cpuNow === "function") cpu = function () { return g.cpuNow(); };
  else cpu = function () { return mono() - t0; };
  let sleep;
  if (typeof h.sleep === "function") {
    sleep = function (s) { h.sleep(s); };
  } else {
    sleep = function (s) {
      const end = mono() + s;
      let cell = null;
      try {
        if (typeof SharedArrayBuffer === "function" && typeof Atomics === "object") {
          cell = new Int32Array(new SharedArrayBuffer(4));
        }
      } catch (e) {
        cell = null;
      }
      for (;;) {
        const left = end - mono();
        if (left <= 0) return;
        if (cell !== null) {
          try {
            Atomics.wait(cell, 0, 0, Math.min(left * 1000, 1e9));
            continue;
          } catch (e) {
            cell = null; // not allowed here (a browser's main thread): spin
          }
        }
      }
    };
  }
  return { wall: wall, mono: mono, cpu: cpu, sleep: sleep };
})();

function $time_time() {
  return $time_clock.wall();
}

function $time_perf_counter() {
  return $time_clock.mono();
}

function $time_monotonic() {
  return $time_clock.mono();
}

function $time_process_time() {
  return $time_clock.cpu();
}

function $time_perf_counter_ns() {
  return $int_from_float(Math.floor($time_clock.mono() * 1e9));
}

function $time_monotonic_ns() {
  return $int_from_float(Math.floor($time_clock.mono() * 1e9));
}

function $time_sleep(secs) {
  if (secs !== secs) $raise($ValueError, "Invalid value NaN (not a number)");
  if (secs < 0) $raise($ValueError, "sleep length must be non-negative");
  if (secs > 9223372036.854776) $raise($OverflowError, "timestamp too large to convert to C _PyTime_t");
  $time_clock.sleep(secs);
  return null;
}

// The random module's shared instance (last: it reads the clocks above).
const $random = new $Random();
// ---------------------------------------------------------------------------
// The library modules' functions as the method table names them
// (ir/src/methods.rs: `math.log` -> $math_log_o): argument conventions of the
// translated code (None is null, every argument present) adapted to
// library.js's (omitted arguments are undefined).
// ---------------------------------------------------------------------------

function $opt(x) { return x === null ? undefined : x; }

function $math_log_o(x, base) { return $math_log(x, $opt(base)); }
function $math_isclose_o(a, b, rel_tol, abs_tol) { return $math_isclose(a, b, $opt(rel_tol), $opt(abs_tol)); }

// random.seed(a): a float seeds by its hash, which JS numbers alone cannot tell
// from an int's; the descriptor says which it is.
function $random_seed(a, T) {
  if (T === $t_float) $random.seed_float(a);
  else $random.seed(a);
}
function $random_random() { return $random.random(); }
function $random_getrandbits(k) { return $random.getrandbits(k); }
function $random_randrange(start, stop, step) { return $random.randrange(start, $opt(stop), step); }
function $random_randint(a, b) { return $random.randint(a, b); }
function $random_choice(seq) { return $random.choice(seq); }
function $random_shuffle(x) { $random.shuffle(x); }
function $random_sample(population, k) { return $random.sample(population, k); }
function $random_choices(population, weights, cum_weights, k) {
  return $random.choices(population, $opt(weights), $opt(cum_weights), k);
}
function $random_uniform(a, b) { return $random.uniform(a, b); }
function $random_triangular(low, high, mode) { return $random.triangular(low, high, $opt(mode)); }
function $random_gauss(mu, sigma) { return $random.gauss(mu, sigma); }
function $random_normalvariate(mu, sigma) { return $random.normalvariate(mu, sigma); }
function $random_expovariate(lambd) { return $random.expovariate(lambd); }

const $sys_argv = $argv();
// sys.exit(status): raises SystemExit, which try/finally and `except
// BaseException` see as in CPython.
function $sys_exit(status, T) { throw $exc_new($SystemExit, status === null ? [] : [status], status === null ? $t_tuple([]) : $t_tuple([T])); }
function $sys_stdout_write(s) { $print(s); return $str_len(s); }
function $sys_stderr_write(s) { $flush(); $print_err(s); return $str_len(s); }
function $sys_flush() { $flush(); }

// rarithmetic: JS ints are exact only within +-2**53 (beyond, an operation
// raised OverflowError already), so every int is a machine word already.
const $rarith_long_bit = 64;
function $rarith_intmask(x) { return x; }
function $rarith_ovfcheck(x) { return x; }
// Helpers of the JS backend (backends/js) that are not part of the runtime's API.
// Names start with `$be_`; they use the runtime's `$raise` and exception classes.

// Control reached code the translator proved unreachable: a pyrt bug.
function $be_unreachable() {
  return new Error("pyrt internal error: unreachable code was reached");
}

// Live Python frames, the module's included: translated functions raise
// RecursionError beyond CPython's default limit of 1000 (see backends/js/src/func.rs).
let $be_depth = 0;

// print(): CPython needs two more recursion levels for it (the call of print and
// of the stream's write), with its own message. `own` is 1 in functions that do
// not count their own frame (leaves), else 0.
function $be_print(s, own) {
  if ($be_depth + own + 2 > 1000) $raise($RecursionError, "maximum recursion depth exceeded while calling a Python object");
  $print(s);
}
// --- the translated program ---
let g_e;
class c_E extends $Exception {
}
c_E.$pyname = "E";
c_E.$module = "__main__";
c_E.prototype.__init__ = f_E$2e$__init__;
const $be_t0 = $t_int;
const $be_t1 = $t_tuple([
    $be_t0
]);
const $be_t2 = $t_inst;
c_E.$fields = {
    code: $be_t0
};
function f_E$2e$__init__(self_2, code_3) {
    if ($be_depth >= 1000) $raise($RecursionError, "maximum recursion depth exceeded");
    self_2.code = code_3;
    return null;
}
function f_$3c$module$3e$() {
    let v5, v16, v18, v19;
    if ((++$be_depth) > 1000) $raise($RecursionError, "maximum recursion depth exceeded");
    const d0 = $be_depth;
    B2: {
        try {
            v16 = $exc_new(c_E, [
                5
            ], $be_t1);
            f_E$2e$__init__(v16, 5);
            throw v16;
            throw $be_unreachable();
        } catch (e0) {
            $be_depth = d0;
            v5 = $caught(e0);
            if (!(v5 instanceof c_E)) {
                throw v5;
                throw $be_unreachable();
            }
            g_e = v5;
            v18 = $str((g_e === undefined) ? $raise($NameError, "name 'e' is not defined") : g_e, $be_t2);
            v19 = $repr((g_e === undefined) ? $raise($NameError, "name 'e' is not defined") : g_e, $be_t2);
            $be_print(v18 + " " + v19 + "\n", 0);
            break B2;
        }
    }
    $be_depth--;
    return 0;
}
$main(f_$3c$module$3e$);
