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
