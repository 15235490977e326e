/* pyrt's C runtime: the objects, the garbage collector and the operations that
 * translated programs call. The C backend (backends/c) emits one C file: this
 * text, then the program. Everything here is `static`, so the C compiler sees one
 * translation unit and inlines freely.
 *
 * Values (see ir/src/layout.rs, shared with the wasm backend):
 *   None  -> uint8_t (always 0)          bool  -> uint8_t (0 or 1)
 *   int   -> int64_t, INT64_MIN excluded: an operation that would produce it, or
 *            leave the 64-bit range, raises OverflowError. INT64_MIN is the None
 *            of an `int | None`.
 *   float -> double; the None of a `float | None` is a signalling NaN no
 *            arithmetic produces (PYRT_NONE_F64_BITS).
 *   everything else -> a pointer to a GC object; NULL is its None.
 * Inside containers every value is one 8-byte `pyrt_val`, and the container
 * carries the descriptor (`pyrt_desc`) of its elements: how to trace, compare,
 * hash and print them.
 *
 * Garbage collection is precise mark and sweep. Roots are the shadow stack (every
 * translated function keeps its live references in a frame array linked through
 * `pyrt_top`), the reference globals, the constants, the exception being raised,
 * and the runtime's own temporary roots (`PYRT_ROOT`). Objects come from malloc and
 * are linked in one list; the sweep frees the unmarked. A collection runs when
 * the bytes allocated since the last one exceed the live bytes after it (at
 * least 4 MiB), or at every allocation when PYRT_GC_STRESS=1.
 *
 * Exceptions: a raising operation sets `pyrt_exc` and returns a dummy value;
 * translated code tests `pyrt_exc` after each call that may raise and jumps to
 * its handler or returns. No setjmp anywhere.
 */
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <float.h>
#include <errno.h>

/* Programs use a part of the runtime; the rest is not worth a warning. The
   translated program after it is compiled with every warning. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#pragma GCC diagnostic ignored "-Wunused-variable"

#define PYRT_LIKELY(x) __builtin_expect(!!(x), 1)
#define PYRT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define PYRT_UNUSED __attribute__((unused))
/* Marks a function that never collects garbage, except while raising an
   exception made from constants alone. The C backend drops the frame of a
   translated function whose every call is to such functions (backends/c's
   frames.rs); so mark one only if that holds for everything it calls. */
#define PYRT_NOGC

typedef union pyrt_val {
  int64_t i;
  double f;
  void *p;
} pyrt_val;

static PYRT_NOGC pyrt_val pyrt_vi(int64_t i) { pyrt_val v; v.i = i; return v; }
static PYRT_NOGC pyrt_val pyrt_vf(double f) { pyrt_val v; v.f = f; return v; }
static PYRT_NOGC pyrt_val pyrt_vp(void *p) { pyrt_val v; v.p = p; return v; }

/* PYRT_K_STATIC: a pointer to static data (a class), never traced. */
enum { PYRT_K_NONE, PYRT_K_BOOL, PYRT_K_INT, PYRT_K_FLOAT, PYRT_K_REF, PYRT_K_STATIC };

#define PYRT_NONE_I64 INT64_MIN
#define PYRT_NONE_F64_BITS 0x7FF4000000000DEDull
#define PYRT_NONE_BOOL 2

/* ---- objects ---- */

typedef struct pyrt_type pyrt_type;
typedef struct pyrt_desc pyrt_desc;

/* 16 bytes with 4-byte pointers too (wasm32), as ir/src/layout.rs says. */
#if UINTPTR_MAX == 0xFFFFFFFFu
#define PYRT_PAD32(name) uint32_t name;
#else
#define PYRT_PAD32(name)
#endif
typedef struct pyrt_obj {
  const pyrt_type *type;
  PYRT_PAD32(pad0_)
  uintptr_t gc; /* next object in the heap list | mark bit */
  PYRT_PAD32(pad1_)
} pyrt_obj;

/* What a heap object is; the collector traces by it. */
enum { PYRT_O_STR, PYRT_O_LIST, PYRT_O_TUPLE, PYRT_O_INST, PYRT_O_ITER, PYRT_O_CFRAME, PYRT_O_DICT, PYRT_O_SET, PYRT_O_BOX, PYRT_O_FOREIGN };

struct pyrt_type {
  const char *name;   /* the Python class name */
  const char *module; /* NULL for built-ins and the main module */
  const pyrt_type *base;
  uint8_t okind;
  uint32_t size;          /* instances: the whole object's size */
  const uint32_t *refs;   /* instances: offsets of reference fields */
  uint32_t nrefs;
  void *const *vtable;    /* instances: methods by slot number */
  void (*trace)(pyrt_obj *); /* iterators: marks what the iterator holds beyond `cur`; closure frames: their slots */
};

typedef struct pyrt_buf { uint32_t *d; size_t len, cap; } pyrt_buf;

struct pyrt_desc {
  uint8_t kind;
  void (*repr)(const pyrt_desc *, pyrt_val, pyrt_buf *);
  void (*str)(const pyrt_desc *, pyrt_val, pyrt_buf *);
  int (*eq)(const pyrt_desc *, pyrt_val, pyrt_val); /* 1, 0, or -1 with pyrt_exc set */
  int64_t (*hash)(const pyrt_desc *, pyrt_val);     /* CPython's hash, or -1 with pyrt_exc set */
  int (*lt)(const pyrt_desc *, pyrt_val, pyrt_val); /* a < b: 1, 0, or -1 with pyrt_exc set */
  uint32_t n;               /* tuples: fields; lists, sets, iterators: 1; dicts: 2 */
  const pyrt_desc *const *elems;
};

typedef struct pyrt_str {
  pyrt_obj h;
  int64_t len;
  int64_t hash;
  uint32_t cp[];
} pyrt_str;

typedef struct pyrt_list {
  pyrt_obj h;
  const pyrt_desc *elem;
  int64_t len, cap;
  pyrt_val *items;
} pyrt_list;

typedef struct pyrt_tuple {
  pyrt_obj h;
  const pyrt_desc *desc;
  int64_t len;
  pyrt_val items[];
} pyrt_tuple;

/* An instance of a built-in exception class or of a class derived from one:
 * `args` comes first, the program's fields follow. */
typedef struct pyrt_exc_obj {
  pyrt_obj h;
  pyrt_tuple *args;
} pyrt_exc_obj;

/* An iterator: `next` advances it (1: `cur` holds the element; 0: exhausted). */
typedef struct pyrt_iter {
  pyrt_obj h;
  uint8_t (*next)(struct pyrt_iter *);
  const pyrt_desc *elem;
  pyrt_val cur;
} pyrt_iter;

typedef struct pyrt_list_iter {
  pyrt_iter it;
  pyrt_list *list;
  int64_t i;
} pyrt_list_iter;

/* ---- the shadow stack and the exception state ---- */

typedef struct pyrt_frame {
  struct pyrt_frame *prev;
  uint32_t n;
  void **slots;
} pyrt_frame;

static pyrt_frame *pyrt_top;
static pyrt_obj *pyrt_exc;      /* the exception being raised, or NULL */
static int64_t pyrt_depth;      /* live Python frames */
#define PYRT_RECURSION_LIMIT 1000

/* Roots of the runtime's own functions: `PYRT_ROOT(n)` declares `void *R_[n]`
 * linked into the shadow stack until `PYRT_UNROOT()`. */
#define PYRT_ROOT(n) \
  void *R_[n] = {0}; \
  pyrt_frame F_ = {pyrt_top, (n), R_}; \
  pyrt_top = &F_
#define PYRT_UNROOT() (pyrt_top = F_.prev)

/* ---- output ---- */

static char pyrt_out[1 << 16];
static size_t pyrt_out_len;

static void pyrt_flush(void) {
  if (pyrt_out_len) fwrite(pyrt_out, 1, pyrt_out_len, stdout);
  pyrt_out_len = 0;
  fflush(stdout);
}

static void pyrt_write_bytes(const char *s, size_t n) {
  if (pyrt_out_len + n > sizeof pyrt_out) {
    pyrt_flush();
    if (n > sizeof pyrt_out) {
      fwrite(s, 1, n, stdout);
      return;
    }
  }
  memcpy(pyrt_out + pyrt_out_len, s, n);
  pyrt_out_len += n;
}

static PYRT_UNUSED void pyrt_fatal(const char *msg) {
  pyrt_flush();
  fprintf(stderr, "pyrt: fatal: %s\n", msg);
  exit(70);
}

/* ---- the garbage collector ---- */

static uintptr_t pyrt_heap;      /* the list of every object (through obj.gc) */
static size_t pyrt_allocated;    /* bytes since the last collection */
static size_t pyrt_threshold = 4u << 20;
static size_t pyrt_live;
static int pyrt_stress;
static void ***pyrt_global_roots; /* addresses of the reference globals */
static size_t pyrt_nglobal_roots;
static pyrt_obj **pyrt_mark_stack;
static size_t pyrt_mark_len, pyrt_mark_cap;
static pyrt_obj *pyrt_memory_error; /* made at start-up: raising it allocates nothing */

/* Memory for objects. An object's `gc` word is the next object in the heap
 * list, its mark (bit 0) and its size class (bits 1-3): small objects (class
 * k holds 16*k bytes, up to 112) come from per-class free lists refilled from
 * 256 KiB chunks, so allocating one is a pop or a bump and freeing it a push;
 * larger ones (class 0) are malloc's. Under AddressSanitizer every object is
 * malloc's, so the sanitizer still sees each object's lifetime. */
#define PYRT_GC_BITS ((uintptr_t)15)
#if defined(__SANITIZE_ADDRESS__)
#define PYRT_SIZE_CLASS(size) ((uintptr_t)0 * (size))
#else
#define PYRT_SIZE_CLASS(size) ((size) <= 112 ? ((uintptr_t)(size) + 15) >> 4 : 0)
#endif
static pyrt_obj *pyrt_free_lists[8]; /* linked through `type` */
static char *pyrt_chunk_cur, *pyrt_chunk_end;

/* A free object of size class cls (1..7), zeroed, or NULL when none is free. */
static inline pyrt_obj *pyrt_pop_free(uintptr_t cls) {
  pyrt_obj *o = pyrt_free_lists[cls];
  if (o) {
    pyrt_free_lists[cls] = (pyrt_obj *)(uintptr_t)o->type;
    memset(o, 0, cls << 4);
  }
  return o;
}

/* Zeroed memory for an object of `size` bytes and size class cls, or NULL. */
static pyrt_obj *pyrt_take(uintptr_t cls, size_t size) {
  if (!cls) return calloc(1, size);
  pyrt_obj *o = pyrt_pop_free(cls);
  if (o) return o;
  size_t bytes = cls << 4;
  if (PYRT_UNLIKELY((size_t)(pyrt_chunk_end - pyrt_chunk_cur) < bytes)) {
    /* The chunk's tail (under 112 bytes) is left unused. */
    size_t n = (size_t)256 << 10;
    char *c = malloc(n);
    if (!c) return NULL;
    pyrt_chunk_cur = c;
    pyrt_chunk_end = c + n;
  }
  o = (pyrt_obj *)pyrt_chunk_cur;
  pyrt_chunk_cur += bytes;
  memset(o, 0, bytes);
  return o;
}

/* The zeroed memory o (size bytes, size class cls) made an object of type t,
   counted and linked into the heap list. */
static inline void *pyrt_link(pyrt_obj *o, const pyrt_type *t, size_t size, uintptr_t cls) {
  pyrt_allocated += size;
  o->type = t;
  o->gc = pyrt_heap | (cls << 1);
  pyrt_heap = (uintptr_t)o;
  return o;
}

static void pyrt_release(pyrt_obj *o) {
  uintptr_t cls = (o->gc >> 1) & 7;
  if (!cls) {
    free(o);
    return;
  }
  o->type = (const pyrt_type *)(uintptr_t)pyrt_free_lists[cls];
  pyrt_free_lists[cls] = o;
}

static void pyrt_mark(void *p) {
  pyrt_obj *o = p;
  if (!o || (o->gc & 1)) return;
  o->gc |= 1;
  if (o->type->okind == PYRT_O_STR) return;
  if (pyrt_mark_len == pyrt_mark_cap) {
    size_t cap = pyrt_mark_cap ? pyrt_mark_cap * 2 : 4096;
    pyrt_obj **s = realloc(pyrt_mark_stack, cap * sizeof *s);
    if (!s) pyrt_fatal("out of memory while collecting garbage");
    pyrt_mark_stack = s;
    pyrt_mark_cap = cap;
  }
  pyrt_mark_stack[pyrt_mark_len++] = o;
}

static void pyrt_mark_val(const pyrt_desc *d, pyrt_val v) {
  if (d->kind == PYRT_K_REF) pyrt_mark(v.p);
}

/* Dicts (collections.c). */
static void pyrt_dict_trace(pyrt_obj *o);
static void pyrt_dict_free(pyrt_obj *o);
static size_t pyrt_dict_size(pyrt_obj *o);
/* Closure frames (below). */
static size_t pyrt_cframe_size(pyrt_obj *o);
/* Sets (sets.c). */
static void pyrt_set_trace(pyrt_obj *o);
static void pyrt_set_free(pyrt_obj *o);
static size_t pyrt_set_size(pyrt_obj *o);

static void pyrt_trace(pyrt_obj *o) {
  switch (o->type->okind) {
  case PYRT_O_DICT:
    pyrt_dict_trace(o);
    break;
  case PYRT_O_SET:
    pyrt_set_trace(o);
    break;
  case PYRT_O_LIST: {
    pyrt_list *l = (pyrt_list *)o;
    if (l->elem->kind == PYRT_K_REF)
      for (int64_t i = 0; i < l->len; i++) pyrt_mark(l->items[i].p);
    break;
  }
  case PYRT_O_TUPLE: {
    pyrt_tuple *t = (pyrt_tuple *)o;
    for (int64_t i = 0; i < t->len; i++) pyrt_mark_val(t->desc->elems[i], t->items[i]);
    break;
  }
  case PYRT_O_INST:
    for (uint32_t k = 0; k < o->type->nrefs; k++) pyrt_mark(*(void **)((char *)o + o->type->refs[k]));
    break;
  case PYRT_O_ITER: {
    pyrt_iter *it = (pyrt_iter *)o;
    pyrt_mark_val(it->elem, it->cur);
    if (o->type->trace) o->type->trace(o);
    break;
  }
  default:
    if (o->type->trace) o->type->trace(o);
    break;
  }
}

static size_t pyrt_size_of(pyrt_obj *o) {
  switch (o->type->okind) {
  case PYRT_O_STR: return sizeof(pyrt_str) + 4 * (size_t)((pyrt_str *)o)->len;
  case PYRT_O_LIST: return sizeof(pyrt_list) + sizeof(pyrt_val) * (size_t)((pyrt_list *)o)->cap;
  case PYRT_O_TUPLE: return sizeof(pyrt_tuple) + sizeof(pyrt_val) * (size_t)((pyrt_tuple *)o)->len;
  case PYRT_O_DICT: return pyrt_dict_size(o);
  case PYRT_O_SET: return pyrt_set_size(o);
  case PYRT_O_CFRAME: return pyrt_cframe_size(o);
  default: return o->type->size;
  }
}

/* Objects that stand for something outside the heap (PYRT_O_FOREIGN: a JS
   value, on the wasm backend's JS hosts) and roots held outside the shadow
   stack (JS's proxies of Python objects): set by the code that makes them
   (runtime/wasm/interop.c), NULL in programs without any. */
static void (*pyrt_foreign_free)(pyrt_obj *);
static void (*pyrt_foreign_roots)(void);

static void pyrt_collect(void) {
  pyrt_mark_len = 0;
  if (pyrt_foreign_roots) pyrt_foreign_roots();
  for (pyrt_frame *f = pyrt_top; f; f = f->prev)
    for (uint32_t i = 0; i < f->n; i++) pyrt_mark(f->slots[i]);
  for (size_t i = 0; i < pyrt_nglobal_roots; i++) pyrt_mark(*pyrt_global_roots[i]);
  pyrt_mark(pyrt_exc);
  pyrt_mark(pyrt_memory_error);
  while (pyrt_mark_len) pyrt_trace(pyrt_mark_stack[--pyrt_mark_len]);
  uintptr_t *link = &pyrt_heap;
  size_t live = 0;
  while (*link & ~PYRT_GC_BITS) {
    pyrt_obj *o = (pyrt_obj *)(*link & ~PYRT_GC_BITS);
    if (o->gc & 1) {
      o->gc &= ~(uintptr_t)1;
      live += pyrt_size_of(o);
      link = &o->gc;
    } else {
      *link = (*link & PYRT_GC_BITS) | (o->gc & ~PYRT_GC_BITS);
      if (o->type->okind == PYRT_O_LIST) free(((pyrt_list *)o)->items);
      else if (o->type->okind == PYRT_O_DICT) pyrt_dict_free(o);
      else if (o->type->okind == PYRT_O_SET) pyrt_set_free(o);
      else if (o->type->okind == PYRT_O_FOREIGN) pyrt_foreign_free(o);
      pyrt_release(o);
    }
  }
  pyrt_live = live;
  pyrt_allocated = 0;
  pyrt_threshold = live > (4u << 20) ? live : (4u << 20);
}

static void pyrt_raise_memory_error(void) { pyrt_exc = pyrt_memory_error; }

/* A new zeroed object of `size` bytes, or NULL with MemoryError raised. */
static void *pyrt_alloc(const pyrt_type *t, size_t size) {
  if (PYRT_UNLIKELY(pyrt_stress || pyrt_allocated > pyrt_threshold)) pyrt_collect();
  uintptr_t cls = PYRT_SIZE_CLASS(size);
  pyrt_obj *o = pyrt_take(cls, size);
  if (PYRT_UNLIKELY(!o)) {
    pyrt_collect();
    o = pyrt_take(cls, size);
    if (!o) {
      pyrt_raise_memory_error();
      return NULL;
    }
  }
  return pyrt_link(o, t, size, cls);
}

/* A new instance of the program's class t: the common case (a free object of
   its size class, no collection due) inline, the rest through pyrt_alloc. */
static inline void *pyrt_new(const pyrt_type *t) {
  uintptr_t cls = PYRT_SIZE_CLASS(t->size);
  pyrt_obj *o;
  if (PYRT_UNLIKELY(!cls || pyrt_stress || pyrt_allocated > pyrt_threshold || !(o = pyrt_pop_free(cls)))) return pyrt_alloc(t, t->size);
  return pyrt_link(o, t, t->size, cls);
}

/* ---- exceptions ---- */

#define PYRT_EXC_TYPE(id, pyname, basep) \
  static const pyrt_type id = {pyname, NULL, basep, PYRT_O_INST, sizeof(pyrt_exc_obj), pyrt_exc_refs, 1, NULL, NULL};

static const uint32_t pyrt_exc_refs[] = {offsetof(pyrt_exc_obj, args)};
PYRT_EXC_TYPE(pyrt_t_BaseException, "BaseException", NULL)
PYRT_EXC_TYPE(pyrt_t_Exception, "Exception", &pyrt_t_BaseException)
PYRT_EXC_TYPE(pyrt_t_ArithmeticError, "ArithmeticError", &pyrt_t_Exception)
PYRT_EXC_TYPE(pyrt_t_ZeroDivisionError, "ZeroDivisionError", &pyrt_t_ArithmeticError)
PYRT_EXC_TYPE(pyrt_t_OverflowError, "OverflowError", &pyrt_t_ArithmeticError)
PYRT_EXC_TYPE(pyrt_t_ValueError, "ValueError", &pyrt_t_Exception)
PYRT_EXC_TYPE(pyrt_t_TypeError, "TypeError", &pyrt_t_Exception)
PYRT_EXC_TYPE(pyrt_t_LookupError, "LookupError", &pyrt_t_Exception)
PYRT_EXC_TYPE(pyrt_t_IndexError, "IndexError", &pyrt_t_LookupError)
PYRT_EXC_TYPE(pyrt_t_KeyError, "KeyError", &pyrt_t_LookupError)
PYRT_EXC_TYPE(pyrt_t_AssertionError, "AssertionError", &pyrt_t_Exception)
PYRT_EXC_TYPE(pyrt_t_NameError, "NameError", &pyrt_t_Exception)
PYRT_EXC_TYPE(pyrt_t_UnboundLocalError, "UnboundLocalError", &pyrt_t_NameError)
PYRT_EXC_TYPE(pyrt_t_RuntimeError, "RuntimeError", &pyrt_t_Exception)
PYRT_EXC_TYPE(pyrt_t_RecursionError, "RecursionError", &pyrt_t_RuntimeError)
PYRT_EXC_TYPE(pyrt_t_NotImplementedError, "NotImplementedError", &pyrt_t_RuntimeError)
PYRT_EXC_TYPE(pyrt_t_StopIteration, "StopIteration", &pyrt_t_Exception)
PYRT_EXC_TYPE(pyrt_t_AttributeError, "AttributeError", &pyrt_t_Exception)
PYRT_EXC_TYPE(pyrt_t_EOFError, "EOFError", &pyrt_t_Exception)
PYRT_EXC_TYPE(pyrt_t_MemoryError, "MemoryError", &pyrt_t_Exception)
PYRT_EXC_TYPE(pyrt_t_SystemExit, "SystemExit", &pyrt_t_BaseException)
PYRT_EXC_TYPE(pyrt_t_KeyboardInterrupt, "KeyboardInterrupt", &pyrt_t_BaseException)

static PYRT_NOGC int pyrt_is_subtype(const pyrt_type *t, const pyrt_type *c) {
  for (; t; t = t->base)
    if (t == c) return 1;
  return 0;
}

static int pyrt_isinstance(void *o, const pyrt_type *c) { return o && pyrt_is_subtype(((pyrt_obj *)o)->type, c); }

/* ---- strings ---- */

static const pyrt_type pyrt_t_str = {"str", NULL, NULL, PYRT_O_STR, 0, NULL, 0, NULL, NULL};

static pyrt_str *pyrt_str_new(int64_t len) {
  pyrt_str *s = pyrt_alloc(&pyrt_t_str, sizeof(pyrt_str) + 4 * (size_t)len);
  if (s) {
    s->len = len;
    s->hash = -1;
  }
  return s;
}

/* Immortal objects: static data the collector sees as always marked (their
   mark bit is set and never cleared, as only the heap is swept). Strings of
   one Latin-1 character are shared, as CPython shares them. */
typedef struct pyrt_char_str {
  pyrt_obj h;
  int64_t len;
  int64_t hash;
  uint32_t cp[1];
} pyrt_char_str;
static pyrt_char_str pyrt_chars[256];

/* The string of one code point (shared below 256). */
static pyrt_str *pyrt_str_char(uint32_t c) {
  if (c < 256) return (pyrt_str *)&pyrt_chars[c];
  pyrt_str *r = pyrt_str_new(1);
  if (r) r->cp[0] = c;
  return r;
}

/* Decode UTF-8 (from the translator: always valid). */
static pyrt_str *pyrt_str_utf8(const char *u, size_t n) {
  int64_t len = 0;
  for (size_t i = 0; i < n; i++) len += ((unsigned char)u[i] & 0xC0) != 0x80;
  pyrt_str *s = pyrt_str_new(len);
  if (!s) return NULL;
  int64_t k = 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)u[i];
    uint32_t cp;
    int extra;
    if (c < 0x80) { cp = c; extra = 0; }
    else if (c < 0xE0) { cp = c & 0x1F; extra = 1; }
    else if (c < 0xF0) { cp = c & 0x0F; extra = 2; }
    else { cp = c & 0x07; extra = 3; }
    i++;
    for (int j = 0; j < extra && i < n; j++, i++) cp = (cp << 6) | ((unsigned char)u[i] & 0x3F);
    s->cp[k++] = cp;
  }
  return s;
}

static pyrt_str *pyrt_str_ascii(const char *a) { return pyrt_str_utf8(a, strlen(a)); }

static void pyrt_buf_grow(pyrt_buf *b, size_t more) {
  if (b->len + more <= b->cap) return;
  size_t cap = b->cap ? b->cap * 2 : 64;
  while (cap < b->len + more) cap *= 2;
  uint32_t *d = realloc(b->d, cap * 4);
  if (!d) pyrt_fatal("out of memory");
  b->d = d;
  b->cap = cap;
}

static void pyrt_buf_cp(pyrt_buf *b, uint32_t cp) {
  pyrt_buf_grow(b, 1);
  b->d[b->len++] = cp;
}

static void pyrt_buf_ascii(pyrt_buf *b, const char *s) {
  size_t n = strlen(s);
  pyrt_buf_grow(b, n);
  for (size_t i = 0; i < n; i++) b->d[b->len++] = (unsigned char)s[i];
}

static void pyrt_buf_str(pyrt_buf *b, const pyrt_str *s) {
  if (s->len == 0) return; /* memcpy with a NULL buffer is undefined even for 0 bytes */
  pyrt_buf_grow(b, (size_t)s->len);
  memcpy(b->d + b->len, s->cp, 4 * (size_t)s->len);
  b->len += (size_t)s->len;
}

/* The buffer's text as a new str (the buffer is freed). */
static pyrt_str *pyrt_buf_finish(pyrt_buf *b) {
  pyrt_str *s = pyrt_str_new((int64_t)b->len);
  if (s && b->len) memcpy(s->cp, b->d, 4 * b->len);
  free(b->d);
  b->d = NULL;
  b->len = b->cap = 0;
  return s;
}

static pyrt_str *pyrt_str_concat(pyrt_str *a, pyrt_str *b) {
  if (a->len == 0) return b;
  if (b->len == 0) return a;
  pyrt_str *s = pyrt_str_new(a->len + b->len);
  if (!s) return NULL;
  memcpy(s->cp, a->cp, 4 * (size_t)a->len);
  memcpy(s->cp + a->len, b->cp, 4 * (size_t)b->len);
  return s;
}

static PYRT_NOGC inline uint8_t pyrt_str_eq(const pyrt_str *a, const pyrt_str *b) {
  if (a == b) return 1;
  if (a->len != b->len) return 0;
  /* The first code point inline: most unequal strings differ there. */
  if (a->len == 0) return 1;
  if (a->cp[0] != b->cp[0]) return 0;
  return memcmp(a->cp + 1, b->cp + 1, 4 * (size_t)(a->len - 1)) == 0;
}

static int pyrt_str_cmp_from(const pyrt_str *a, const pyrt_str *b);
/* <0, 0 or >0 as a sorts before, with or after b; the first code points inline. */
static PYRT_NOGC inline int pyrt_str_cmp(const pyrt_str *a, const pyrt_str *b) {
  if (a->len && b->len && a->cp[0] != b->cp[0]) return a->cp[0] < b->cp[0] ? -1 : 1;
  return pyrt_str_cmp_from(a, b);
}
static int pyrt_str_cmp_from(const pyrt_str *a, const pyrt_str *b) {
  int64_t n = a->len < b->len ? a->len : b->len, i = 0;
  /* The common prefix four code points at a time, then the first difference. */
  for (; i + 4 <= n; i += 4) {
    uint64_t x[2], y[2];
    memcpy(x, a->cp + i, 16);
    memcpy(y, b->cp + i, 16);
    if ((x[0] ^ y[0]) | (x[1] ^ y[1])) break;
  }
  for (; i < n; i++)
    if (a->cp[i] != b->cp[i]) return a->cp[i] < b->cp[i] ? -1 : 1;
  return a->len < b->len ? -1 : a->len > b->len;
}

/* The UTF-8 encoding of code point c in out; returns its length. */
static size_t pyrt_utf8(uint32_t c, char out[4]) {
  if (c < 0x80) { out[0] = (char)c; return 1; }
  if (c < 0x800) { out[0] = (char)(0xC0 | (c >> 6)); out[1] = (char)(0x80 | (c & 0x3F)); return 2; }
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | (c >> 12)); out[1] = (char)(0x80 | ((c >> 6) & 0x3F)); out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (c >> 18)); out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3F)); out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

static void pyrt_write_str(const pyrt_str *s) {
  char tmp[4];
  for (int64_t i = 0; i < s->len; i++) pyrt_write_bytes(tmp, pyrt_utf8(s->cp[i], tmp));
}

/* ---- raising ---- */

static const pyrt_desc pyrt_d_str;
static const pyrt_desc *const pyrt_d_str1[1] = {&pyrt_d_str};
static const pyrt_desc pyrt_d_tuple_str1;
static const pyrt_type pyrt_t_tuple;

static pyrt_tuple *pyrt_tuple_new(const pyrt_desc *d, int64_t n) {
  pyrt_tuple *t = pyrt_alloc(&pyrt_t_tuple, sizeof(pyrt_tuple) + sizeof(pyrt_val) * (size_t)n);
  if (t) {
    t->desc = d;
    t->len = n;
  }
  return t;
}

/* A new instance of the exception type `t` with no arguments yet. */
static pyrt_exc_obj *pyrt_exc_alloc(const pyrt_type *t) {
  return pyrt_alloc(t, t->size);
}

/* raise t(msg); msg NULL: no arguments. */
static PYRT_NOGC void pyrt_raise(const pyrt_type *t, const char *msg) {
  if (pyrt_exc) return;
  PYRT_ROOT(2);
  pyrt_exc_obj *e = R_[0] = pyrt_exc_alloc(t);
  if (e) {
    if (msg) {
      pyrt_str *s = R_[1] = pyrt_str_ascii(msg);
      pyrt_tuple *a = s ? pyrt_tuple_new(&pyrt_d_tuple_str1, 1) : NULL;
      if (a) {
        a->items[0].p = s;
        e->args = a;
      }
    } else {
      e->args = pyrt_tuple_new(&pyrt_d_tuple_str1, 0);
    }
  }
  PYRT_UNROOT();
  if (!pyrt_exc) pyrt_exc = (pyrt_obj *)e;
}

/* raise t(msg) with a message the runtime made (a str). */
static void pyrt_raise_msg(const pyrt_type *t, pyrt_str *msg) {
  if (pyrt_exc || !msg) return;
  PYRT_ROOT(2);
  R_[0] = msg;
  pyrt_exc_obj *e = R_[1] = pyrt_exc_alloc(t);
  pyrt_tuple *a = e ? pyrt_tuple_new(&pyrt_d_tuple_str1, 1) : NULL;
  PYRT_UNROOT();
  if (!a) return;
  a->items[0].p = R_[0];
  e->args = a;
  pyrt_exc = (pyrt_obj *)e;
}

/* raise t(the buffer's text); the buffer is used up. */
static void pyrt_raise_buf(const pyrt_type *t, pyrt_buf *b) {
  if (pyrt_exc) {
    free(b->d);
    b->d = NULL;
    return;
  }
  pyrt_raise_msg(t, pyrt_buf_finish(b));
}

static void pyrt_raise_obj(void *e) { pyrt_exc = e; }

static PYRT_NOGC void pyrt_overflow(void) { pyrt_raise(&pyrt_t_OverflowError, "int too large for the c backend (beyond 64 bits)"); }

/* ---- descriptors of scalars and str ---- */

static void pyrt_buf_int(pyrt_buf *b, int64_t v) {
  char tmp[32];
  snprintf(tmp, sizeof tmp, "%lld", (long long)v);
  pyrt_buf_ascii(b, tmp);
}

static void pyrt_buf_float(pyrt_buf *b, double x);

static void pyrt_repr_none(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) { (void)d; (void)v; pyrt_buf_ascii(b, "None"); }
static void pyrt_repr_bool(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) { (void)d; pyrt_buf_ascii(b, v.i ? "True" : "False"); }
static void pyrt_repr_int(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) { (void)d; pyrt_buf_int(b, v.i); }
static void pyrt_repr_float(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) { (void)d; pyrt_buf_float(b, v.f); }
static void pyrt_repr_strval(const pyrt_desc *d, pyrt_val v, pyrt_buf *b);
static void pyrt_str_strval(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) { (void)d; pyrt_buf_str(b, v.p); }
static int pyrt_eq_bits(const pyrt_desc *d, pyrt_val a, pyrt_val b) { (void)d; return a.i == b.i; }
static int pyrt_eq_float(const pyrt_desc *d, pyrt_val a, pyrt_val b) { (void)d; return a.f == b.f; }
static int pyrt_eq_strval(const pyrt_desc *d, pyrt_val a, pyrt_val b) { (void)d; return pyrt_str_eq(a.p, b.p); }

/* CPython's hashes (3.11, 64-bit): ints modulo 2**61 - 1, floats by
   _Py_HashDouble, tuples by the xxHash-based tuplehash. str hashes are pyrt's
   own (CPython randomizes them per process). */
#define PYRT_HASH_BITS 61
#define PYRT_HASH_MODULUS (((uint64_t)1 << PYRT_HASH_BITS) - 1)
static int64_t pyrt_hash_i64(int64_t n) {
  uint64_t a = n < 0 ? -(uint64_t)n : (uint64_t)n;
  int64_t h = (int64_t)(a % PYRT_HASH_MODULUS);
  if (n < 0) h = -h;
  return h == -1 ? -2 : h;
}
static int64_t pyrt_hash_f64(double v) {
  if (isinf(v)) return v > 0 ? 314159 : -314159;
  if (isnan(v)) return 0;
  int e, sign = 1;
  double m = frexp(v, &e);
  if (m < 0) { sign = -1; m = -m; }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & PYRT_HASH_MODULUS) | x >> (PYRT_HASH_BITS - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= PYRT_HASH_MODULUS) x -= PYRT_HASH_MODULUS;
  }
  e = e >= 0 ? e % PYRT_HASH_BITS : PYRT_HASH_BITS - 1 - ((-1 - e) % PYRT_HASH_BITS);
  x = ((x << e) & PYRT_HASH_MODULUS) | x >> (PYRT_HASH_BITS - e);
  int64_t h = (int64_t)x * sign;
  return h == -1 ? -2 : h;
}
static int64_t pyrt_hash_str(pyrt_str *s) {
  if (s->hash != -1) return s->hash;
  uint64_t h = 14695981039346656037ull;
  for (int64_t i = 0; i < s->len; i++) {
    h ^= s->cp[i];
    h *= 1099511628211ull;
  }
  int64_t r = (int64_t)(h >> 1);
  s->hash = r;
  return r;
}
static int64_t pyrt_hash_none(const pyrt_desc *d, pyrt_val v) { (void)d; (void)v; return 4238894112; }
static int64_t pyrt_hash_int(const pyrt_desc *d, pyrt_val v) { (void)d; return pyrt_hash_i64(v.i); }
static int64_t pyrt_hash_float(const pyrt_desc *d, pyrt_val v) { (void)d; return pyrt_hash_f64(v.f); }
static int64_t pyrt_hash_strval(const pyrt_desc *d, pyrt_val v) { (void)d; return pyrt_hash_str(v.p); }
static int64_t pyrt_hash_tuple(const pyrt_desc *d, pyrt_val v);
static int64_t pyrt_hash_inst(const pyrt_desc *d, pyrt_val v);
static int pyrt_lt_none(const pyrt_desc *d, pyrt_val a, pyrt_val b);
static int pyrt_lt_int(const pyrt_desc *d, pyrt_val a, pyrt_val b) { (void)d; return a.i < b.i; }
static int pyrt_lt_float(const pyrt_desc *d, pyrt_val a, pyrt_val b) { (void)d; return a.f < b.f; }
static int pyrt_lt_strval(const pyrt_desc *d, pyrt_val a, pyrt_val b) { (void)d; return pyrt_str_cmp(a.p, b.p) < 0; }
static int pyrt_lt_tuple(const pyrt_desc *d, pyrt_val a, pyrt_val b);
static int pyrt_lt_inst(const pyrt_desc *d, pyrt_val a, pyrt_val b);

static const pyrt_desc pyrt_d_none = {PYRT_K_NONE, pyrt_repr_none, pyrt_repr_none, pyrt_eq_bits, pyrt_hash_none, pyrt_lt_none, 0, NULL};
static const pyrt_desc pyrt_d_bool = {PYRT_K_BOOL, pyrt_repr_bool, pyrt_repr_bool, pyrt_eq_bits, pyrt_hash_int, pyrt_lt_int, 0, NULL};
static const pyrt_desc pyrt_d_int = {PYRT_K_INT, pyrt_repr_int, pyrt_repr_int, pyrt_eq_bits, pyrt_hash_int, pyrt_lt_int, 0, NULL};
static const pyrt_desc pyrt_d_float = {PYRT_K_FLOAT, pyrt_repr_float, pyrt_repr_float, pyrt_eq_float, pyrt_hash_float, pyrt_lt_float, 0, NULL};
static const pyrt_desc pyrt_d_str = {PYRT_K_REF, pyrt_repr_strval, pyrt_str_strval, pyrt_eq_strval, pyrt_hash_strval, pyrt_lt_strval, 0, NULL};

/* repr/str/== of any value through its descriptor (the method table's `any.*`). */
static pyrt_str *pyrt_repr(const pyrt_desc *d, pyrt_val v) {
  pyrt_buf b = {0};
  d->repr(d, v, &b);
  if (pyrt_exc) {
    free(b.d);
    return NULL;
  }
  return pyrt_buf_finish(&b);
}

static pyrt_str *pyrt_to_str(const pyrt_desc *d, pyrt_val v) {
  if (d == &pyrt_d_str) return v.p;
  pyrt_buf b = {0};
  d->str(d, v, &b);
  if (pyrt_exc) {
    free(b.d);
    return NULL;
  }
  return pyrt_buf_finish(&b);
}

/* ---- int ---- */

/* dest = a op b (op: add, sub or mul), or OverflowError and `fail` (in
   translated code, a jump to the handler): checked int arithmetic, inline.
   `dest` may be `(void)` for a result nobody reads. */
#define PYRT_INT_OP(op, dest, a, b, fail) \
  do { \
    int64_t r_; \
    if (PYRT_UNLIKELY(__builtin_##op##_overflow((a), (b), &r_) || r_ == INT64_MIN)) { \
      pyrt_overflow(); \
      fail; \
    } \
    dest r_; \
  } while (0)
/* The same, as functions (for the runtime's own arithmetic). */
static PYRT_NOGC int64_t pyrt_int_add(int64_t a, int64_t b) {
  int64_t r;
  PYRT_INT_OP(add, r =, a, b, return 0);
  return r;
}
static PYRT_NOGC int64_t pyrt_int_sub(int64_t a, int64_t b) {
  int64_t r;
  PYRT_INT_OP(sub, r =, a, b, return 0);
  return r;
}
static PYRT_NOGC int64_t pyrt_int_mul(int64_t a, int64_t b) {
  int64_t r;
  PYRT_INT_OP(mul, r =, a, b, return 0);
  return r;
}
/* INT64_MIN never occurs, so -a and a / -1 cannot overflow. */
static PYRT_NOGC int64_t pyrt_int_floordiv(int64_t a, int64_t b) {
  if (PYRT_UNLIKELY(b == 0)) { pyrt_raise(&pyrt_t_ZeroDivisionError, "integer division or modulo by zero"); return 0; }
  int64_t q = a / b, r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) q -= 1;
  return q;
}
static PYRT_NOGC int64_t pyrt_int_mod(int64_t a, int64_t b) {
  if (PYRT_UNLIKELY(b == 0)) { pyrt_raise(&pyrt_t_ZeroDivisionError, "integer modulo by zero"); return 0; }
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}
static PYRT_NOGC double pyrt_int_truediv(int64_t a, int64_t b) {
  if (PYRT_UNLIKELY(b == 0)) { pyrt_raise(&pyrt_t_ZeroDivisionError, "division by zero"); return 0; }
  /* Exact when both fit a double's 53 bits; otherwise CPython rounds the exact
     quotient once, which long double division gives on x86-64 for these ranges. */
  if (a > -(1LL << 53) && a < (1LL << 53) && b > -(1LL << 53) && b < (1LL << 53)) return (double)a / (double)b;
  return (double)((long double)a / (long double)b);
}
static PYRT_NOGC int64_t pyrt_int_pow(int64_t a, int64_t b) {
  if (b < 0) {
    if (a == 0) pyrt_raise(&pyrt_t_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    else pyrt_raise(&pyrt_t_ValueError, "pyrt: int ** negative int gives a float; write float(x) ** n");
    return 0;
  }
  int64_t r = 1, x = a;
  while (b) {
    if (b & 1) { r = pyrt_int_mul(r, x); if (pyrt_exc) return 0; }
    b >>= 1;
    if (b) { x = pyrt_int_mul(x, x); if (pyrt_exc) return 0; }
  }
  return r;
}
static PYRT_NOGC int64_t pyrt_int_invert(int64_t a) { return ~a == INT64_MIN ? (pyrt_overflow(), 0) : ~a; }
static PYRT_NOGC int64_t pyrt_int_lshift(int64_t a, int64_t n) {
  if (n < 0) { pyrt_raise(&pyrt_t_ValueError, "negative shift count"); return 0; }
  if (a == 0) return 0;
  if (n >= 63) { pyrt_overflow(); return 0; }
  int64_t r = (int64_t)((uint64_t)a << n);
  if ((r >> n) != a || r == INT64_MIN) { pyrt_overflow(); return 0; }
  return r;
}
static PYRT_NOGC int64_t pyrt_int_rshift(int64_t a, int64_t n) {
  if (n < 0) { pyrt_raise(&pyrt_t_ValueError, "negative shift count"); return 0; }
  if (n >= 63) return a < 0 ? -1 : 0;
  return a >> n;
}
static int64_t pyrt_int_from_float(double x) {
  if (x != x) { pyrt_raise(&pyrt_t_ValueError, "cannot convert float NaN to integer"); return 0; }
  if (isinf(x)) { pyrt_raise(&pyrt_t_OverflowError, "cannot convert float infinity to integer"); return 0; }
  double t = trunc(x);
  if (!(t > -9223372036854775808.0 && t < 9223372036854775808.0)) { pyrt_overflow(); return 0; }
  return (int64_t)t;
}
static pyrt_str *pyrt_int_to_str(int64_t v) {
  char tmp[32];
  snprintf(tmp, sizeof tmp, "%lld", (long long)v);
  return pyrt_str_ascii(tmp);
}

/* ---- float ---- */

/* CPython's repr: the shortest digits that read back to x; positional when the
   decimal exponent is in [-4, 16), else scientific with at least 2 exponent digits. */
static void pyrt_buf_float(pyrt_buf *b, double x) {
  if (x != x) { pyrt_buf_ascii(b, "nan"); return; }
  if (isinf(x)) { pyrt_buf_ascii(b, x < 0 ? "-inf" : "inf"); return; }
  if (x == 0) { pyrt_buf_ascii(b, signbit(x) ? "-0.0" : "0.0"); return; }
  char tmp[40];
  int p;
  for (p = 1; p <= 17; p++) {
    snprintf(tmp, sizeof tmp, "%.*e", p - 1, x);
    if (strtod(tmp, NULL) == x) break;
  }
  /* tmp: [-]d[.ddd]e[+-]XX */
  char digits[20];
  int nd = 0, neg = 0;
  const char *s = tmp;
  if (*s == '-') { neg = 1; s++; }
  for (; *s && *s != 'e'; s++)
    if (*s != '.') digits[nd++] = *s;
  int e10 = atoi(s + 1);
  while (nd > 1 && digits[nd - 1] == '0') nd--;
  char out[64];
  int k = 0;
  if (neg) out[k++] = '-';
  if (e10 >= -4 && e10 < 16) {
    if (e10 < 0) {
      out[k++] = '0';
      out[k++] = '.';
      for (int i = 0; i < -e10 - 1; i++) out[k++] = '0';
      for (int i = 0; i < nd; i++) out[k++] = digits[i];
    } else {
      for (int i = 0; i <= e10; i++) out[k++] = i < nd ? digits[i] : '0';
      out[k++] = '.';
      if (nd > e10 + 1)
        for (int i = e10 + 1; i < nd; i++) out[k++] = digits[i];
      else
        out[k++] = '0';
    }
    out[k] = 0;
  } else {
    out[k++] = digits[0];
    if (nd > 1) {
      out[k++] = '.';
      for (int i = 1; i < nd; i++) out[k++] = digits[i];
    }
    snprintf(out + k, sizeof out - (size_t)k, "e%c%02d", e10 < 0 ? '-' : '+', e10 < 0 ? -e10 : e10);
  }
  pyrt_buf_ascii(b, out);
}

static pyrt_str *pyrt_float_repr(double x) {
  pyrt_buf b = {0};
  pyrt_buf_float(&b, x);
  return pyrt_buf_finish(&b);
}

static PYRT_NOGC double pyrt_float_truediv(double a, double b) {
  if (PYRT_UNLIKELY(b == 0)) { pyrt_raise(&pyrt_t_ZeroDivisionError, "float division by zero"); return 0; }
  return a / b;
}
static PYRT_NOGC double pyrt_float_mod(double a, double b) {
  if (PYRT_UNLIKELY(b == 0)) { pyrt_raise(&pyrt_t_ZeroDivisionError, "float modulo"); return 0; }
  double m = fmod(a, b);
  if (m != 0) {
    if ((b < 0) != (m < 0)) m += b;
  } else {
    m = copysign(0.0, b);
  }
  return m;
}
static PYRT_NOGC double pyrt_float_floordiv(double a, double b) {
  if (PYRT_UNLIKELY(b == 0)) { pyrt_raise(&pyrt_t_ZeroDivisionError, "float floor division by zero"); return 0; }
  double m = fmod(a, b);
  double div = (a - m) / b;
  if (m != 0 && ((b < 0) != (m < 0))) div -= 1.0;
  double fd;
  if (div != 0) {
    fd = floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = copysign(0.0, a / b);
  }
  return fd;
}
static PYRT_NOGC double pyrt_float_pow(double x, double y) {
  if (x == 0 && y < 0) { pyrt_raise(&pyrt_t_ZeroDivisionError, "0.0 cannot be raised to a negative power"); return 0; }
  if (x < 0 && isfinite(x) && isfinite(y) && y != floor(y)) {
    pyrt_raise(&pyrt_t_ValueError, "pyrt: complex result of float ** float is not supported");
    return 0;
  }
  errno = 0;
  double r = pow(x, y);
  if (isinf(r) && isfinite(x) && isfinite(y)) { pyrt_raise(&pyrt_t_OverflowError, "(34, 'Numerical result out of range')"); return 0; }
  return r;
}

/* ---- str operations ---- */

static pyrt_str *pyrt_str_index(pyrt_str *s, int64_t i) {
  if (i < 0) i += s->len;
  if (i < 0 || i >= s->len) { pyrt_raise(&pyrt_t_IndexError, "string index out of range"); return NULL; }
  return pyrt_str_char(s->cp[i]);
}

/* CPython's slice index adjustment; a None bound is PYRT_NONE_I64. */
static int pyrt_slice_indices(int64_t len, int64_t start, int64_t stop, int64_t step, int64_t *ostart, int64_t *ostop, int64_t *ostep) {
  if (step == PYRT_NONE_I64) step = 1;
  if (step == 0) { pyrt_raise(&pyrt_t_ValueError, "slice step cannot be zero"); return 0; }
  int64_t lo = step < 0 ? -1 : 0, hi = step < 0 ? len - 1 : len;
  if (start == PYRT_NONE_I64) start = step < 0 ? hi : lo;
  else if (start < 0) { start += len; if (start < lo) start = lo; }
  else if (start > hi) start = hi;
  if (stop == PYRT_NONE_I64) stop = step < 0 ? lo : hi;
  else if (stop < 0) { stop += len; if (stop < lo) stop = lo; }
  else if (stop > hi) stop = hi;
  *ostart = start; *ostop = stop; *ostep = step;
  return 1;
}

static int64_t pyrt_slice_len(int64_t start, int64_t stop, int64_t step) {
  if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
  return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
}

static pyrt_str *pyrt_str_slice(pyrt_str *s, int64_t a, int64_t b, int64_t c) {
  int64_t start, stop, step;
  if (!pyrt_slice_indices(s->len, a, b, c, &start, &stop, &step)) return NULL;
  int64_t n = pyrt_slice_len(start, stop, step);
  pyrt_str *r = pyrt_str_new(n);
  if (r)
    for (int64_t i = 0; i < n; i++) r->cp[i] = s->cp[start + i * step];
  return r;
}

static pyrt_str *pyrt_str_repeat(pyrt_str *s, int64_t n) {
  if (n <= 0 || s->len == 0) return pyrt_str_new(0);
  int64_t len;
  if (__builtin_mul_overflow(s->len, n, &len) || len > ((int64_t)1 << 40)) { pyrt_raise_memory_error(); return NULL; }
  pyrt_str *r = pyrt_str_new(len);
  if (r)
    for (int64_t i = 0; i < n; i++) memcpy(r->cp + i * s->len, s->cp, 4 * (size_t)s->len);
  return r;
}

static uint8_t pyrt_str_contains(pyrt_str *s, pyrt_str *sub) {
  if (sub->len == 0) return 1;
  for (int64_t i = 0; i + sub->len <= s->len; i++)
    if (memcmp(s->cp + i, sub->cp, 4 * (size_t)sub->len) == 0) return 1;
  return 0;
}

/* pyrt_nonprint comes from unicode_tables.h, placed ahead of this file. */

/* Whether c lies in one of the n sorted inclusive ranges t (the generated
   Unicode tables' form). */
static int pyrt_u_in(const uint32_t (*t)[2], size_t n, uint32_t c) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c < t[mid][0]) hi = mid;
    else if (c > t[mid][1]) lo = mid + 1;
    else return 1;
  }
  return 0;
}
#define PYRT_U_IN(tab, c) pyrt_u_in(tab, sizeof tab / sizeof tab[0], c)

static int pyrt_is_printable(uint32_t c) {
  if (c < 0x7F) return c >= 0x20;
  return !PYRT_U_IN(pyrt_nonprint, c);
}

static void pyrt_buf_str_repr(pyrt_buf *b, const pyrt_str *s) {
  int sq = 0, dq = 0;
  for (int64_t i = 0; i < s->len; i++) {
    if (s->cp[i] == '\'') sq = 1;
    if (s->cp[i] == '"') dq = 1;
  }
  uint32_t q = sq && !dq ? '"' : '\'';
  pyrt_buf_cp(b, q);
  for (int64_t i = 0; i < s->len; i++) {
    uint32_t c = s->cp[i];
    char tmp[12];
    if (c == q || c == '\\') { pyrt_buf_cp(b, '\\'); pyrt_buf_cp(b, c); }
    else if (c == '\n') pyrt_buf_ascii(b, "\\n");
    else if (c == '\r') pyrt_buf_ascii(b, "\\r");
    else if (c == '\t') pyrt_buf_ascii(b, "\\t");
    else if (pyrt_is_printable(c)) pyrt_buf_cp(b, c);
    else {
      if (c < 0x100) snprintf(tmp, sizeof tmp, "\\x%02x", c);
      else if (c < 0x10000) snprintf(tmp, sizeof tmp, "\\u%04x", c);
      else snprintf(tmp, sizeof tmp, "\\U%08x", c);
      pyrt_buf_ascii(b, tmp);
    }
  }
  pyrt_buf_cp(b, q);
}

static void pyrt_repr_strval(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) { (void)d; pyrt_buf_str_repr(b, v.p); }

static pyrt_str *pyrt_str_repr(pyrt_str *s) {
  pyrt_buf b = {0};
  pyrt_buf_str_repr(&b, s);
  return pyrt_buf_finish(&b);
}

/* int(s): CPython's rules for base 10 (whitespace, sign, underscores between digits). */
static int pyrt_is_space(uint32_t c) { return c == ' ' || (c >= 9 && c <= 13) || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x1F || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000; }

/* The value of a Unicode decimal digit, or -1 (library.c, from the generated tables). */
static int pyrt_u_decimal_value(uint32_t c);

static int64_t pyrt_int_from_str(pyrt_str *s) {
  int64_t i = 0, n = s->len;
  while (i < n && pyrt_is_space(s->cp[i])) i++;
  while (n > i && pyrt_is_space(s->cp[n - 1])) n--;
  int neg = 0;
  if (i < n && (s->cp[i] == '+' || s->cp[i] == '-')) neg = s->cp[i++] == '-';
  uint64_t v = 0;
  int ok = i < n, prev_digit = 0, big = 0;
  for (int64_t k = i; k < n && ok; k++) {
    uint32_t c = s->cp[k];
    int dv = c >= '0' && c <= '9' ? (int)(c - '0') : c >= 128 ? pyrt_u_decimal_value(c) : -1;
    if (dv >= 0) {
      if (v > (UINT64_MAX - 9) / 10) big = 1;
      else v = v * 10 + (uint64_t)dv;
      prev_digit = 1;
    } else if (c == '_' && prev_digit && k + 1 < n) {
      prev_digit = 0;
    } else {
      ok = 0;
    }
  }
  if (!ok || !prev_digit) {
    pyrt_buf b = {0};
    pyrt_buf_ascii(&b, "invalid literal for int() with base 10: ");
    pyrt_buf_str_repr(&b, s);
    pyrt_raise_buf(&pyrt_t_ValueError, &b);
    return 0;
  }
  if (big || v > (uint64_t)INT64_MAX) { pyrt_overflow(); return 0; }
  return neg ? -(int64_t)v : (int64_t)v;
}

/* ---- tuples ---- */

static const pyrt_type pyrt_t_tuple = {"tuple", NULL, NULL, PYRT_O_TUPLE, 0, NULL, 0, NULL, NULL};

static void pyrt_repr_tuple(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) {
  pyrt_tuple *t = v.p;
  pyrt_buf_cp(b, '(');
  for (int64_t i = 0; i < t->len; i++) {
    if (i) pyrt_buf_ascii(b, ", ");
    const pyrt_desc *e = t->desc->elems[i];
    e->repr(e, t->items[i], b);
    if (pyrt_exc) return;
  }
  if (t->len == 1) pyrt_buf_cp(b, ',');
  pyrt_buf_cp(b, ')');
  (void)d;
}

static int pyrt_eq_tuple(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  pyrt_tuple *x = a.p, *y = b.p;
  if (x == y) return 1;
  if (x->len != y->len) return 0;
  for (int64_t i = 0; i < x->len; i++) {
    const pyrt_desc *e = d->elems[i];
    int r = e->eq(e, x->items[i], y->items[i]);
    if (r != 1) return r;
  }
  return 1;
}

static int64_t pyrt_hash_tuple(const pyrt_desc *d, pyrt_val v) {
  pyrt_tuple *t = v.p;
  uint64_t acc = 2870177450012600261ull;
  for (int64_t i = 0; i < t->len; i++) {
    const pyrt_desc *e = d->elems[i];
    int64_t lane = e->hash(e, t->items[i]);
    if (lane == -1 && pyrt_exc) return -1;
    acc += (uint64_t)lane * 14029467366897019727ull;
    acc = (acc << 31) | (acc >> 33);
    acc *= 11400714785074694791ull;
  }
  acc += (uint64_t)t->len ^ (2870177450012600261ull ^ 3527539ull);
  return acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
}

/* Lexicographic order of sequences of `n` (or `m`) elements: the first unequal
   pair decides, else the shorter is less. */
static int pyrt_lt_seq(const pyrt_desc *const *ea, int one_desc, const pyrt_val *x, int64_t n, const pyrt_val *y, int64_t m) {
  for (int64_t i = 0; i < n && i < m; i++) {
    const pyrt_desc *e = one_desc ? ea[0] : ea[i];
    int r = e->eq(e, x[i], y[i]);
    if (r < 0) return -1;
    if (!r) return e->lt(e, x[i], y[i]);
  }
  return n < m;
}

static int pyrt_lt_tuple(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  pyrt_tuple *x = a.p, *y = b.p;
  return pyrt_lt_seq(d->elems, 0, x->items, x->len, y->items, y->len);
}

static const pyrt_desc pyrt_d_tuple_str1 = {PYRT_K_REF, pyrt_repr_tuple, pyrt_repr_tuple, pyrt_eq_tuple, pyrt_hash_tuple, pyrt_lt_tuple, 1, pyrt_d_str1};

/* ---- lists ---- */

static const pyrt_type pyrt_t_list = {"list", NULL, NULL, PYRT_O_LIST, 0, NULL, 0, NULL, NULL};

static pyrt_list *pyrt_list_new(const pyrt_desc *elem, int64_t n) {
  pyrt_list *l = pyrt_alloc(&pyrt_t_list, sizeof(pyrt_list));
  if (!l) return NULL;
  l->elem = elem;
  if (n > 0) {
    l->items = calloc((size_t)n, sizeof(pyrt_val));
    if (!l->items) { pyrt_raise_memory_error(); return NULL; }
    l->cap = n;
    pyrt_allocated += sizeof(pyrt_val) * (size_t)n;
  }
  l->len = n;
  return l;
}

static int pyrt_list_reserve(pyrt_list *l, int64_t n) {
  if (n <= l->cap) return 1;
  int64_t cap = l->cap < 4 ? 4 : l->cap + (l->cap >> 1);
  if (cap < n) cap = n;
  pyrt_val *d = realloc(l->items, sizeof(pyrt_val) * (size_t)cap);
  if (!d) { pyrt_raise_memory_error(); return 0; }
  pyrt_allocated += sizeof(pyrt_val) * (size_t)(cap - l->cap);
  l->items = d;
  l->cap = cap;
  return 1;
}

static void pyrt_m_list_append(pyrt_list *l, pyrt_val v) {
  if (PYRT_UNLIKELY(l->len == l->cap) && !pyrt_list_reserve(l, l->len + 1)) return;
  l->items[l->len++] = v;
}

/* The raising paths stay out of line, so that indexing inlines. */
static __attribute__((noinline, cold)) void pyrt_index_error(const char *msg) { pyrt_raise(&pyrt_t_IndexError, msg); }

static PYRT_NOGC inline pyrt_val pyrt_m_list_getitem(pyrt_list *l, int64_t i) {
  if (i < 0) i += l->len;
  if (PYRT_UNLIKELY((uint64_t)i >= (uint64_t)l->len)) {
    pyrt_index_error("list index out of range");
    return pyrt_vi(0);
  }
  return l->items[i];
}

static PYRT_NOGC inline void pyrt_m_list_setitem(pyrt_list *l, int64_t i, pyrt_val v) {
  if (i < 0) i += l->len;
  if (PYRT_UNLIKELY((uint64_t)i >= (uint64_t)l->len)) {
    pyrt_index_error("list assignment index out of range");
    return;
  }
  l->items[i] = v;
}

static pyrt_val pyrt_m_list_pop(pyrt_list *l, int64_t i) {
  pyrt_val z = {0};
  if (l->len == 0) { pyrt_raise(&pyrt_t_IndexError, "pop from empty list"); return z; }
  if (i < 0) i += l->len;
  if (i < 0 || i >= l->len) { pyrt_raise(&pyrt_t_IndexError, "pop index out of range"); return z; }
  pyrt_val v = l->items[i];
  memmove(l->items + i, l->items + i + 1, sizeof(pyrt_val) * (size_t)(l->len - i - 1));
  l->len--;
  return v;
}

static void pyrt_m_list_insert(pyrt_list *l, int64_t i, pyrt_val v) {
  if (i < 0) { i += l->len; if (i < 0) i = 0; }
  if (i > l->len) i = l->len;
  if (!pyrt_list_reserve(l, l->len + 1)) return;
  memmove(l->items + i + 1, l->items + i, sizeof(pyrt_val) * (size_t)(l->len - i));
  l->items[i] = v;
  l->len++;
}

static void pyrt_m_list_reverse(pyrt_list *l) {
  for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
    pyrt_val t = l->items[i];
    l->items[i] = l->items[j];
    l->items[j] = t;
  }
}

static void pyrt_repr_list(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) {
  pyrt_list *l = v.p;
  (void)d;
  pyrt_buf_cp(b, '[');
  for (int64_t i = 0; i < l->len; i++) {
    if (i) pyrt_buf_ascii(b, ", ");
    l->elem->repr(l->elem, l->items[i], b);
    if (pyrt_exc) return;
  }
  pyrt_buf_cp(b, ']');
}

static int pyrt_lt_list(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  pyrt_list *x = a.p, *y = b.p;
  return pyrt_lt_seq(&d->elems[0], 1, x->items, x->len, y->items, y->len);
}

static int64_t pyrt_unhashable(const char *what) {
  char msg[64];
  snprintf(msg, sizeof msg, "unhashable type: '%s'", what);
  pyrt_raise(&pyrt_t_TypeError, msg);
  return -1;
}
static int64_t pyrt_hash_list(const pyrt_desc *d, pyrt_val v) { (void)d; (void)v; return pyrt_unhashable("list"); }

static int pyrt_eq_list(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  pyrt_list *x = a.p, *y = b.p;
  (void)d;
  if (x == y) return 1;
  if (x->len != y->len) return 0;
  for (int64_t i = 0; i < x->len && i < y->len; i++) {
    int r = x->elem->eq(x->elem, x->items[i], y->items[i]);
    if (r != 1) return r;
  }
  return x->len == y->len;
}

static void pyrt_trace_list_iter(pyrt_obj *o) { pyrt_mark(((pyrt_list_iter *)o)->list); }

static uint8_t pyrt_list_iter_next(pyrt_iter *it) {
  pyrt_list_iter *li = (pyrt_list_iter *)it;
  if (li->i < li->list->len) {
    it->cur = li->list->items[li->i++];
    return 1;
  }
  li->i = INT64_MAX; /* exhausted for good, as CPython's */
  return 0;
}

static const pyrt_type pyrt_t_list_iter = {"list_iterator", NULL, NULL, PYRT_O_ITER, sizeof(pyrt_list_iter), NULL, 0, NULL, pyrt_trace_list_iter};

/* A new iterator object of type t (t->size bytes) with its `next`, for the
   caller to fill in: `keep`, the object it will hold, stays rooted while the
   allocation may collect. NULL after MemoryError. */
static pyrt_iter *pyrt_iter_alloc(const pyrt_type *t, void *keep, uint8_t (*next)(pyrt_iter *)) {
  PYRT_ROOT(1);
  R_[0] = keep;
  pyrt_iter *it = pyrt_alloc(t, t->size);
  PYRT_UNROOT();
  if (it) it->next = next;
  return it;
}

static pyrt_iter *pyrt_list_iter_new(pyrt_list *l) {
  pyrt_list_iter *it = (pyrt_list_iter *)pyrt_iter_alloc(&pyrt_t_list_iter, l, pyrt_list_iter_next);
  if (!it) return NULL;
  it->it.elem = l->elem;
  it->list = l;
  return &it->it;
}

static uint8_t pyrt_iter_next(void *it) { return ((pyrt_iter *)it)->next(it); }

/* ---- more iterators ---- */

typedef struct pyrt_range_iter {
  pyrt_iter it;
  int64_t next, stop, step;
} pyrt_range_iter;

static uint8_t pyrt_range_iter_next(pyrt_iter *it) {
  pyrt_range_iter *r = (pyrt_range_iter *)it;
  if (r->step > 0 ? r->next >= r->stop : r->next <= r->stop) return 0;
  it->cur.i = r->next;
  /* Past the end the counter only has to stay past it. */
  if (__builtin_add_overflow(r->next, r->step, &r->next)) r->next = r->stop;
  return 1;
}

static const pyrt_type pyrt_t_range_iter = {"range_iterator", NULL, NULL, PYRT_O_ITER, sizeof(pyrt_range_iter), NULL, 0, NULL, NULL};

static pyrt_iter *pyrt_range_iter_new(int64_t start, int64_t stop, int64_t step) {
  if (step == 0) { pyrt_raise(&pyrt_t_ValueError, "range() arg 3 must not be zero"); return NULL; }
  pyrt_range_iter *r = pyrt_alloc(&pyrt_t_range_iter, sizeof(pyrt_range_iter));
  if (!r) return NULL;
  r->it.next = pyrt_range_iter_next;
  r->it.elem = &pyrt_d_int;
  r->next = start;
  r->stop = stop;
  r->step = step;
  return &r->it;
}

/* Over a tuple's items, or a str's characters. */
typedef struct pyrt_seq_iter {
  pyrt_iter it;
  void *seq;
  int64_t i;
} pyrt_seq_iter;

static void pyrt_trace_seq_iter(pyrt_obj *o) { pyrt_mark(((pyrt_seq_iter *)o)->seq); }

static uint8_t pyrt_tuple_iter_next(pyrt_iter *it) {
  pyrt_seq_iter *q = (pyrt_seq_iter *)it;
  pyrt_tuple *t = q->seq;
  if (q->i >= t->len) return 0;
  it->cur = t->items[q->i++];
  return 1;
}

static uint8_t pyrt_str_iter_next(pyrt_iter *it) {
  pyrt_seq_iter *q = (pyrt_seq_iter *)it;
  pyrt_str *s = q->seq;
  if (q->i >= s->len) return 0;
  pyrt_str *c = pyrt_str_char(s->cp[q->i]);
  if (!c) return 0;
  q->i++;
  it->cur.p = c;
  return 1;
}

static const pyrt_type pyrt_t_seq_iter = {"iterator", NULL, NULL, PYRT_O_ITER, sizeof(pyrt_seq_iter), NULL, 0, NULL, pyrt_trace_seq_iter};

static pyrt_iter *pyrt_seq_iter_new(void *seq, uint8_t (*next)(pyrt_iter *), const pyrt_desc *elem) {
  pyrt_seq_iter *q = (pyrt_seq_iter *)pyrt_iter_alloc(&pyrt_t_seq_iter, seq, next);
  if (!q) return NULL;
  q->it.elem = elem;
  q->seq = seq;
  return &q->it;
}

static pyrt_iter *pyrt_tuple_iter_new(void *t, const pyrt_desc *elem) { return pyrt_seq_iter_new(t, pyrt_tuple_iter_next, elem); }
static pyrt_iter *pyrt_str_iter_new(void *s) { return pyrt_seq_iter_new(s, pyrt_str_iter_next, &pyrt_d_str); }

/* next(it): StopIteration when exhausted. */
static pyrt_val pyrt_m_iter_next(void *p) {
  pyrt_iter *it = p;
  if (!it->next(it) && !pyrt_exc) pyrt_raise(&pyrt_t_StopIteration, NULL);
  return it->cur;
}

static pyrt_val pyrt_m_iter_next_or(void *p, pyrt_val dflt) {
  pyrt_iter *it = p;
  return it->next(it) ? it->cur : dflt;
}

static pyrt_list *pyrt_m_iter_list(void *p) {
  PYRT_ROOT(2);
  R_[0] = p;
  pyrt_iter *it = p;
  pyrt_list *l = R_[1] = pyrt_list_new(it->elem, 0);
  while (l && it->next(it)) {
    pyrt_m_list_append(l, it->cur);
    if (pyrt_exc) break;
  }
  PYRT_UNROOT();
  return pyrt_exc ? NULL : l;
}

static int64_t pyrt_m_iter_sum_int(void *p, int64_t s) {
  pyrt_iter *it = p;
  while (it->next(it)) {
    s = pyrt_int_add(s, it->cur.i);
    if (pyrt_exc) return 0;
  }
  return s;
}

static double pyrt_m_iter_sum_float(void *p, double s) {
  pyrt_iter *it = p;
  while (it->next(it)) s += it->cur.f;
  return s;
}

/* Enumerate: (index, element) tuples; `desc` is the tuple's descriptor. */
typedef struct pyrt_enum_iter {
  pyrt_iter it;
  pyrt_iter *inner;
  int64_t i;
} pyrt_enum_iter;

static void pyrt_trace_enum_iter(pyrt_obj *o) { pyrt_mark(((pyrt_enum_iter *)o)->inner); }

static uint8_t pyrt_enum_iter_next(pyrt_iter *it) {
  pyrt_enum_iter *e = (pyrt_enum_iter *)it;
  if (!e->inner->next(e->inner)) return 0;
  pyrt_tuple *t = pyrt_tuple_new(it->elem, 2);
  if (!t) return 0;
  t->items[0].i = e->i++;
  t->items[1] = e->inner->cur;
  it->cur.p = t;
  return 1;
}

static const pyrt_type pyrt_t_enum_iter = {"enumerate", NULL, NULL, PYRT_O_ITER, sizeof(pyrt_enum_iter), NULL, 0, NULL, pyrt_trace_enum_iter};

static pyrt_iter *pyrt_iter_enumerate(void *inner, int64_t start, const pyrt_desc *tuple_desc) {
  pyrt_enum_iter *e = (pyrt_enum_iter *)pyrt_iter_alloc(&pyrt_t_enum_iter, inner, pyrt_enum_iter_next);
  if (!e) return NULL;
  e->it.elem = tuple_desc;
  e->inner = inner;
  e->i = start;
  return &e->it;
}

/* ---- more str ---- */

static pyrt_str *pyrt_m_str_join(pyrt_str *sep, pyrt_list *l) {
  int64_t n = 0;
  for (int64_t i = 0; i < l->len; i++) n += ((pyrt_str *)l->items[i].p)->len + (i ? sep->len : 0);
  pyrt_str *r = pyrt_str_new(n);
  if (!r) return NULL;
  int64_t k = 0;
  for (int64_t i = 0; i < l->len; i++) {
    if (i) { memcpy(r->cp + k, sep->cp, 4 * (size_t)sep->len); k += sep->len; }
    pyrt_str *x = l->items[i].p;
    memcpy(r->cp + k, x->cp, 4 * (size_t)x->len);
    k += x->len;
  }
  return r;
}

static pyrt_str *pyrt_str_sub(pyrt_str *s, int64_t a, int64_t b) {
  pyrt_str *r = pyrt_str_new(b - a);
  if (r) memcpy(r->cp, s->cp + a, 4 * (size_t)(b - a));
  return r;
}

/* s.split(sep, maxsplit); sep NULL: runs of whitespace. */
static pyrt_list *pyrt_m_str_split(pyrt_str *s, pyrt_str *sep, int64_t maxsplit) {
  PYRT_ROOT(3);
  R_[0] = s;
  R_[1] = sep;
  pyrt_list *out = R_[2] = pyrt_list_new(&pyrt_d_str, 0);
  uint64_t left = maxsplit < 0 ? UINT64_MAX : (uint64_t)maxsplit;
  int64_t n = s->len, i = 0;
  if (!out) goto done;
  if (!sep) {
    for (;;) {
      while (i < n && pyrt_is_space(s->cp[i])) i++;
      if (i == n) break;
      if (left == 0) {
        int64_t j = n;
        while (j > i && pyrt_is_space(s->cp[j - 1])) j--;
        pyrt_str *x = pyrt_str_sub(s, i, j);
        if (!x) goto done;
        pyrt_m_list_append(out, pyrt_vp(x));
        break;
      }
      left--;
      int64_t j = i;
      while (i < n && !pyrt_is_space(s->cp[i])) i++;
      pyrt_str *x = pyrt_str_sub(s, j, i);
      if (!x) goto done;
      pyrt_m_list_append(out, pyrt_vp(x));
    }
  } else {
    if (sep->len == 0) { pyrt_raise(&pyrt_t_ValueError, "empty separator"); goto done; }
    int64_t start = 0;
    for (int64_t k = 0; k + sep->len <= n && left > 0;) {
      if (memcmp(s->cp + k, sep->cp, 4 * (size_t)sep->len) == 0) {
        pyrt_str *x = pyrt_str_sub(s, start, k);
        if (!x) goto done;
        pyrt_m_list_append(out, pyrt_vp(x));
        k += sep->len;
        start = k;
        left--;
      } else {
        k++;
      }
    }
    pyrt_str *x = pyrt_str_sub(s, start, n);
    if (!x) goto done;
    pyrt_m_list_append(out, pyrt_vp(x));
  }
done:
  PYRT_UNROOT();
  return pyrt_exc ? NULL : out;
}

static int64_t pyrt_str_ord(pyrt_str *s) {
  if (s->len != 1) {
    char msg[96];
    snprintf(msg, sizeof msg, "ord() expected a character, but string of length %lld found", (long long)s->len);
    pyrt_raise(&pyrt_t_TypeError, msg);
    return 0;
  }
  return s->cp[0];
}

static pyrt_str *pyrt_str_chr(int64_t c) {
  if (c < 0 || c > 0x10FFFF) { pyrt_raise(&pyrt_t_ValueError, "chr() arg not in range(0x110000)"); return NULL; }
  return pyrt_str_char((uint32_t)c);
}

/* ---- list operations beyond indexing ---- */

static pyrt_list *pyrt_m_list_slice(pyrt_list *l, int64_t a, int64_t b, int64_t c) {
  int64_t start, stop, step;
  if (!pyrt_slice_indices(l->len, a, b, c, &start, &stop, &step)) return NULL;
  int64_t n = pyrt_slice_len(start, stop, step);
  PYRT_ROOT(1);
  R_[0] = l;
  pyrt_list *r = pyrt_list_new(l->elem, n);
  PYRT_UNROOT();
  if (r)
    for (int64_t i = 0; i < n; i++) r->items[i] = l->items[start + i * step];
  return r;
}

static pyrt_list *pyrt_m_list_mul(pyrt_list *l, int64_t n) {
  if (n < 0) n = 0;
  int64_t len;
  if (__builtin_mul_overflow(l->len, n, &len) || len > ((int64_t)1 << 40)) { pyrt_raise_memory_error(); return NULL; }
  PYRT_ROOT(1);
  R_[0] = l;
  pyrt_list *r = pyrt_list_new(l->elem, len);
  PYRT_UNROOT();
  if (r)
    for (int64_t i = 0; i < n; i++) memcpy(r->items + i * l->len, l->items, sizeof(pyrt_val) * (size_t)l->len);
  return r;
}

static pyrt_list *pyrt_m_list_add(pyrt_list *a, pyrt_list *b) {
  PYRT_ROOT(2);
  R_[0] = a;
  R_[1] = b;
  pyrt_list *r = pyrt_list_new(a->elem, a->len + b->len);
  PYRT_UNROOT();
  if (r) {
    memcpy(r->items, a->items, sizeof(pyrt_val) * (size_t)a->len);
    memcpy(r->items + a->len, b->items, sizeof(pyrt_val) * (size_t)b->len);
  }
  return r;
}

static void pyrt_m_list_extend(pyrt_list *l, pyrt_list *other) {
  int64_t n = other->len;
  if (!pyrt_list_reserve(l, l->len + n)) return;
  memmove(l->items + l->len, other->items, sizeof(pyrt_val) * (size_t)n);
  l->len += n;
}

/* x in l: 1, 0, or -1 with an exception raised by __eq__. */
static void pyrt_m_list_delitem(pyrt_list *l, int64_t i) {
  if (i < 0) i += l->len;
  if (i < 0 || i >= l->len) { pyrt_raise(&pyrt_t_IndexError, "list assignment index out of range"); return; }
  memmove(l->items + i, l->items + i + 1, sizeof(pyrt_val) * (size_t)(l->len - i - 1));
  l->len--;
}

/* ---- format(): the format-spec mini-language for int, float and str ---- */

typedef struct pyrt_spec {
  uint32_t fill;
  char align, sign, grouping, type;
  int alt, zero, nonegzero; /* nonegzero: the 'z' flag */
  int64_t width, precision; /* -1: not given */
} pyrt_spec;

static void pyrt_spec_error(const char *msg) { pyrt_raise(&pyrt_t_ValueError, msg); }

/* Parse `spec`; 0 with ValueError raised when it is malformed. */
static int pyrt_parse_spec(pyrt_str *spec, pyrt_spec *o, const char *tyname) {
  const uint32_t *c = spec->cp;
  int64_t n = spec->len, i = 0;
  memset(o, 0, sizeof *o);
  o->fill = ' ';
  o->width = o->precision = -1;
  int explicit_fill = 0;
  if (n >= 2 && (c[1] == '<' || c[1] == '>' || c[1] == '^' || c[1] == '=')) { o->fill = c[0]; o->align = (char)c[1]; i = 2; explicit_fill = 1; }
  else if (n >= 1 && (c[0] == '<' || c[0] == '>' || c[0] == '^' || c[0] == '=')) { o->align = (char)c[0]; i = 1; }
  if (i < n && (c[i] == '+' || c[i] == '-' || c[i] == ' ')) o->sign = (char)c[i++];
  if (i < n && c[i] == 'z') { o->nonegzero = 1; i++; }
  if (i < n && c[i] == '#') { o->alt = 1; i++; }
  if (i < n && c[i] == '0') { o->zero = 1; i++; }
  if (i < n && c[i] >= '0' && c[i] <= '9') {
    o->width = 0;
    while (i < n && c[i] >= '0' && c[i] <= '9') {
      if (__builtin_mul_overflow(o->width, 10, &o->width) || __builtin_add_overflow(o->width, (int64_t)(c[i] - '0'), &o->width)) { pyrt_spec_error("Too many decimal digits in format string"); return 0; }
      i++;
    }
  }
  if (i < n && (c[i] == ',' || c[i] == '_')) o->grouping = (char)c[i++];
  if (i < n && c[i] == '.') {
    i++;
    if (i >= n || c[i] < '0' || c[i] > '9') { pyrt_spec_error("Format specifier missing precision"); return 0; }
    o->precision = 0;
    while (i < n && c[i] >= '0' && c[i] <= '9') {
      if (__builtin_mul_overflow(o->precision, 10, &o->precision) || __builtin_add_overflow(o->precision, (int64_t)(c[i] - '0'), &o->precision)) { pyrt_spec_error("Too many decimal digits in format string"); return 0; }
      i++;
    }
  }
  if (i < n) o->type = c[i] < 128 ? (char)c[i] : '?';
  if (i < n) i++;
  if (i < n) {
    pyrt_buf b = {0};
    pyrt_buf_ascii(&b, "Invalid format specifier '");
    pyrt_buf_str(&b, spec);
    pyrt_buf_ascii(&b, "' for object of type '");
    pyrt_buf_ascii(&b, tyname);
    pyrt_buf_ascii(&b, "'");
    pyrt_raise_buf(&pyrt_t_ValueError, &b);
    return 0;
  }
  /* CPython: the 0 flag fills with '0' unless a fill is given, and aligns with '=' unless an alignment is. */
  if (o->zero && !explicit_fill) o->fill = '0';
  if (o->zero && !o->align) o->align = '=';
  return 1;
}

/* |v| in `base` (2..16), most significant digit first, into out (>= 65
   bytes, NUL-terminated); its length. */
static int pyrt_digits(int64_t v, int base, int upper, char *out) {
  uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  char tmp[65];
  int nd = 0;
  do {
    tmp[nd++] = (upper ? "0123456789ABCDEF" : "0123456789abcdef")[u % (uint64_t)base];
    u /= (uint64_t)base;
  } while (u);
  for (int i = 0; i < nd; i++) out[i] = tmp[nd - 1 - i];
  out[nd] = 0;
  return nd;
}

/* Insert the grouping separator every `every` digits of the ASCII digits d[0..n). */
static void pyrt_group(const char *d, size_t n, char sep, int every, pyrt_buf *b) {
  for (size_t i = 0; i < n; i++) {
    if (sep && i > 0 && (n - i) % (size_t)every == 0) pyrt_buf_cp(b, (uint32_t)sep);
    pyrt_buf_cp(b, (unsigned char)d[i]);
  }
}

/* Pad sign + body (code points) to the width as the spec says; default alignment `dflt`. */
static pyrt_str *pyrt_pad(const pyrt_spec *o, const char *sign, pyrt_buf *body, char dflt) {
  pyrt_buf b = {0};
  int64_t len = (int64_t)strlen(sign) + (int64_t)body->len;
  int64_t pad = o->width > len ? o->width - len : 0;
  if (pad > ((int64_t)1 << 36)) {
    free(body->d);
    pyrt_raise_memory_error();
    return NULL;
  }
  char align = o->align ? o->align : dflt;
  int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  int64_t right = align == '<' ? pad : align == '^' ? pad - pad / 2 : 0;
  for (int64_t i = 0; i < left; i++) pyrt_buf_cp(&b, o->fill);
  pyrt_buf_ascii(&b, sign);
  if (align == '=')
    for (int64_t i = 0; i < pad; i++) pyrt_buf_cp(&b, o->fill);
  pyrt_buf_grow(&b, body->len);
  memcpy(b.d + b.len, body->d, 4 * body->len);
  b.len += body->len;
  for (int64_t i = 0; i < right; i++) pyrt_buf_cp(&b, o->fill);
  free(body->d);
  return pyrt_buf_finish(&b);
}

static pyrt_str *pyrt_format_float_spec(double x, pyrt_spec *o, const char *tyname);

static pyrt_str *pyrt_format_int_named(int64_t v, pyrt_str *spec, const char *tyname) {
  pyrt_spec o;
  if (!pyrt_parse_spec(spec, &o, tyname)) return NULL;
  char t = o.type ? o.type : 'd';
  if (strchr("eEfFgG%", t)) return pyrt_format_float_spec((double)v, &o, tyname);
  if (o.nonegzero) { pyrt_spec_error("Negative zero coercion (z) not allowed in integer format specifier"); return NULL; }
  if (!strchr("dnxXobc", t)) {
    char msg[80];
    snprintf(msg, sizeof msg, "Unknown format code '%c' for object of type '%s'", t, tyname);
    pyrt_spec_error(msg);
    return NULL;
  }
  if (o.precision >= 0) { pyrt_spec_error("Precision not allowed in integer format specifier"); return NULL; }
  if (o.grouping == ',' && t != 'd') { pyrt_spec_error("Cannot specify ',' with 'x'."); return NULL; }
  pyrt_buf body = {0};
  const char *sign = v < 0 ? "-" : o.sign == '+' ? "+" : o.sign == ' ' ? " " : "";
  if (t == 'c') {
    if (v < 0 || v > 0x10FFFF) { pyrt_raise(&pyrt_t_OverflowError, "%c arg not in range(0x110000)"); return NULL; }
    pyrt_buf_cp(&body, (uint32_t)v);
    return pyrt_pad(&o, "", &body, '<');
  }
  char digits[80];
  int base = t == 'x' || t == 'X' ? 16 : t == 'o' ? 8 : t == 'b' ? 2 : 10;
  int nd = pyrt_digits(v, base, t == 'X', digits);
  char prefix[4] = "";
  if (o.alt && base != 10) { prefix[0] = '0'; prefix[1] = t == 'X' ? 'X' : t; prefix[2] = 0; }
  char full_sign[8];
  snprintf(full_sign, sizeof full_sign, "%s%s", sign, prefix);
  /* Zero padding with grouping pads the digits, separators included. */
  if (o.align == '=' && o.fill == '0' && o.grouping) {
    int every = base == 10 ? 3 : 4;
    int64_t want = o.width - (int64_t)strlen(full_sign);
    char zd[200];
    int zn = nd;
    memcpy(zd, digits, (size_t)nd);
    while (zn < 190 && zn + (zn - 1) / every < want) {
      memmove(zd + 1, zd, (size_t)zn);
      zd[0] = '0';
      zn++;
    }
    pyrt_group(zd, (size_t)zn, o.grouping, every, &body);
    pyrt_spec o2 = o;
    o2.width = -1;
    return pyrt_pad(&o2, full_sign, &body, '>');
  }
  pyrt_group(digits, (size_t)nd, o.grouping, base == 10 ? 3 : 4, &body);
  return pyrt_pad(&o, full_sign, &body, '>');
}

static pyrt_str *pyrt_format_float_spec(double x, pyrt_spec *o, const char *tyname) {
  char t = o->type;
  if (t && !strchr("eEfFgG%n", t)) {
    char msg[80];
    snprintf(msg, sizeof msg, "Unknown format code '%c' for object of type '%s'", t, tyname);
    pyrt_spec_error(msg);
    return NULL;
  }
  int neg = signbit(x) && !(x != x);
  double ax = fabs(x);
  const char *sign = neg ? "-" : o->sign == '+' ? "+" : o->sign == ' ' ? " " : "";
  int64_t p = o->precision;
  if (p > INT32_MAX) { pyrt_spec_error("precision too big"); return NULL; }
  /* a double's fixed notation has at most 311 digits before the point */
  size_t cap = (size_t)(p < 0 ? 6 : p) + 400;
  char *tmp = malloc(cap);
  if (!tmp) { pyrt_raise_memory_error(); return NULL; }
  if (isinf(ax) || ax != ax) {
    const char *w = ax != ax ? "nan" : "inf";
    if (t == 'E' || t == 'F' || t == 'G') w = ax != ax ? "NAN" : "INF";
    snprintf(tmp, cap, "%s%s", w, t == '%' ? "%" : "");
  } else if (!t && p < 0) {
    pyrt_buf r = {0};
    pyrt_buf_float(&r, ax);
    size_t k = 0;
    for (; k < r.len && k < cap - 1; k++) tmp[k] = (char)r.d[k];
    tmp[k] = 0;
    free(r.d);
  } else if (t == 'f' || t == 'F' || t == '%') {
    snprintf(tmp, cap, o->alt ? "%#.*f%s" : "%.*f%s", (int)(p < 0 ? 6 : p), t == '%' ? ax * 100 : ax, t == '%' ? "%" : "");
  } else if (t == 'e' || t == 'E') {
    snprintf(tmp, cap, o->alt ? (t == 'e' ? "%#.*e" : "%#.*E") : (t == 'e' ? "%.*e" : "%.*E"), (int)(p < 0 ? 6 : p), ax);
  } else {
    /* 'g', 'G', 'n', or no type with a precision (then fixed notation keeps a
       digit after the point). */
    int prec = (int)(p < 0 ? 6 : p == 0 ? 1 : p);
    snprintf(tmp, cap, o->alt ? (t == 'G' ? "%#.*G" : "%#.*g") : (t == 'G' ? "%.*G" : "%.*g"), prec, ax);
    if (!t && !strchr(tmp, '.') && !strchr(tmp, 'e')) strcat(tmp, ".0");
  }
  /* 'z': a negative number that rounds to zero loses its sign. */
  if (o->nonegzero && neg && !isinf(ax) && ax == ax) {
    const char *e = strpbrk(tmp, "eE");
    size_t mant = e ? (size_t)(e - tmp) : strlen(tmp);
    if (strcspn(tmp, "123456789") >= mant) sign = o->sign == '+' ? "+" : o->sign == ' ' ? " " : "";
  }
  pyrt_buf body = {0};
  /* Grouping applies to the integer part. */
  size_t ip = strspn(tmp, "0123456789");
  if (o->grouping && ip > 0) {
    pyrt_group(tmp, ip, o->grouping, 3, &body);
    pyrt_buf_ascii(&body, tmp + ip);
  } else {
    pyrt_buf_ascii(&body, tmp);
  }
  free(tmp);
  return pyrt_pad(o, sign, &body, '>');
}

static pyrt_str *pyrt_format_int(int64_t v, pyrt_str *spec) { return pyrt_format_int_named(v, spec, "int"); }

static pyrt_str *pyrt_format_float(double x, pyrt_str *spec) {
  pyrt_spec o;
  if (!pyrt_parse_spec(spec, &o, "float")) return NULL;
  return pyrt_format_float_spec(x, &o, "float");
}

static pyrt_str *pyrt_format_str(pyrt_str *s, pyrt_str *spec) {
  pyrt_spec o;
  if (!pyrt_parse_spec(spec, &o, "str")) return NULL;
  if (o.nonegzero) { pyrt_spec_error("Negative zero coercion (z) not allowed in string format specifier"); return NULL; }
  if (o.type && o.type != 's') {
    char msg[80];
    snprintf(msg, sizeof msg, "Unknown format code '%c' for object of type 'str'", o.type);
    pyrt_spec_error(msg);
    return NULL;
  }
  if (o.sign) { pyrt_spec_error("Sign not allowed in string format specifier"); return NULL; }
  if (o.align == '=') { pyrt_spec_error("'=' alignment not allowed in string format specifier"); return NULL; }
  if (o.grouping) { pyrt_spec_error("Cannot specify ',' with 's'."); return NULL; }
  pyrt_buf body = {0};
  int64_t n = o.precision >= 0 && o.precision < s->len ? o.precision : s->len;
  pyrt_buf_grow(&body, (size_t)n);
  memcpy(body.d, s->cp, 4 * (size_t)n);
  body.len = (size_t)n;
  return pyrt_pad(&o, "", &body, '<');
}

static pyrt_str *pyrt_format_bool(uint8_t v, pyrt_str *spec) {
  if (spec->len == 0) return pyrt_str_ascii(v ? "True" : "False");
  return pyrt_format_int_named(v, spec, "bool");
}

/* ---- sys ---- */

static int pyrt_argc;
static char **pyrt_argv;

/* sys.argv: argv[0] is the program as its user named it (PYRT_ARGV0, set by
   `pyrt run`), else the executable's own name. */
static pyrt_list *pyrt_sys_argv(void) {
  PYRT_ROOT(1);
  pyrt_list *l = R_[0] = pyrt_list_new(&pyrt_d_str, 0);
  for (int i = 0; l && i < pyrt_argc; i++) {
    const char *a = i == 0 && getenv("PYRT_ARGV0") ? getenv("PYRT_ARGV0") : pyrt_argv[i];
    pyrt_str *x = pyrt_str_utf8(a, strlen(a));
    if (!x) break;
    pyrt_m_list_append(l, pyrt_vp(x));
    if (pyrt_exc) break;
  }
  PYRT_UNROOT();
  return pyrt_exc ? NULL : l;
}

/* ---- instances ---- */

/* Instances print, compare and hash through the program's dunder methods,
   which the backend puts in the first vtable slots of every class (NULL where
   the class has none); without them, as `object` and BaseException do. */
enum { PYRT_SLOT_REPR, PYRT_SLOT_STR, PYRT_SLOT_EQ, PYRT_SLOT_HASH, PYRT_SLOT_LT, PYRT_SLOT_BOOL, PYRT_SLOT_LEN, PYRT_SLOT_GT, PYRT_SLOT_NEXT };

static void *pyrt_dunder(pyrt_val v, int slot) {
  const pyrt_type *t = ((pyrt_obj *)v.p)->type;
  return t->vtable ? t->vtable[slot] : NULL;
}

static void pyrt_buf_user_str(pyrt_buf *b, void *f, pyrt_val v) {
  pyrt_str *s = ((pyrt_str * (*)(void *)) f)(v.p);
  if (!pyrt_exc) pyrt_buf_str(b, s);
}

static void pyrt_repr_inst_default(pyrt_obj *o, pyrt_buf *b) {
  char tmp[64];
  pyrt_buf_ascii(b, "<");
  pyrt_buf_ascii(b, o->type->module ? o->type->module : "__main__");
  pyrt_buf_ascii(b, ".");
  pyrt_buf_ascii(b, o->type->name);
  snprintf(tmp, sizeof tmp, " object at %p>", (void *)o);
  pyrt_buf_ascii(b, tmp);
}

static void pyrt_repr_exc(pyrt_exc_obj *e, pyrt_buf *b) {
  pyrt_buf_ascii(b, e->h.type->name);
  pyrt_buf_cp(b, '(');
  pyrt_tuple *a = e->args;
  for (int64_t i = 0; a && i < a->len; i++) {
    if (i) pyrt_buf_ascii(b, ", ");
    a->desc->elems[i]->repr(a->desc->elems[i], a->items[i], b);
    if (pyrt_exc) return;
  }
  pyrt_buf_cp(b, ')');
}

static void pyrt_repr_obj(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) {
  void *f = pyrt_dunder(v, PYRT_SLOT_REPR);
  (void)d;
  if (f) pyrt_buf_user_str(b, f, v);
  else if (pyrt_is_subtype(((pyrt_obj *)v.p)->type, &pyrt_t_BaseException)) pyrt_repr_exc(v.p, b);
  else pyrt_repr_inst_default(v.p, b);
}

/* str(): __str__, else for an exception its one argument's str, the repr of
   several, or ""; else repr(). */
static void pyrt_str_obj(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) {
  void *f = pyrt_dunder(v, PYRT_SLOT_STR);
  if (f) {
    pyrt_buf_user_str(b, f, v);
    return;
  }
  pyrt_exc_obj *e = v.p;
  if (!pyrt_is_subtype(e->h.type, &pyrt_t_BaseException)) {
    pyrt_repr_obj(d, v, b);
    return;
  }
  pyrt_tuple *a = e->args;
  if (!a || a->len == 0) return;
  if (a->len == 1) {
    const pyrt_desc *x = a->desc->elems[0];
    if (pyrt_is_subtype(e->h.type, &pyrt_t_KeyError)) x->repr(x, a->items[0], b);
    else x->str(x, a->items[0], b);
    return;
  }
  pyrt_val t = {.p = a};
  a->desc->repr(a->desc, t, b);
}

static int pyrt_eq_obj(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  (void)d;
  if (!a.p || !b.p) return a.p == b.p;
  void *f = pyrt_dunder(a, PYRT_SLOT_EQ);
  if (!f) return a.p == b.p;
  uint8_t r = ((uint8_t (*)(void *, void *))f)(a.p, b.p);
  return pyrt_exc ? -1 : r;
}

static int64_t pyrt_hash_inst(const pyrt_desc *d, pyrt_val v) {
  (void)d;
  void *f = pyrt_dunder(v, PYRT_SLOT_HASH);
  if (f) {
    int64_t h = ((int64_t (*)(void *))f)(v.p);
    if (pyrt_exc) return -1;
    return h == -1 ? -2 : h;
  }
  uintptr_t y = (uintptr_t)v.p;
  int64_t h = (int64_t)((y >> 4) | (y << (8 * sizeof(uintptr_t) - 4)));
  return h == -1 ? -2 : h;
}

static void pyrt_lt_unsupported(const char *a, const char *b) {
  char msg[256];
  snprintf(msg, sizeof msg, "'<' not supported between instances of '%.80s' and '%.80s'", a, b);
  pyrt_raise(&pyrt_t_TypeError, msg);
}

static int pyrt_lt_inst(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  (void)d;
  void *f = pyrt_dunder(a, PYRT_SLOT_LT);
  if (!f && (f = pyrt_dunder(b, PYRT_SLOT_GT))) {
    /* a < b without __lt__: the reflected b > a */
    uint8_t r = ((uint8_t (*)(void *, void *))f)(b.p, a.p);
    return pyrt_exc ? -1 : r;
  }
  if (!f) {
    pyrt_lt_unsupported(((pyrt_obj *)a.p)->type->name, ((pyrt_obj *)b.p)->type->name);
    return -1;
  }
  uint8_t r = ((uint8_t (*)(void *, void *))f)(a.p, b.p);
  return pyrt_exc ? -1 : r;
}

static int pyrt_lt_none(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  (void)d; (void)a; (void)b;
  pyrt_lt_unsupported("NoneType", "NoneType");
  return -1;
}

static const pyrt_desc pyrt_d_obj = {PYRT_K_REF, pyrt_repr_obj, pyrt_str_obj, pyrt_eq_obj, pyrt_hash_inst, pyrt_lt_inst, 0, NULL};

static pyrt_str *pyrt_class_name(const pyrt_type *t) { return pyrt_str_ascii(t->name); }

/* ---- class attributes: each class has storage for each class attribute
   name (vtable slot "@name" points to it); a read walks the base chain to the
   nearest class that has it set, a write sets the class's own ---- */
typedef struct pyrt_cattr {
  uint8_t defined;
  pyrt_val v;
} pyrt_cattr;

static pyrt_cattr *pyrt_class_attr(const pyrt_type *t, uint32_t slot, const char *name, int of_instance) {
  for (const pyrt_type *c = t; c && c->vtable; c = c->base) {
    pyrt_cattr *a = c->vtable[slot];
    if (a && a->defined) return a;
  }
  char msg[256];
  if (of_instance) snprintf(msg, sizeof msg, "'%.100s' object has no attribute '%.100s'", t->name, name);
  else snprintf(msg, sizeof msg, "type object '%.100s' has no attribute '%.100s'", t->name, name);
  pyrt_raise(&pyrt_t_AttributeError, msg);
  return NULL;
}

/* ---- values of mixed type (`either[int, str]`): a box of the value and the
   descriptor of its type; they print, compare and hash as what they hold ---- */
typedef struct pyrt_box {
  pyrt_obj h;
  const pyrt_desc *d;
  pyrt_val v;
} pyrt_box;

static void pyrt_trace_box(pyrt_obj *o) { pyrt_mark_val(((pyrt_box *)o)->d, ((pyrt_box *)o)->v); }
static const pyrt_type pyrt_t_box = {"box", NULL, NULL, PYRT_O_BOX, sizeof(pyrt_box), NULL, 0, NULL, pyrt_trace_box};

/* Boxes are immutable: those of bools and of ints in [-5, 256] are shared
   immortal objects (as CPython's small ints). */
static pyrt_box pyrt_small_boxes[2 + 262];

static pyrt_box *pyrt_box_alloc(const pyrt_desc *d, pyrt_val v);
/* A box of v (described by d): small ints and bools are shared immortal boxes,
   decided inline (the descriptor is most often a constant). */
static inline pyrt_box *pyrt_box_new(const pyrt_desc *d, pyrt_val v) {
  int k = d == &pyrt_d_bool ? (int)v.i : d == &pyrt_d_int && v.i >= -5 && v.i <= 256 ? 2 + (int)v.i + 5 : -1;
  if (k >= 0) return &pyrt_small_boxes[k];
  return pyrt_box_alloc(d, v);
}
static pyrt_box *pyrt_box_alloc(const pyrt_desc *d, pyrt_val v) {
  PYRT_ROOT(1);
  if (d->kind == PYRT_K_REF) R_[0] = v.p;
  pyrt_box *b = pyrt_alloc(&pyrt_t_box, sizeof(pyrt_box));
  PYRT_UNROOT();
  if (!b) return NULL;
  b->d = d;
  b->v = d->kind == PYRT_K_REF ? pyrt_vp(R_[0]) : v;
  return b;
}

static void pyrt_repr_either(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) {
  pyrt_box *x = v.p;
  (void)d;
  x->d->repr(x->d, x->v, b);
}
static void pyrt_str_either(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) {
  pyrt_box *x = v.p;
  (void)d;
  x->d->str(x->d, x->v, b);
}
/* A number's value as a double, for comparing a bool, an int and a float. */
static int pyrt_either_num(const pyrt_box *x, double *out) {
  switch (x->d->kind) {
  case PYRT_K_BOOL:
  case PYRT_K_INT: *out = (double)x->v.i; return 1;
  case PYRT_K_FLOAT: *out = x->v.f; return 1;
  default: return 0;
  }
}
static int pyrt_eq_either(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  pyrt_box *x = a.p, *y = b.p;
  double p, q;
  (void)d;
  if (x->d == y->d) return x->d->eq(x->d, x->v, y->v);
  if (x->d->kind != PYRT_K_FLOAT && y->d->kind != PYRT_K_FLOAT && pyrt_either_num(x, &p) && pyrt_either_num(y, &q)) return x->v.i == y->v.i;
  if (pyrt_either_num(x, &p) && pyrt_either_num(y, &q)) return p == q;
  return 0;
}
static int64_t pyrt_hash_either(const pyrt_desc *d, pyrt_val v) {
  pyrt_box *x = v.p;
  (void)d;
  return x->d->hash(x->d, x->v);
}
static int pyrt_lt_either(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  pyrt_box *x = a.p, *y = b.p;
  double p, q;
  (void)d;
  if (x->d == y->d) return x->d->lt(x->d, x->v, y->v);
  if (pyrt_either_num(x, &p) && pyrt_either_num(y, &q)) {
    if (x->d->kind != PYRT_K_FLOAT && y->d->kind != PYRT_K_FLOAT) return x->v.i < y->v.i;
    return p < q;
  }
  pyrt_lt_unsupported(x->d == &pyrt_d_str ? "str" : "int", y->d == &pyrt_d_str ? "str" : "int");
  return -1;
}
static const pyrt_desc pyrt_d_either = {PYRT_K_REF, pyrt_repr_either, pyrt_str_either, pyrt_eq_either, pyrt_hash_either, pyrt_lt_either, 0, NULL};

/* Every generator object starts so (the backend adds its variables after). */
typedef struct pyrt_gen {
  pyrt_iter it;
  int32_t state;   /* 0: not started; k: suspended at yield k; -1: finished */
  uint8_t closing; /* close(): the yield it resumes at raises GeneratorExit (a coroutine on wasm: see runtime/wasm/interop.c) */
} pyrt_gen;

PYRT_EXC_TYPE(pyrt_t_GeneratorExit, "GeneratorExit", &pyrt_t_BaseException)

/* close() of a generator a for loop alone held, when the loop is left early:
   GeneratorExit at the suspended yield, so its finally clauses run. */
static void pyrt_m_iter_close(pyrt_iter *it) {
  if (strcmp(it->h.type->name, "generator") != 0) return;
  pyrt_gen *g = (pyrt_gen *)it;
  if (g->state <= 0) {
    g->state = -1;
    return;
  }
  g->closing = 1;
  if (it->next(it)) {
    pyrt_raise(&pyrt_t_RuntimeError, "generator ignored GeneratorExit");
    return;
  }
  if (pyrt_exc && pyrt_is_subtype(pyrt_exc->type, &pyrt_t_GeneratorExit)) pyrt_exc = NULL;
}

/* A generator ends with its exception; StopIteration becomes RuntimeError (PEP 479). */
static void pyrt_gen_exit(void) {
  if (pyrt_exc && pyrt_is_subtype(pyrt_exc->type, &pyrt_t_StopIteration)) {
    pyrt_exc = NULL;
    pyrt_raise(&pyrt_t_RuntimeError, "generator raised StopIteration");
  }
}

/* Classes as values: <class '__main__.Dog'>, equal and hashed by identity. */
static void pyrt_repr_class(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) {
  const pyrt_type *t = v.p;
  (void)d;
  pyrt_buf_ascii(b, "<class '");
  if (t->vtable) { /* the program's classes have vtables; built-in exception classes print bare */
    pyrt_buf_ascii(b, t->module ? t->module : "__main__");
    pyrt_buf_cp(b, '.');
  }
  pyrt_buf_ascii(b, t->name);
  pyrt_buf_ascii(b, "'>");
}
static int64_t pyrt_hash_ptr(const pyrt_desc *d, pyrt_val v) {
  uintptr_t y = (uintptr_t)v.p;
  int64_t h = (int64_t)((y >> 4) | (y << (8 * sizeof(uintptr_t) - 4)));
  (void)d;
  return h == -1 ? -2 : h;
}
static int pyrt_lt_class(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  (void)d; (void)a; (void)b;
  pyrt_lt_unsupported("type", "type");
  return -1;
}
static const pyrt_desc pyrt_d_class = {PYRT_K_STATIC, pyrt_repr_class, pyrt_repr_class, pyrt_eq_bits, pyrt_hash_ptr, pyrt_lt_class, 0, NULL};

/* The fields of the program's classes (for format fields such as "{0.x}"):
   each class's table lists its layout's fields, inherited ones included; a
   field that is also a class attribute has the offset of its flag. The
   translated program defines pyrt_program_fields. */
typedef struct pyrt_field_info {
  const char *name;
  uint32_t offset;
  uint32_t set_flag; /* 0: none */
  const pyrt_desc *desc;
} pyrt_field_info;
static const pyrt_field_info *pyrt_program_fields(const pyrt_type *t, uint32_t *n);

/* ---- functions as values and closures ----
 * A function value is code and an environment: for a nested function, the
 * closure frame of the function it is defined in (whose slots hold the
 * variables it shares); for a bound method, the instance; else NULL. The code
 * takes the environment first. A function that defines nested functions keeps
 * its slots in a closure frame on the heap, linked to its own environment. */
typedef struct pyrt_func {
  pyrt_obj h;
  void *code;
  void *env;
  const char *qualname;
} pyrt_func;

static const uint32_t pyrt_func_refs[] = {offsetof(pyrt_func, env)};
static const pyrt_type pyrt_t_func = {"function", NULL, NULL, PYRT_O_INST, sizeof(pyrt_func), pyrt_func_refs, 1, NULL, NULL};

static pyrt_func *pyrt_func_new(void *code, void *env, const char *qualname) {
  PYRT_ROOT(1);
  R_[0] = env;
  pyrt_func *f = pyrt_alloc(&pyrt_t_func, sizeof(pyrt_func));
  PYRT_UNROOT();
  if (!f) return NULL;
  f->code = code;
  f->env = R_[0];
  f->qualname = qualname;
  return f;
}

static void pyrt_repr_func(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) {
  char tmp[64];
  (void)d;
  pyrt_buf_ascii(b, "<function ");
  pyrt_buf_ascii(b, ((pyrt_func *)v.p)->qualname);
  snprintf(tmp, sizeof tmp, " at %p>", v.p);
  pyrt_buf_ascii(b, tmp);
}
static const pyrt_desc pyrt_d_func = {PYRT_K_REF, pyrt_repr_func, pyrt_repr_func, pyrt_eq_obj, pyrt_hash_inst, pyrt_lt_inst, 0, NULL};

typedef struct pyrt_cframe {
  pyrt_obj h;
  void *up;              /* the defining function's closure frame, or NULL */
  const uint8_t *kinds;  /* PYRT_K_* of each slot */
  int64_t n;
  uint8_t *defined;      /* n flags, after the slots */
  pyrt_val v[];
} pyrt_cframe;

static void pyrt_trace_cframe(pyrt_obj *o) {
  pyrt_cframe *f = (pyrt_cframe *)o;
  pyrt_mark(f->up);
  for (int64_t i = 0; i < f->n; i++)
    if (f->kinds[i] == PYRT_K_REF) pyrt_mark(f->v[i].p);
}
static size_t pyrt_cframe_size(pyrt_obj *o) { return sizeof(pyrt_cframe) + (sizeof(pyrt_val) + 1) * (size_t)((pyrt_cframe *)o)->n; }
static const pyrt_type pyrt_t_cframe = {"frame", NULL, NULL, PYRT_O_CFRAME, sizeof(pyrt_cframe), NULL, 0, NULL, pyrt_trace_cframe};

static pyrt_cframe *pyrt_cframe_new(void *up, int64_t n, const uint8_t *kinds) {
  PYRT_ROOT(1);
  R_[0] = up;
  size_t size = sizeof(pyrt_cframe) + (size_t)n * (sizeof(pyrt_val) + 1);
  pyrt_cframe *f = pyrt_alloc(&pyrt_t_cframe, size);
  PYRT_UNROOT();
  if (!f) return NULL;
  f->up = R_[0];
  f->kinds = kinds;
  f->n = n;
  f->defined = (uint8_t *)(f->v + n);
  return f;
}

/* `T | None` inside containers: elems[0] is T's descriptor. */
static PYRT_NOGC int pyrt_opt_is_none(const pyrt_desc *d, pyrt_val v) {
  switch (d->kind) {
  case PYRT_K_BOOL: return v.i == PYRT_NONE_BOOL;
  case PYRT_K_INT: return v.i == PYRT_NONE_I64;
  case PYRT_K_FLOAT: return (uint64_t)v.i == PYRT_NONE_F64_BITS;
  default: return v.p == NULL;
  }
}
static void pyrt_repr_opt(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) {
  if (pyrt_opt_is_none(d, v)) pyrt_buf_ascii(b, "None");
  else d->elems[0]->repr(d->elems[0], v, b);
}
static void pyrt_str_opt(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) {
  if (pyrt_opt_is_none(d, v)) pyrt_buf_ascii(b, "None");
  else d->elems[0]->str(d->elems[0], v, b);
}
static int64_t pyrt_hash_opt(const pyrt_desc *d, pyrt_val v) {
  if (pyrt_opt_is_none(d, v)) return 4238894112;
  return d->elems[0]->hash(d->elems[0], v);
}
static int pyrt_lt_opt(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  int na = pyrt_opt_is_none(d, a), nb = pyrt_opt_is_none(d, b);
  if (na || nb) {
    pyrt_lt_unsupported(na ? "NoneType" : "object", nb ? "NoneType" : "object");
    return -1;
  }
  return d->elems[0]->lt(d->elems[0], a, b);
}
static int pyrt_eq_opt(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  int na = pyrt_opt_is_none(d, a), nb = pyrt_opt_is_none(d, b);
  if (na || nb) return na && nb;
  return d->elems[0]->eq(d->elems[0], a, b);
}

static double pyrt_none_f64(void) {
  uint64_t bits = PYRT_NONE_F64_BITS;
  double f;
  memcpy(&f, &bits, sizeof f);
  return f;
}
static PYRT_NOGC double pyrt_bits_f64(uint64_t bits) {
  double f;
  memcpy(&f, &bits, sizeof f);
  return f;
}
static int pyrt_f64_is_none(double f) {
  uint64_t bits;
  memcpy(&bits, &f, sizeof bits);
  return bits == PYRT_NONE_F64_BITS;
}


/* ---- the program's frame and exit ---- */

static void pyrt_print(pyrt_str *s) {
  if (pyrt_depth + 2 > PYRT_RECURSION_LIMIT) {
    pyrt_raise(&pyrt_t_RecursionError, "maximum recursion depth exceeded while calling a Python object");
    return;
  }
  pyrt_write_str(s);
}

static PYRT_NOGC void pyrt_enter_recursion_error(void) { pyrt_raise(&pyrt_t_RecursionError, "maximum recursion depth exceeded"); }

static void pyrt_write_buf_stderr(pyrt_buf *bp);

/* An uncaught exception: CPython's last traceback line, status 1. SystemExit
   exits with its code. */
static int pyrt_uncaught(void) {
  pyrt_exc_obj *e = (pyrt_exc_obj *)pyrt_exc;
  PYRT_ROOT(1); /* printing may run the program's __str__ */
  R_[0] = e;
  pyrt_exc = NULL;
  pyrt_flush();
  if (pyrt_is_subtype(e->h.type, &pyrt_t_SystemExit)) {
    /* CPython: no code or None exits 0, an int is the status, anything else
       is printed to stderr and exits 1. */
    pyrt_tuple *a = e->args;
    if (!a || a->len == 0) return 0;
    const pyrt_desc *x = a->desc->elems[0];
    if (a->len == 1 && x == &pyrt_d_int) return (int)(a->items[0].i & 0xFF);
    if (a->len == 1 && x == &pyrt_d_none) return 0;
    if (a->len == 1 && x == &pyrt_d_bool) return (int)a->items[0].i;
    pyrt_buf b = {0};
    pyrt_val v = {.p = e};
    pyrt_str_obj(&pyrt_d_obj, v, &b);
    pyrt_buf_cp(&b, '\n');
    pyrt_exc = NULL;
    pyrt_write_buf_stderr(&b);
    return 1;
  }
  pyrt_buf b = {0};
  if (e->h.type->module) {
    pyrt_buf_ascii(&b, e->h.type->module);
    pyrt_buf_cp(&b, '.');
  }
  pyrt_buf_ascii(&b, e->h.type->name);
  size_t name_len = b.len;
  pyrt_buf_ascii(&b, ": ");
  pyrt_val v = {.p = e};
  pyrt_str_obj(&pyrt_d_obj, v, &b);
  if (pyrt_exc) {
    b.len = name_len;
    pyrt_exc = NULL;
  } else if (b.len == name_len + 2) {
    b.len = name_len;
  }
  pyrt_buf_cp(&b, '\n');
  pyrt_write_buf_stderr(&b);
  return 1;
}

/* Write the buffer to stderr in UTF-8 and free it. */
static void pyrt_write_buf_stderr(pyrt_buf *bp) {
  char tmp[4];
  for (size_t i = 0; i < bp->len; i++) fwrite(tmp, 1, pyrt_utf8(bp->d[i], tmp), stderr);
  free(bp->d);
  bp->d = NULL;
  bp->len = bp->cap = 0;
  fflush(stderr);
}

/* The immortal objects: marked once, never swept. */
static void pyrt_init_immortals(void) {
  for (uint32_t c = 0; c < 256; c++) {
    pyrt_char_str *k = &pyrt_chars[c];
    k->h.type = &pyrt_t_str;
    k->h.gc = 1;
    k->len = 1;
    k->hash = -1;
    k->cp[0] = c;
  }
  for (int k = 0; k < 2 + 262; k++) {
    pyrt_box *b = &pyrt_small_boxes[k];
    b->h.type = &pyrt_t_box;
    b->h.gc = 1;
    b->d = k < 2 ? &pyrt_d_bool : &pyrt_d_int;
    b->v = pyrt_vi(k < 2 ? k : k - 2 - 5);
  }
}

static void pyrt_init(void) {
  pyrt_init_immortals();
  const char *stress = getenv("PYRT_GC_STRESS");
  pyrt_stress = stress && stress[0] == '1';
  pyrt_memory_error = (pyrt_obj *)pyrt_exc_alloc(&pyrt_t_MemoryError);
  if (!pyrt_memory_error) pyrt_fatal("out of memory at start-up");
  ((pyrt_exc_obj *)pyrt_memory_error)->args = pyrt_tuple_new(&pyrt_d_tuple_str1, 0);
}

#pragma GCC diagnostic pop
