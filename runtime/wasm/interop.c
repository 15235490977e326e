/* JS interop on the wasm backend (`import js`; docs/interop.md): the wasm
 * side of the proxy tables. The JS side is runtime/wasm/interop.mjs, which
 * the loader carries for programs that use `js`.
 *
 * JS -> Python: a JS value is a handle into the JS side's table (an index
 * and a generation tag); Python holds it in a heap object of kind
 * PYRT_O_FOREIGN (pyrt_js), made once per handle, so the same JS value is
 * the same Python object (`is`). Sweeping the object drops the handle. The
 * JS side validates every handle it is given.
 *
 * Python -> JS: JS's proxies ("faces") of Python objects hold pins: entries
 * of the pin table here (an index and a generation tag), which the collector
 * treats as roots until JS releases them (its FinalizationRegistry, or an
 * explicit destroy()). Every pin JS passes back is validated here, so a
 * stale or forged one is refused, never followed.
 *
 * Calls into JS go through the imports below (module "pyrt_js"); a JS
 * exception makes them return PYRT_JS_THROWN, and pyrt_js_raise_pending()
 * raises what JS says it was. Python called from JS (a callback) enters
 * through a thunk the backend generates per signature, its arguments in
 * pyrt_js_slots (rooted while the slot's kind says it holds a reference).
 * No function-local statics here: the wasm build compiles with -Dstatic=. */

#define PYRT_JS_IMPORT(name) __attribute__((import_module("pyrt_js"), import_name(#name)))
#define PYRT_JS_THROWN 0xFFFFFFFFu
#define PYRT_JS_DONE 0xFFFFFFFEu
#define PYRT_JS_MAX_ARGS 64

/* A JS value held by Python (0 = JS's null and undefined, Python's None). */
typedef struct pyrt_js {
  pyrt_obj h;
  uint32_t handle;
  uint32_t pad_;
} pyrt_js;

static const pyrt_type pyrt_t_js = {"JsObject", NULL, NULL, PYRT_O_FOREIGN, sizeof(pyrt_js), NULL, 0, NULL, NULL};

/* A JsException: made from a JS exception, it holds the JS value thrown (its
   field `$js` in the IR's layout of the class: see frontend's classes.rs). */
typedef struct pyrt_js_exc {
  pyrt_exc_obj e;
  pyrt_val js;
} pyrt_js_exc;
static const uint32_t pyrt_js_exc_refs[] = {offsetof(pyrt_exc_obj, args), offsetof(pyrt_js_exc, js)};
static const pyrt_type pyrt_t_JsException = {"JsException", NULL, &pyrt_t_Exception, PYRT_O_INST, sizeof(pyrt_js_exc), pyrt_js_exc_refs, 2, NULL, NULL};

PYRT_JS_IMPORT(global) uint32_t pyrt_jsi_global(const pyrt_str *name);
PYRT_JS_IMPORT(get) uint32_t pyrt_jsi_get(uint32_t o, const pyrt_str *name);
PYRT_JS_IMPORT(set) uint32_t pyrt_jsi_set(uint32_t o, const pyrt_str *name, uint32_t v);
PYRT_JS_IMPORT(getitem) uint32_t pyrt_jsi_getitem(uint32_t o, uint32_t k);
PYRT_JS_IMPORT(setitem) uint32_t pyrt_jsi_setitem(uint32_t o, uint32_t k, uint32_t v);
PYRT_JS_IMPORT(call) uint32_t pyrt_jsi_call(uint32_t f, const uint32_t *argv, uint32_t n);
PYRT_JS_IMPORT(call_method) uint32_t pyrt_jsi_call_method(uint32_t o, const pyrt_str *name, const uint32_t *argv, uint32_t n);
PYRT_JS_IMPORT(construct) uint32_t pyrt_jsi_construct(uint32_t c, const uint32_t *argv, uint32_t n);
PYRT_JS_IMPORT(len) int64_t pyrt_jsi_len(uint32_t o);
PYRT_JS_IMPORT(iter) uint32_t pyrt_jsi_iter(uint32_t o);
PYRT_JS_IMPORT(next) uint32_t pyrt_jsi_next(uint32_t it);
PYRT_JS_IMPORT(truth) int32_t pyrt_jsi_truth(uint32_t o);
PYRT_JS_IMPORT(eq) int32_t pyrt_jsi_eq(uint32_t a, uint32_t b);
PYRT_JS_IMPORT(kind) int32_t pyrt_jsi_kind(uint32_t o);
PYRT_JS_IMPORT(number) double pyrt_jsi_number(uint32_t o);
PYRT_JS_IMPORT(text) int64_t pyrt_jsi_text(uint32_t o, int32_t mode);
PYRT_JS_IMPORT(take_text) void pyrt_jsi_take_text(uint32_t *dst);
PYRT_JS_IMPORT(error) int32_t pyrt_jsi_error(void);
PYRT_JS_IMPORT(error_value) uint32_t pyrt_jsi_error_value(void);
PYRT_JS_IMPORT(out) uint32_t pyrt_jsi_out(uint32_t desc, int64_t bits);
PYRT_JS_IMPORT(box_of) pyrt_js *pyrt_jsi_box_of(uint32_t h);
PYRT_JS_IMPORT(set_box) void pyrt_jsi_set_box(uint32_t h, pyrt_js *box);
PYRT_JS_IMPORT(drop) void pyrt_jsi_drop(uint32_t h);
PYRT_JS_IMPORT(async_new) uint32_t pyrt_jsi_async_new(uint32_t pin);
PYRT_JS_IMPORT(async_await) void pyrt_jsi_async_await(uint32_t pin, uint32_t h);
PYRT_JS_IMPORT(async_settle) void pyrt_jsi_async_settle(uint32_t pin, uint32_t h, uint32_t exc);

/* What pyrt_jsi_kind says a JS value is. */
enum { PYRT_JSK_NULLISH, PYRT_JSK_BOOL, PYRT_JSK_NUMBER, PYRT_JSK_STRING, PYRT_JSK_BIGINT, PYRT_JSK_OTHER };
/* What pyrt_jsi_text makes: str(), repr(), the type's name for messages. */
enum { PYRT_JST_STR, PYRT_JST_REPR, PYRT_JST_TYPE };

/* ---- the pin table ---- */

typedef struct pyrt_js_pin_entry {
  void *obj;     /* NULL: free */
  uint32_t gen;  /* bumped at each release */
  uint32_t next; /* free list (index + 1) */
} pyrt_js_pin_entry;

static pyrt_js_pin_entry *pyrt_js_pins;
static uint32_t pyrt_js_npins, pyrt_js_pins_cap, pyrt_js_pins_free;
#define PYRT_JS_PIN_BITS 22

/* The arguments of a call from JS (pyrt_js_slots) and their kinds (PYRT_K_*). */
static pyrt_val pyrt_js_slots[PYRT_JS_MAX_ARGS];
static uint8_t pyrt_js_slot_kinds[PYRT_JS_MAX_ARGS];
/* The arguments of a call into JS, which the translated code stores here. */
static pyrt_js *pyrt_js_argv[PYRT_JS_MAX_ARGS];

static void pyrt_js_free_obj(pyrt_obj *o) { pyrt_jsi_drop(((pyrt_js *)o)->handle); }

/* Handles boxed since the last collection (see pyrt_js_idle). */
static uint32_t pyrt_js_boxed;

static void pyrt_js_mark_roots(void) {
  pyrt_js_boxed = 0;
  for (uint32_t i = 0; i < pyrt_js_npins; i++) pyrt_mark(pyrt_js_pins[i].obj);
  for (uint32_t i = 0; i < PYRT_JS_MAX_ARGS; i++)
    if (pyrt_js_slot_kinds[i] == PYRT_K_REF) pyrt_mark(pyrt_js_slots[i].p);
}

static void pyrt_js_hooks(void) {
  pyrt_foreign_free = pyrt_js_free_obj;
  pyrt_foreign_roots = pyrt_js_mark_roots;
}

/* Pin o for JS: its pin's id (0 when the table cannot grow). */
static uint32_t pyrt_js_pin(void *o) {
  if (!pyrt_foreign_roots) pyrt_js_hooks();
  uint32_t i;
  if (pyrt_js_pins_free) {
    i = pyrt_js_pins_free - 1;
    pyrt_js_pins_free = pyrt_js_pins[i].next;
  } else {
    if (pyrt_js_npins == pyrt_js_pins_cap) {
      uint32_t cap = pyrt_js_pins_cap ? 2 * pyrt_js_pins_cap : 256;
      if (cap > (1u << PYRT_JS_PIN_BITS) - 1) return 0;
      pyrt_js_pin_entry *t = realloc(pyrt_js_pins, cap * sizeof *t);
      if (!t) return 0;
      pyrt_js_pins = t;
      pyrt_js_pins_cap = cap;
    }
    i = pyrt_js_npins++;
    pyrt_js_pins[i].gen = 1;
  }
  pyrt_js_pins[i].obj = o;
  pyrt_js_pins[i].next = 0;
  return ((pyrt_js_pins[i].gen & 0x1FF) << PYRT_JS_PIN_BITS) | (i + 1);
}

/* The entry of pin `id`, or NULL when it is stale or forged. */
static pyrt_js_pin_entry *pyrt_js_pin_at(uint32_t id) {
  uint32_t i = (id & ((1u << PYRT_JS_PIN_BITS) - 1)) - 1;
  if (i >= pyrt_js_npins || !pyrt_js_pins[i].obj || (pyrt_js_pins[i].gen & 0x1FF) != id >> PYRT_JS_PIN_BITS) return NULL;
  return &pyrt_js_pins[i];
}

/* The object pin `id` holds, or 0 (JS says the proxy is stale). */
static void *pyrt_js_pinned(uint32_t id) {
  pyrt_js_pin_entry *e = pyrt_js_pin_at(id);
  return e ? e->obj : NULL;
}

/* Release pin `id` (a stale one is ignored: either side may let go first). */
static void pyrt_js_unpin(uint32_t id) {
  pyrt_js_pin_entry *e = pyrt_js_pin_at(id);
  if (!e) return;
  e->obj = NULL;
  e->gen++;
  e->next = pyrt_js_pins_free;
  pyrt_js_pins_free = (uint32_t)(e - pyrt_js_pins) + 1;
}

/* ---- JS values in Python ---- */

static void pyrt_js_raise_pending(void);

/* The Python object of handle h (NULL: None, or an exception raised). */
static pyrt_js *pyrt_js_box(uint32_t h) {
  if (h == 0) return NULL;
  if (h == PYRT_JS_THROWN) {
    pyrt_js_raise_pending();
    return NULL;
  }
  pyrt_js *b = pyrt_jsi_box_of(h);
  if (b) return b;
  if (!pyrt_foreign_free) pyrt_js_hooks();
  b = pyrt_alloc(&pyrt_t_js, sizeof *b);
  if (!b) {
    pyrt_jsi_drop(h);
    return NULL;
  }
  b->handle = h;
  pyrt_jsi_set_box(h, b);
  pyrt_js_boxed++;
  return b;
}

/* Python is idle (main returned, or a callback the event loop ran): collect
   if JS values were boxed since the last collection, so that the JS values
   (and JS's proxies of Python objects) only garbage boxes still hold go
   back to JS's collector now, not at some later allocation. */
static void pyrt_js_idle(void) {
  if (pyrt_js_boxed) pyrt_collect();
}

static PYRT_NOGC uint32_t pyrt_js_h(const pyrt_js *o) { return o ? o->handle : 0; }

/* The text JS made (pyrt_jsi_text, pyrt_jsi_error) as a str of n code points. */
static pyrt_str *pyrt_js_take_str(int64_t n) {
  pyrt_str *s = pyrt_str_new(n);
  if (s) pyrt_jsi_take_text(s->cp);
  return s;
}

/* Raise what JS threw (after an import returned PYRT_JS_THROWN): a JS
   exception is a JsException carrying its message; a Python exception that
   went through JS is itself again; misuse found on the JS side (a missing
   global, a wrong type) is the built-in exception JS names. */
static void pyrt_js_raise_pending(void) {
  int32_t k = pyrt_jsi_error();
  if (k < 0) {
    /* The pin stays while JS's Error holds it (its FinalizationRegistry
       releases it): the same Error may come back again (a promise awaited
       twice, an Error JS keeps and rethrows). */
    void *e = pyrt_js_pinned((uint32_t)-k);
    if (e) pyrt_raise_obj(e);
    else pyrt_raise(&pyrt_t_RuntimeError, "a Python exception came back from JS after its proxy was released");
    return;
  }
  const pyrt_type *t = &pyrt_t_JsException;
  switch (k >> 24) {
  case 1: t = &pyrt_t_AttributeError; break;
  case 2: t = &pyrt_t_TypeError; break;
  case 3: t = &pyrt_t_ValueError; break;
  case 4: t = &pyrt_t_OverflowError; break;
  case 5: t = &pyrt_t_MemoryError; break;
  }
  uint32_t h = t == &pyrt_t_JsException ? pyrt_jsi_error_value() : 0;
  pyrt_str *msg = pyrt_js_take_str(k & 0xFFFFFF);
  if (msg) pyrt_raise_msg(t, msg);
  if (!h) return;
  if (pyrt_exc && pyrt_exc->type == &pyrt_t_JsException) {
    PYRT_ROOT(1);
    R_[0] = pyrt_exc;
    pyrt_exc = NULL; /* boxing may raise MemoryError: then that is the exception */
    pyrt_js *b = pyrt_js_box(h);
    if (!pyrt_exc) {
      ((pyrt_js_exc *)R_[0])->js.p = b;
      pyrt_exc = R_[0];
    }
    PYRT_UNROOT();
  } else if (!pyrt_jsi_box_of(h)) {
    pyrt_jsi_drop(h);
  }
}

/* Output Python wrote so far goes out before JS runs (JS may print too). */
static void pyrt_js_before_call(void) {
  if (pyrt_out_len) pyrt_flush();
}

/* Before a call into JS: the handles of the n arguments the translated code
   stored in pyrt_js_argv, and the output Python wrote so far written. */
static void pyrt_js_args(uint32_t *h, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) h[i] = pyrt_js_h(pyrt_js_argv[i]);
  pyrt_js_before_call();
}

static pyrt_js *pyrt_js_global(pyrt_str *name) { return pyrt_js_box(pyrt_jsi_global(name)); }
static pyrt_js *pyrt_js_get(pyrt_js *o, pyrt_str *name) { return pyrt_js_box(pyrt_jsi_get(pyrt_js_h(o), name)); }
static void pyrt_js_set(pyrt_js *o, pyrt_str *name, pyrt_js *v) {
  if (pyrt_jsi_set(pyrt_js_h(o), name, pyrt_js_h(v)) == PYRT_JS_THROWN) pyrt_js_raise_pending();
}
static pyrt_js *pyrt_js_getitem(pyrt_js *o, pyrt_js *k) { return pyrt_js_box(pyrt_jsi_getitem(pyrt_js_h(o), pyrt_js_h(k))); }
static void pyrt_js_setitem(pyrt_js *o, pyrt_js *k, pyrt_js *v) {
  if (pyrt_jsi_setitem(pyrt_js_h(o), pyrt_js_h(k), pyrt_js_h(v)) == PYRT_JS_THROWN) pyrt_js_raise_pending();
}
static pyrt_js *pyrt_js_call(pyrt_js *f, uint32_t n) {
  uint32_t h[PYRT_JS_MAX_ARGS];
  pyrt_js_args(h, n);
  return pyrt_js_box(pyrt_jsi_call(pyrt_js_h(f), h, n));
}
static pyrt_js *pyrt_js_call_method(pyrt_js *o, pyrt_str *name, uint32_t n) {
  uint32_t h[PYRT_JS_MAX_ARGS];
  pyrt_js_args(h, n);
  return pyrt_js_box(pyrt_jsi_call_method(pyrt_js_h(o), name, h, n));
}
static pyrt_js *pyrt_js_new(pyrt_js *c, uint32_t n) {
  uint32_t h[PYRT_JS_MAX_ARGS];
  pyrt_js_args(h, n);
  return pyrt_js_box(pyrt_jsi_construct(pyrt_js_h(c), h, n));
}
static int64_t pyrt_js_len(pyrt_js *o) {
  int64_t n = pyrt_jsi_len(pyrt_js_h(o));
  if (n < 0) pyrt_js_raise_pending();
  return n;
}
static uint8_t pyrt_js_truth(pyrt_js *o) {
  int32_t t = pyrt_jsi_truth(pyrt_js_h(o));
  if (t < 0) pyrt_js_raise_pending();
  return t > 0;
}
static uint8_t pyrt_js_eq(pyrt_js *a, pyrt_js *b) { return a == b ? !a || pyrt_jsi_eq(a->handle, b->handle) : 0; }

/* iter(o): a JS iterable under the runtime's iterator protocol. */
typedef struct pyrt_js_iter {
  pyrt_iter it;
  pyrt_js *js; /* the JS iterator */
} pyrt_js_iter;

static void pyrt_trace_js_iter(pyrt_obj *o) { pyrt_mark(((pyrt_js_iter *)o)->js); }
static const pyrt_type pyrt_t_js_iter = {"iterator", NULL, NULL, PYRT_O_ITER, sizeof(pyrt_js_iter), NULL, 0, NULL, pyrt_trace_js_iter};
static const pyrt_desc pyrt_d_js;

static uint8_t pyrt_js_iter_next(pyrt_iter *it) {
  pyrt_js_iter *ji = (pyrt_js_iter *)it;
  if (!ji->js) return 0;
  uint32_t h = pyrt_jsi_next(ji->js->handle);
  if (h == PYRT_JS_DONE) {
    ji->js = NULL;
    return 0;
  }
  it->cur.p = pyrt_js_box(h);
  return !pyrt_exc;
}

static pyrt_iter *pyrt_js_iter_new(pyrt_js *o) {
  PYRT_ROOT(1);
  R_[0] = pyrt_js_box(pyrt_jsi_iter(pyrt_js_h(o)));
  pyrt_iter *it = pyrt_exc ? NULL : pyrt_iter_alloc(&pyrt_t_js_iter, R_[0], pyrt_js_iter_next);
  if (it) {
    it->elem = &pyrt_d_js;
    ((pyrt_js_iter *)it)->js = R_[0];
  }
  PYRT_UNROOT();
  return it;
}

/* str(o), repr(o) (mode PYRT_JST_*): JS's primitives as Python shows the
   values they convert to (true -> True, null -> None, 3 -> 3, 0.5 -> 0.5). */
static pyrt_str *pyrt_js_text(pyrt_js *o, int32_t mode) {
  uint32_t h = pyrt_js_h(o);
  switch (pyrt_jsi_kind(h)) {
  case PYRT_JSK_NULLISH: return pyrt_str_ascii("None");
  case PYRT_JSK_BOOL: return pyrt_str_ascii(pyrt_jsi_number(h) != 0 ? "True" : "False");
  case PYRT_JSK_NUMBER: {
    double x = pyrt_jsi_number(h);
    if (x == trunc(x) && fabs(x) <= 9007199254740991.0) return pyrt_int_to_str((int64_t)x);
    return pyrt_float_repr(x);
  }
  case PYRT_JSK_STRING:
    if (mode == PYRT_JST_REPR) {
      PYRT_ROOT(1);
      R_[0] = pyrt_js_take_str(pyrt_jsi_text(h, PYRT_JST_STR));
      pyrt_buf b = {0};
      if (R_[0]) pyrt_buf_str_repr(&b, R_[0]);
      PYRT_UNROOT();
      return pyrt_buf_finish(&b);
    }
    break;
  }
  int64_t n = pyrt_jsi_text(h, mode == PYRT_JST_REPR ? PYRT_JST_STR : mode);
  if (n < 0) {
    pyrt_js_raise_pending();
    return NULL;
  }
  return pyrt_js_take_str(n);
}
static pyrt_str *pyrt_js_str(pyrt_js *o) { return pyrt_js_text(o, PYRT_JST_STR); }

/* A TypeError naming the JS value's type: `what` + its type. */
static void pyrt_js_type_error(const char *what, pyrt_js *o) {
  PYRT_ROOT(1);
  R_[0] = pyrt_js_text(o, PYRT_JST_TYPE);
  pyrt_buf b = {0};
  pyrt_buf_ascii(&b, what);
  if (R_[0]) pyrt_buf_str(&b, R_[0]);
  PYRT_UNROOT();
  pyrt_raise_buf(&pyrt_t_TypeError, &b);
}

static int64_t pyrt_js_to_int(pyrt_js *o) {
  uint32_t h = pyrt_js_h(o);
  switch (pyrt_jsi_kind(h)) {
  case PYRT_JSK_BOOL: return pyrt_jsi_number(h) != 0;
  case PYRT_JSK_NUMBER: return pyrt_int_from_float(pyrt_jsi_number(h));
  case PYRT_JSK_BIGINT: {
    double x = pyrt_jsi_number(h);
    if (x >= -9007199254740991.0 && x <= 9007199254740991.0) return (int64_t)x;
    pyrt_overflow();
    return 0;
  }
  case PYRT_JSK_STRING: {
    pyrt_str *s = pyrt_js_str(o);
    return s ? pyrt_int_from_str(s) : 0;
  }
  }
  pyrt_js_type_error("int() argument must be a string or a number, not JS ", o);
  return 0;
}

static double pyrt_js_to_float(pyrt_js *o) {
  uint32_t h = pyrt_js_h(o);
  switch (pyrt_jsi_kind(h)) {
  case PYRT_JSK_BOOL:
  case PYRT_JSK_NUMBER:
  case PYRT_JSK_BIGINT: return pyrt_jsi_number(h);
  case PYRT_JSK_STRING: {
    pyrt_str *s = pyrt_js_str(o);
    return s ? pyrt_float_from_str(s) : 0;
  }
  }
  pyrt_js_type_error("float() argument must be a string or a number, not JS ", o);
  return 0;
}

/* A Python value converted by the documented table (the JS side reads it by
   descriptor `desc`, a JS descriptor's number); bits: the value's 64 bits. */
static pyrt_js *pyrt_js_out(uint32_t desc, int64_t bits) { return pyrt_js_box(pyrt_jsi_out(desc, bits)); }

/* The descriptor of JsObject values (in lists, dicts, tuples). */
static void pyrt_repr_js(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) {
  (void)d;
  pyrt_str *s = pyrt_js_text(v.p, PYRT_JST_REPR);
  if (s) pyrt_buf_str(b, s);
}
static void pyrt_str_js(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) {
  (void)d;
  pyrt_str *s = pyrt_js_text(v.p, PYRT_JST_STR);
  if (s) pyrt_buf_str(b, s);
}
static int pyrt_eq_js(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  (void)d;
  return pyrt_js_eq(a.p, b.p);
}
static int64_t pyrt_hash_js(const pyrt_desc *d, pyrt_val v) {
  (void)d;
  uint32_t h = pyrt_js_h(v.p);
  switch (pyrt_jsi_kind(h)) {
  case PYRT_JSK_NULLISH: return pyrt_hash_none(d, v);
  case PYRT_JSK_BOOL: return pyrt_jsi_number(h) != 0;
  case PYRT_JSK_NUMBER: {
    double x = pyrt_jsi_number(h);
    return x == trunc(x) && fabs(x) <= 9007199254740991.0 ? pyrt_hash_i64((int64_t)x) : pyrt_hash_f64(x);
  }
  case PYRT_JSK_STRING: {
    pyrt_str *s = pyrt_js_str(v.p);
    return s ? pyrt_hash_str(s) : -1;
  }
  }
  return (int64_t)(h & 0xFFFFFF); /* the same JS object has the same handle */
}
static int pyrt_lt_js(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  (void)d;
  (void)a;
  (void)b;
  pyrt_lt_unsupported("JsObject", "JsObject");
  return -1;
}
static const pyrt_desc pyrt_d_js = {PYRT_K_REF, pyrt_repr_js, pyrt_str_js, pyrt_eq_js, pyrt_hash_js, pyrt_lt_js, 0, NULL};

/* ---- Python called from JS ---- */

/* A str argument of n code points in slot i, for JS to fill in (NULL: MemoryError). */
static pyrt_str *pyrt_js_slot_str(uint32_t i, int64_t n) {
  pyrt_str *s = pyrt_str_new(n);
  pyrt_js_slots[i].p = s;
  pyrt_js_slot_kinds[i] = PYRT_K_REF;
  return s;
}

/* A JsObject argument in slot i. */
static uint32_t pyrt_js_slot_box(uint32_t i, uint32_t h) {
  pyrt_js *b = pyrt_js_box(h);
  pyrt_js_slots[i].p = b;
  pyrt_js_slot_kinds[i] = PYRT_K_REF;
  return !pyrt_exc;
}

/* A pinned object (a proxy coming back) as the argument in slot i: 0 when the pin is stale. */
static uint32_t pyrt_js_slot_pinned(uint32_t i, uint32_t id) {
  void *o = pyrt_js_pinned(id);
  pyrt_js_slots[i].p = o;
  pyrt_js_slot_kinds[i] = PYRT_K_REF;
  return o != NULL;
}

/* For JS, which throws instead: whether the call just made raised nothing
   (an exception it raised is dropped). */
static uint32_t pyrt_js_ok(void) {
  if (!pyrt_exc) return 1;
  pyrt_exc = NULL;
  return 0;
}

static pyrt_val *pyrt_js_slots_at(void) { return pyrt_js_slots; }
static uint8_t *pyrt_js_slot_kinds_at(void) { return pyrt_js_slot_kinds; }
static void pyrt_js_slots_clear(void) { memset(pyrt_js_slot_kinds, 0, sizeof pyrt_js_slot_kinds); }

/* A JS Array, Map or object copied into a new Python container (JS converts
   the items into the slots after slot i, and they go in one by one, as
   writes through a proxy do): a new list of descriptor d (n items
   reserved), tuple of n, or dict in slot i. Each returns 0 after
   MemoryError. */
static uint32_t pyrt_js_slot_list(uint32_t i, const pyrt_desc *d, int64_t n) {
  pyrt_list *l = pyrt_list_new(d->elems[0], 0);
  pyrt_js_slots[i].p = l;
  pyrt_js_slot_kinds[i] = PYRT_K_REF;
  if (l) pyrt_list_reserve(l, n);
  return pyrt_js_ok();
}
static uint32_t pyrt_js_slot_tuple(uint32_t i, const pyrt_desc *d, int64_t n) {
  pyrt_js_slots[i].p = pyrt_tuple_new(d, n);
  pyrt_js_slot_kinds[i] = PYRT_K_REF;
  return pyrt_js_ok();
}
static void pyrt_js_slot_tuple_set(uint32_t i, int64_t k, uint32_t j) { ((pyrt_tuple *)pyrt_js_slots[i].p)->items[k] = pyrt_js_slots[j]; }
static uint32_t pyrt_js_slot_dict(uint32_t i, const pyrt_desc *d) {
  pyrt_js_slots[i].p = pyrt_dict_new(d);
  pyrt_js_slot_kinds[i] = PYRT_K_REF;
  return pyrt_js_ok();
}


/* A write through JS's proxy of a list: slot j's value (converted by JS)
   as item i, or appended when i is the length; 0 after MemoryError. */
static uint32_t pyrt_js_list_store(pyrt_list *l, int64_t i, uint32_t j) {
  pyrt_val v = pyrt_js_slots[j];
  if (i < l->len) l->items[i] = v;
  else pyrt_m_list_append(l, v);
  return pyrt_js_ok();
}

/* `length = n` through JS's proxy of a list, n <= its length. */
static void pyrt_js_list_truncate(pyrt_list *l, int64_t n) {
  if (n >= 0 && n < l->len) l->len = n;
}

/* JS's proxy of a dict: the entry of the key in slot 0, or -1 (-2 after an exception). */
static int64_t pyrt_js_dict_find(pyrt_dict *d) {
  int64_t s = pyrt_dict_find(d, pyrt_js_slots[0]);
  if (!pyrt_js_ok()) return -2;
  return s >= 0 ? d->idx[s] : -1;
}

/* d[slot k] = slot v; 0 after an exception (MemoryError). */
static uint32_t pyrt_js_dict_set(pyrt_dict *d, uint32_t k, uint32_t v) {
  pyrt_m_dict_setitem(d, pyrt_js_slots[k], pyrt_js_slots[v]);
  return pyrt_js_ok();
}

/* del d[slot 0], which JS found there. */
static void pyrt_js_dict_delete(pyrt_dict *d) {
  pyrt_m_dict_delitem(d, pyrt_js_slots[0]);
  pyrt_js_ok();
}

/* JS's proxy of a set: whether slot 0's value is in it; add or discard it
   (each -1 after an exception); the entry after position `pos` (-1: none)
   and its key's 64 bits, in Python's order. */
static int32_t pyrt_js_set_has(pyrt_set *s) {
  uint8_t r = pyrt_m_set_contains(s, pyrt_js_slots[0]);
  return pyrt_js_ok() ? r : -1;
}
static int32_t pyrt_js_set_add(pyrt_set *s) {
  pyrt_m_set_add(s, pyrt_js_slots[0]);
  return pyrt_js_ok() ? 0 : -1;
}
static int32_t pyrt_js_set_discard(pyrt_set *s) {
  pyrt_m_set_discard(s, pyrt_js_slots[0]);
  return pyrt_js_ok() ? 0 : -1;
}
static int64_t pyrt_js_set_next(pyrt_set *s, int64_t pos) { return pyrt_set_next(s, &pos); }
static int64_t pyrt_js_set_key(pyrt_set *s, int64_t i) { return s->e[i].key.i; }

/* A write through JS's proxy of an instance: slot 0's value (converted by
   JS) into the field at `offset`. */
static void pyrt_js_store(char *o, uint32_t offset) { memcpy(o + offset, &pyrt_js_slots[0], sizeof(pyrt_val)); }

/* str(o) of an object of descriptor d, for JS's String(proxy) and str() of
   a JsObject that is a proxy (NULL with pyrt_exc set). */
static pyrt_str *pyrt_js_str_of(void *o, const pyrt_desc *d) {
  pyrt_buf b = {0};
  pyrt_val v = {.p = o};
  d->str(d, v, &b);
  if (pyrt_exc) {
    free(b.d);
    return NULL;
  }
  return pyrt_buf_finish(&b);
}

/* After a thunk returned: the exception it raised, pinned for JS (0: none). */
static uint32_t pyrt_js_take_exc(void) {
  if (!pyrt_exc) return 0;
  uint32_t id = pyrt_js_pin(pyrt_exc);
  if (!id) return 0;
  pyrt_exc = NULL;
  return id;
}

/* The class name of the pinned exception (a C string), and its str(). */
static const char *pyrt_js_exc_name(uint32_t id) {
  pyrt_obj *e = pyrt_js_pinned(id);
  return e ? e->type->name : "Exception";
}
static pyrt_str *pyrt_js_exc_message(uint32_t id) {
  pyrt_obj *e = pyrt_js_pinned(id);
  pyrt_str *s = e ? pyrt_js_str_of(e, &pyrt_d_obj) : NULL;
  pyrt_js_ok(); /* a __str__ that raises: the message is empty */
  return s ? s : pyrt_str_new(0);
}

/* The JS value the pinned exception was made from (a JsException's), or 0. */
static uint32_t pyrt_js_exc_value(uint32_t id) {
  pyrt_obj *e = pyrt_js_pinned(id);
  return e && pyrt_is_subtype(e->type, &pyrt_t_JsException) ? pyrt_js_h(((pyrt_js_exc *)e)->js.p) : 0;
}

/* An exception nobody catches (it left a callback the event loop ran): its
   report, as at the end of main; the status to exit with. */
static int pyrt_js_uncaught(uint32_t id) {
  pyrt_exc = pyrt_js_pinned(id);
  pyrt_js_unpin(id);
  if (!pyrt_exc) return 1;
  return pyrt_uncaught();
}

/* ---- async functions ----

   Calling an async function makes a coroutine: a generator object whose
   resume function runs the body up to an `await` (it returns 1, the awaited
   JS value in `cur`) or to its end (0: the result as a JS value in `cur`, or
   an exception raised). The call runs the first step at once and gives the
   JS Promise of the result, which JS's side settles; JS resumes the
   coroutine from the reactions to the promises it awaits
   (pyrt_js_async_step). Its pin keeps it alive meanwhile. A coroutine's
   `closing` says how the await it resumes at ends: 0 with the value in
   `cur`, 1 raising what JS says the promise was rejected with, 2 raising
   the exception already raised (boxing the value failed). */

/* Run coroutine g (pinned as `pin`) to its next await, or to its end. */
static void pyrt_js_async_run(pyrt_gen *g, uint32_t pin) {
  if (g->it.next(&g->it)) {
    pyrt_jsi_async_await(pin, pyrt_js_h(g->it.cur.p));
    return;
  }
  uint32_t exc = 0;
  if (pyrt_exc) {
    exc = pyrt_js_take_exc();
    if (!exc) { /* the pin table is full */
      pyrt_exc = NULL;
      exc = PYRT_JS_THROWN;
    }
  }
  pyrt_jsi_async_settle(pin, exc ? 0 : pyrt_js_h(g->it.cur.p), exc);
  pyrt_js_unpin(pin);
}

/* An async function's call: start coroutine g; its Promise (NULL after MemoryError). */
static pyrt_js *pyrt_js_async_start(pyrt_gen *g) {
  uint32_t pin = pyrt_js_pin(g);
  if (!pin) {
    pyrt_raise(&pyrt_t_MemoryError, NULL);
    return NULL;
  }
  PYRT_ROOT(1);
  R_[0] = pyrt_js_box(pyrt_jsi_async_new(pin));
  if (pyrt_exc) pyrt_js_unpin(pin);
  else pyrt_js_async_run(g, pin);
  pyrt_js *p = R_[0];
  PYRT_UNROOT();
  return p;
}

/* JS's reaction to the promise coroutine `pin` awaits: go on with the value
   it was fulfilled with (handle h), or with what it was rejected with (JS's
   pending exception). A stale pin is ignored. */
static void pyrt_js_async_step(uint32_t pin, uint32_t h, uint32_t rejected) {
  pyrt_gen *g = pyrt_js_pinned(pin);
  if (!g) return;
  if (rejected) {
    g->closing = 1;
  } else {
    g->it.cur.p = pyrt_js_box(h);
    g->closing = pyrt_exc ? 2 : 0;
  }
  pyrt_js_async_run(g, pin);
}

/* At the await a coroutine resumes at: the JS value it gives (NULL with an exception raised). */
static pyrt_js *pyrt_js_awaited(pyrt_gen *g) {
  uint8_t how = g->closing;
  g->closing = 0;
  if (how == 1) pyrt_js_raise_pending();
  return how ? NULL : g->it.cur.p;
}
