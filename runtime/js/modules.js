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
