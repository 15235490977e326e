/* The wasm build of the C runtime (runtime/build.rs compiles the C runtime's
 * parts, then this file, for wasm32-wasi). It adds what only the wasm build
 * needs: the program's entry, the stack protector's symbols that Debian's
 * compiler-rt asks for, and checks that the offsets the wasm backend writes
 * into its code (backends/wasm/src/abi.rs) are the offsets this compiler
 * gives the runtime's structs. */

/* The translated program (the wasm backend resolves these imports with the
 * program's own functions when it links the module). */
__attribute__((import_module("env"), import_name("pyrt_program_main"))) int64_t pyrt_program_main(void);

int main(int argc, char **argv) {
  pyrt_argc = argc;
  pyrt_argv = argv;
  pyrt_init();
  int64_t status = pyrt_program_main();
  if (pyrt_exc) return pyrt_uncaught();
  pyrt_flush();
  return (int)(status & 0xFF);
}

uintptr_t __stack_chk_guard = 0x5a17c0deu;
void __stack_chk_fail(void) { pyrt_fatal("stack smashing detected"); }

#define PYRT_ABI(expr, value) _Static_assert((expr) == (value), #expr " must be " #value " (backends/wasm/src/abi.rs)")
PYRT_ABI(sizeof(void *), 4);
PYRT_ABI(sizeof(pyrt_obj), 16);
PYRT_ABI(sizeof(pyrt_val), 8);
PYRT_ABI(offsetof(pyrt_obj, type), 0);
PYRT_ABI(offsetof(pyrt_str, len), 16);
PYRT_ABI(offsetof(pyrt_str, cp), 32);
PYRT_ABI(offsetof(pyrt_list, items), 40);
PYRT_ABI(offsetof(pyrt_list, len), 24);
PYRT_ABI(offsetof(pyrt_tuple, items), 32);
PYRT_ABI(offsetof(pyrt_exc_obj, args), 16);
PYRT_ABI(offsetof(pyrt_iter, cur), 24);
PYRT_ABI(offsetof(pyrt_iter, next), 16);
PYRT_ABI(offsetof(pyrt_iter, elem), 20);
PYRT_ABI(sizeof(pyrt_frame), 12);
PYRT_ABI(offsetof(pyrt_frame, prev), 0);
PYRT_ABI(offsetof(pyrt_frame, n), 4);
PYRT_ABI(offsetof(pyrt_frame, slots), 8);
PYRT_ABI(sizeof(pyrt_type), 36);
PYRT_ABI(offsetof(pyrt_type, vtable), 28);
PYRT_ABI(sizeof(pyrt_desc), 32);
PYRT_ABI(sizeof(pyrt_cattr), 16);
PYRT_ABI(offsetof(pyrt_cattr, defined), 0);
PYRT_ABI(offsetof(pyrt_cattr, v), 8);
PYRT_ABI(sizeof(pyrt_field_info), 16);
PYRT_ABI(sizeof(pyrt_gen), 40);
PYRT_ABI(offsetof(pyrt_gen, state), 32);
PYRT_ABI(offsetof(pyrt_gen, closing), 36);
/* JsException's JS value: the first field after `args` in the IR's layout. */
PYRT_ABI(offsetof(pyrt_js_exc, js), 24);
PYRT_ABI(sizeof(pyrt_js_exc), 32);
PYRT_ABI(offsetof(pyrt_func, code), 16);
PYRT_ABI(offsetof(pyrt_func, env), 20);
PYRT_ABI(offsetof(pyrt_func, qualname), 24);
PYRT_ABI(sizeof(pyrt_func), 28);
PYRT_ABI(offsetof(pyrt_cframe, up), 16);
PYRT_ABI(offsetof(pyrt_cframe, defined), 32);
PYRT_ABI(offsetof(pyrt_cframe, v), 40);
PYRT_ABI(PYRT_O_ITER, 4);
PYRT_ABI(offsetof(pyrt_js, handle), 16); /* also runtime/wasm/interop.mjs */
PYRT_ABI(PYRT_JS_MAX_ARGS, 64);
PYRT_ABI(offsetof(pyrt_dict, len), 24); /* read by runtime/wasm/interop.mjs */
PYRT_ABI(offsetof(pyrt_dict, used), 32);
PYRT_ABI(offsetof(pyrt_dict, e), 48);
PYRT_ABI(sizeof(pyrt_dict_entry), 24);

/* int * int, checked (wasm has no overflow flag; add and sub are inline). */
int64_t pyrt_wasm_int_mul(int64_t a, int64_t b) {
  int64_t r = 0;
  PYRT_INT_OP(mul, r =, a, b, return 0);
  return r;
}

/* The method table's module constants (`value` entries), which the C runtime
   defines as macros: one function each, `pyrt_wasm_value_<rt>`. */
double pyrt_wasm_value_math_pi(void) { return pyrt_m_math_pi; }
double pyrt_wasm_value_math_e(void) { return pyrt_m_math_e; }
double pyrt_wasm_value_math_tau(void) { return pyrt_m_math_tau; }
double pyrt_wasm_value_math_inf(void) { return pyrt_m_math_inf; }
double pyrt_wasm_value_math_nan(void) { return pyrt_m_math_nan; }
pyrt_list *pyrt_wasm_value_sys_argv(void) { return pyrt_m_sys_argv; }
