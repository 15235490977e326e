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
