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
