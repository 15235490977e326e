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
