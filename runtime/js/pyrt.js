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

// eager: write at once (set where output may follow the program's end, with
// no exit hook to flush it: see $js_install).
const $io = { buf: "", eager: false };
const $OUT_CHUNK = 1 << 16;

// Appends s (already including `end`) to stdout.
function $print(s) {
  $io.buf += s;
  if ($io.buf.length >= $OUT_CHUNK || $io.eager) $flush();
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
// A JS exception caught in Python (`js.JsException`): `js` holds the thrown value.
class $JsException extends $Exception {}

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
$JsException.$pyname = "JsException";

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
function $main(body, keepAlive) {
  let status = 0;
  try {
    status = $exit_status(body());
  } catch (e0) {
    status = $uncaught(e0);
  }
  $exit(status, keepAlive);
}

// The end of the program with this status. With keepAlive (a program using
// `import js`) a status of 0 returns instead: the host runs the pending JS
// callbacks and timers, then exits by itself.
function $exit(status, keepAlive) {
  $flush();
  $host.finish();
  // stdout closed early (EPIPE): CPython reports BrokenPipeError and exits 120
  if ($host.broken) status = 120;
  // POSIX keeps the low 8 bits of the status (sys.exit(256) -> 0, -1 -> 255)
  status = ((status % 256) + 256) % 256;
  if (status === 0 && keepAlive) return;
  $host.exit(status);
}

// An exception that ended the program: its report on stderr, and the status.
function $uncaught(e0) {
  const e = $exc_from_js(e0);
  try { $flush(); } catch (e1) { /* ignore */ }
  if (e instanceof $SystemExit) {
    const T = e.$argsT;
    return $exit_status(e.code, T === undefined ? undefined : e.args.length === 1 ? T.elems[0] : T);
  }
  if (e instanceof $BaseException) {
    let text;
    try { text = $traceback_text(e); } catch (e2) { text = "Traceback (most recent call last):\n" + $exc_name(e) + "\n"; }
    $print_err(text);
    return e instanceof $KeyboardInterrupt ? 130 : 1;
  }
  const msg = e !== null && typeof e === "object" && "message" in e ? String(e.message) : String(e);
  $print_err("pyrt: internal error: " + msg + "\n");
  return 70;
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
  // Exact for safe integers: the rounding error of a / b is under 1/|b|, and
  // a quotient that is not whole is at least 1/|b| from the next whole number.
  return Math.floor(a / b) + 0;
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

// Units from U+D800 up: where UTF-16 order can differ from code point order.
const $SURR_UP_RE = /[\ud800-\uffff]/;

// Compare by code point: -1, 0 or 1.
function $str_cmp(a, b) {
  if (a === b) return 0;
  // JS compares UTF-16 units, which orders as code points do unless both
  // units at the first difference are from U+D800 up (a surrogate against
  // U+E000..U+FFFF): first units that differ below that decide at once, and
  // a string with no such unit lets the host's comparison decide.
  const x0 = a.charCodeAt(0), y0 = b.charCodeAt(0); // NaN when empty
  if (x0 !== y0 && x0 < 0xd800 && y0 < 0xd800) return x0 < y0 ? -1 : 1;
  if (!$SURR_UP_RE.test(a) || !$SURR_UP_RE.test(b)) return a < b ? -1 : 1;
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
