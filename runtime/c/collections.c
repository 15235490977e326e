/* pyrt's C runtime, part 2: dicts (insertion-ordered, as CPython's), sorting,
 * min/max. Concatenated after pyrt.c; the same rules: everything `static`,
 * raising operations set `pyrt_exc`, references the runtime holds across an
 * allocation are rooted with PYRT_ROOT.
 *
 * A dict is CPython's compact layout: an array of entries in insertion order
 * (a deleted entry keeps its place with hash -1, which no key hashes to) and
 * an open-addressing index of entry numbers. Its descriptor's elements are
 * the key's, the value's, the (key, value) tuple's and the (key,) tuple's
 * (KeyError's arguments) descriptors.
 *
 * The entry points of the method table (ir/src/methods.rs) are named
 * `pyrt_m_<rt>`: the backend calls any it finds defined here, passing the
 * receiver (none for a module's function), then the arguments (element, key
 * and value arguments and results as a `pyrt_val`, the rest as their own C
 * types; the receiver of an `any.*` entry, and its arguments of the same
 * type, as a `pyrt_val` too), then the receiver's descriptor when the entry is
 * `typed`.
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#pragma GCC diagnostic ignored "-Wunused-variable"

typedef struct pyrt_dict_entry {
  int64_t hash; /* -1: deleted */
  pyrt_val k, v;
} pyrt_dict_entry;

typedef struct pyrt_dict {
  pyrt_obj h;
  const pyrt_desc *d;
  int64_t len;  /* live entries */
  int64_t used; /* entries used, deleted ones included */
  int64_t cap;  /* entries allocated */
  pyrt_dict_entry *e;
  int64_t *idx; /* PYRT_DICT_EMPTY, PYRT_DICT_DUMMY or an entry number */
  int64_t mask; /* index slots - 1 */
} pyrt_dict;

#define PYRT_DICT_EMPTY (-1)
#define PYRT_DICT_DUMMY (-2)

static const pyrt_type pyrt_t_dict = {"dict", NULL, NULL, PYRT_O_DICT, sizeof(pyrt_dict), NULL, 0, NULL, NULL};

static void pyrt_dict_trace(pyrt_obj *o) {
  pyrt_dict *d = (pyrt_dict *)o;
  int kr = d->d->elems[0]->kind == PYRT_K_REF, vr = d->d->elems[1]->kind == PYRT_K_REF;
  for (int64_t i = 0; i < d->used; i++) {
    if (d->e[i].hash == -1) continue;
    if (kr) pyrt_mark(d->e[i].k.p);
    if (vr) pyrt_mark(d->e[i].v.p);
  }
}

static void pyrt_dict_free(pyrt_obj *o) {
  pyrt_dict *d = (pyrt_dict *)o;
  free(d->e);
  free(d->idx);
}

static size_t pyrt_dict_size(pyrt_obj *o) {
  pyrt_dict *d = (pyrt_dict *)o;
  return sizeof(pyrt_dict) + (size_t)d->cap * sizeof(pyrt_dict_entry) + (size_t)(d->mask + 1) * sizeof(int64_t);
}

static pyrt_dict *pyrt_dict_new(const pyrt_desc *desc) {
  pyrt_dict *d = pyrt_alloc(&pyrt_t_dict, sizeof(pyrt_dict));
  if (!d) return NULL;
  d->d = desc;
  return d;
}

/* The index slot of key k (hash h): where it is, or (-1 - the empty slot
   where it would go). -2 - ... never: errors return INT64_MIN with pyrt_exc. */
static int64_t pyrt_dict_lookup(pyrt_dict *d, pyrt_val k, int64_t h) {
  if (!d->idx) return -1;
  const pyrt_desc *kd = d->d->elems[0];
  uint64_t perturb = (uint64_t)h;
  int64_t i = h & d->mask, free_slot = -1;
  for (;;) {
    int64_t ix = d->idx[i];
    if (ix == PYRT_DICT_EMPTY) return -1 - (free_slot >= 0 ? free_slot : i);
    if (ix == PYRT_DICT_DUMMY) {
      if (free_slot < 0) free_slot = i;
    } else if (d->e[ix].hash == h) {
      int r = kd->eq(kd, d->e[ix].k, k);
      if (r < 0) return INT64_MIN;
      if (r) return i;
    }
    perturb >>= 5;
    i = (int64_t)(((uint64_t)i * 5 + perturb + 1) & (uint64_t)d->mask);
  }
}

/* Compact the entries and rebuild the index with room for `want` entries. */
static int pyrt_dict_resize(pyrt_dict *d, int64_t want) {
  int64_t slots = 8;
  while (slots * 2 <= want * 3) slots *= 2;
  int64_t *idx = malloc((size_t)slots * sizeof(int64_t));
  int64_t cap = slots * 2 / 3 + 1;
  pyrt_dict_entry *e = malloc((size_t)cap * sizeof(pyrt_dict_entry));
  if (!idx || !e) {
    free(idx);
    free(e);
    pyrt_raise_memory_error();
    return 0;
  }
  for (int64_t i = 0; i < slots; i++) idx[i] = PYRT_DICT_EMPTY;
  int64_t n = 0;
  for (int64_t j = 0; j < d->used; j++) {
    if (d->e[j].hash == -1) continue;
    e[n] = d->e[j];
    uint64_t perturb = (uint64_t)e[n].hash;
    int64_t i = e[n].hash & (slots - 1);
    while (idx[i] != PYRT_DICT_EMPTY) {
      perturb >>= 5;
      i = (int64_t)(((uint64_t)i * 5 + perturb + 1) & (uint64_t)(slots - 1));
    }
    idx[i] = n++;
  }
  pyrt_allocated += (size_t)cap * sizeof(pyrt_dict_entry) + (size_t)slots * sizeof(int64_t);
  free(d->e);
  free(d->idx);
  d->e = e;
  d->idx = idx;
  d->mask = slots - 1;
  d->cap = cap;
  d->used = n;
  return 1;
}

static int64_t pyrt_dict_hash(pyrt_dict *d, pyrt_val k) {
  const pyrt_desc *kd = d->d->elems[0];
  return kd->hash(kd, k);
}

static void pyrt_m_dict_setitem(pyrt_dict *d, pyrt_val k, pyrt_val v) {
  int64_t h = pyrt_dict_hash(d, k);
  if (h == -1 && pyrt_exc) return;
  int64_t s = pyrt_dict_lookup(d, k, h);
  if (s == INT64_MIN) return;
  if (s >= 0) {
    d->e[d->idx[s]].v = v;
    return;
  }
  if (d->used == d->cap) {
    if (!pyrt_dict_resize(d, d->len + 1 > d->used ? d->len + 1 : d->len * 2 + 1)) return;
    s = pyrt_dict_lookup(d, k, h);
    if (s == INT64_MIN) return;
  }
  int64_t j = d->used++;
  d->e[j].hash = h;
  d->e[j].k = k;
  d->e[j].v = v;
  d->idx[-1 - s] = j;
  d->len++;
}

/* KeyError(k); `t1` is the descriptor of the 1-tuple of the key. */
static void pyrt_key_error(const pyrt_desc *t1, pyrt_val k) {
  PYRT_ROOT(2);
  int ref = t1->elems[0]->kind == PYRT_K_REF;
  if (ref) R_[0] = k.p;
  pyrt_exc_obj *e = R_[1] = pyrt_exc_alloc(&pyrt_t_KeyError);
  pyrt_tuple *t = e ? pyrt_tuple_new(t1, 1) : NULL;
  if (t) {
    t->items[0] = ref ? pyrt_vp(R_[0]) : k;
    e->args = t;
    pyrt_exc = (pyrt_obj *)e;
  }
  PYRT_UNROOT();
}

static int64_t pyrt_dict_find(pyrt_dict *d, pyrt_val k) {
  int64_t h = pyrt_dict_hash(d, k);
  if (h == -1 && pyrt_exc) return INT64_MIN;
  return pyrt_dict_lookup(d, k, h);
}

static pyrt_val pyrt_m_dict_getitem(pyrt_dict *d, pyrt_val k) {
  int64_t s = pyrt_dict_find(d, k);
  if (s >= 0) return d->e[d->idx[s]].v;
  if (s != INT64_MIN) pyrt_key_error(d->d->elems[3], k);
  return pyrt_vi(0);
}

static uint8_t pyrt_m_dict_contains(pyrt_dict *d, pyrt_val k) { return pyrt_dict_find(d, k) >= 0; }

static int64_t pyrt_m_dict_len(pyrt_dict *d) { return d->len; }

static pyrt_val pyrt_m_dict_get(pyrt_dict *d, pyrt_val k, pyrt_val dflt) {
  int64_t s = pyrt_dict_find(d, k);
  return s >= 0 ? d->e[d->idx[s]].v : dflt;
}

/* Remove the entry in index slot s; its value. */
static pyrt_val pyrt_dict_remove(pyrt_dict *d, int64_t s) {
  int64_t j = d->idx[s];
  pyrt_val v = d->e[j].v;
  d->idx[s] = PYRT_DICT_DUMMY;
  d->e[j].hash = -1;
  d->e[j].k.p = NULL;
  d->e[j].v.p = NULL;
  d->len--;
  return v;
}

static void pyrt_m_dict_delitem(pyrt_dict *d, pyrt_val k) {
  int64_t s = pyrt_dict_find(d, k);
  if (s >= 0) pyrt_dict_remove(d, s);
  else if (s != INT64_MIN) pyrt_key_error(d->d->elems[3], k);
}

static pyrt_val pyrt_m_dict_pop(pyrt_dict *d, pyrt_val k) {
  int64_t s = pyrt_dict_find(d, k);
  if (s >= 0) return pyrt_dict_remove(d, s);
  if (s != INT64_MIN) pyrt_key_error(d->d->elems[3], k);
  return pyrt_vi(0);
}

static pyrt_val pyrt_m_dict_pop_default(pyrt_dict *d, pyrt_val k, pyrt_val dflt) {
  int64_t s = pyrt_dict_find(d, k);
  return s >= 0 ? pyrt_dict_remove(d, s) : dflt;
}

static pyrt_val pyrt_m_dict_setdefault(pyrt_dict *d, pyrt_val k, pyrt_val dflt) {
  int64_t s = pyrt_dict_find(d, k);
  if (s >= 0) return d->e[d->idx[s]].v;
  if (s == INT64_MIN) return dflt;
  pyrt_m_dict_setitem(d, k, dflt);
  return dflt;
}

static pyrt_tuple *pyrt_dict_item(pyrt_dict *d, int64_t j) {
  pyrt_tuple *t = pyrt_tuple_new(d->d->elems[2], 2);
  if (!t) return NULL;
  t->items[0] = d->e[j].k;
  t->items[1] = d->e[j].v;
  return t;
}

static pyrt_tuple *pyrt_m_dict_popitem(pyrt_dict *d) {
  if (d->len == 0) {
    pyrt_raise(&pyrt_t_KeyError, "popitem(): dictionary is empty");
    return NULL;
  }
  int64_t j = d->used - 1;
  while (d->e[j].hash == -1) j--;
  pyrt_tuple *t = pyrt_dict_item(d, j);
  if (!t) return NULL;
  int64_t s = pyrt_dict_lookup(d, d->e[j].k, d->e[j].hash);
  pyrt_dict_remove(d, s);
  d->used = j;
  return t;
}

static void pyrt_m_dict_clear(pyrt_dict *d) {
  free(d->e);
  free(d->idx);
  d->e = NULL;
  d->idx = NULL;
  d->len = d->used = d->cap = d->mask = 0;
}

static void pyrt_m_dict_update(pyrt_dict *d, pyrt_dict *o) {
  for (int64_t j = 0; j < o->used; j++) {
    if (o->e[j].hash == -1) continue;
    pyrt_m_dict_setitem(d, o->e[j].k, o->e[j].v);
    if (pyrt_exc) return;
  }
}

static pyrt_dict *pyrt_m_dict_copy(pyrt_dict *o) {
  PYRT_ROOT(1);
  R_[0] = o;
  pyrt_dict *d = pyrt_dict_new(o->d);
  if (d) pyrt_m_dict_update(d, R_[0]);
  PYRT_UNROOT();
  return pyrt_exc ? NULL : d;
}

static void pyrt_repr_dict(const pyrt_desc *desc, pyrt_val v, pyrt_buf *b) {
  pyrt_dict *d = v.p;
  const pyrt_desc *kd = desc->elems[0], *vd = desc->elems[1];
  pyrt_buf_cp(b, '{');
  int first = 1;
  for (int64_t j = 0; j < d->used; j++) {
    if (d->e[j].hash == -1) continue;
    if (!first) pyrt_buf_ascii(b, ", ");
    first = 0;
    kd->repr(kd, d->e[j].k, b);
    if (pyrt_exc) return;
    pyrt_buf_ascii(b, ": ");
    vd->repr(vd, d->e[j].v, b);
    if (pyrt_exc) return;
  }
  pyrt_buf_cp(b, '}');
}

static int pyrt_eq_dict(const pyrt_desc *desc, pyrt_val a, pyrt_val b) {
  pyrt_dict *x = a.p, *y = b.p;
  const pyrt_desc *vd = desc->elems[1];
  if (x == y) return 1;
  if (x->len != y->len) return 0;
  for (int64_t j = 0; j < x->used; j++) {
    if (x->e[j].hash == -1) continue;
    int64_t s = pyrt_dict_lookup(y, x->e[j].k, x->e[j].hash);
    if (s == INT64_MIN) return -1;
    if (s < 0) return 0;
    int r = vd->eq(vd, x->e[j].v, y->e[y->idx[s]].v);
    if (r != 1) return r;
  }
  return 1;
}

static int64_t pyrt_hash_dict(const pyrt_desc *d, pyrt_val v) { (void)d; (void)v; return pyrt_unhashable("dict"); }
static int pyrt_lt_dict(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  (void)d; (void)a; (void)b;
  pyrt_lt_unsupported("dict", "dict");
  return -1;
}

/* Iterators over keys, values or items. */
typedef struct pyrt_dict_iter {
  pyrt_iter it;
  pyrt_dict *dict;
  int64_t pos, len;
  uint8_t what; /* 0 keys, 1 values, 2 items */
  uint8_t view; /* keys(), values(), items(): iter() of it starts afresh */
} pyrt_dict_iter;

static void pyrt_trace_dict_iter(pyrt_obj *o) { pyrt_mark(((pyrt_dict_iter *)o)->dict); }

static uint8_t pyrt_dict_iter_next(pyrt_iter *it) {
  pyrt_dict_iter *di = (pyrt_dict_iter *)it;
  pyrt_dict *d = di->dict;
  if (!d) return 0;
  if (di->len != d->len) {
    di->len = -1;
    pyrt_raise(&pyrt_t_RuntimeError, "dictionary changed size during iteration");
    return 0;
  }
  while (di->pos < d->used && d->e[di->pos].hash == -1) di->pos++;
  if (di->pos >= d->used) {
    if (!di->view) di->dict = NULL;
    return 0;
  }
  int64_t j = di->pos++;
  switch (di->what) {
  case 0: it->cur = d->e[j].k; break;
  case 1: it->cur = d->e[j].v; break;
  default: {
    pyrt_tuple *t = pyrt_dict_item(d, j);
    if (!t) return 0;
    it->cur = pyrt_vp(t);
  }
  }
  return 1;
}

static const pyrt_type pyrt_t_dict_iter = {"dict_iterator", NULL, NULL, PYRT_O_ITER, sizeof(pyrt_dict_iter), NULL, 0, NULL, pyrt_trace_dict_iter};

static pyrt_iter *pyrt_dict_iter_of(pyrt_dict *d, uint8_t what) {
  pyrt_dict_iter *di = (pyrt_dict_iter *)pyrt_iter_alloc(&pyrt_t_dict_iter, d, pyrt_dict_iter_next);
  if (!di) return NULL;
  di->it.elem = d->d->elems[what];
  di->dict = d;
  di->len = d->len;
  di->what = what;
  return &di->it;
}

static pyrt_iter *pyrt_m_dict_iter(pyrt_dict *d) { return pyrt_dict_iter_of(d, 0); }
static pyrt_iter *pyrt_dict_view(pyrt_dict *d, uint8_t what) {
  pyrt_iter *it = pyrt_dict_iter_of(d, what);
  if (it) ((pyrt_dict_iter *)it)->view = 1;
  return it;
}
static pyrt_iter *pyrt_m_dict_keys(pyrt_dict *d) { return pyrt_dict_view(d, 0); }
static pyrt_iter *pyrt_m_dict_iter_values(pyrt_dict *d) { return pyrt_dict_view(d, 1); }
static pyrt_iter *pyrt_m_dict_iter_items(pyrt_dict *d) { return pyrt_dict_view(d, 2); }

/* dict(iterable of pairs); the iterator's descriptor's element is the pair's. */
static pyrt_dict *pyrt_iter_dict(pyrt_iter *it, const pyrt_desc *dict_desc) {
  PYRT_ROOT(2);
  R_[0] = it;
  pyrt_dict *d = R_[1] = pyrt_dict_new(dict_desc);
  while (d && pyrt_iter_next(R_[0])) {
    pyrt_tuple *t = ((pyrt_iter *)R_[0])->cur.p;
    pyrt_m_dict_setitem(R_[1], t->items[0], t->items[1]);
    if (pyrt_exc) break;
  }
  PYRT_UNROOT();
  return pyrt_exc ? NULL : R_[1];
}

/* ---- lists, tuples, str and iterators: the method table's entry points ---- */

/* A list's or tuple's items and length. */
static pyrt_val *pyrt_seq_items(void *seq, int64_t *n) {
  if (((pyrt_obj *)seq)->type->okind == PYRT_O_TUPLE) {
    *n = ((pyrt_tuple *)seq)->len;
    return ((pyrt_tuple *)seq)->items;
  }
  *n = ((pyrt_list *)seq)->len;
  return ((pyrt_list *)seq)->items;
}

static PYRT_NOGC int64_t pyrt_m_list_len(pyrt_list *l) { return l->len; }
static int64_t pyrt_m_tuple_len(pyrt_tuple *t) { return t->len; }

static pyrt_val pyrt_m_tuple_getitem(pyrt_tuple *t, int64_t i) {
  if (i < 0) i += t->len;
  if (PYRT_UNLIKELY(i < 0 || i >= t->len)) {
    pyrt_raise(&pyrt_t_IndexError, "tuple index out of range");
    return pyrt_vi(0);
  }
  return t->items[i];
}

/* iter() of a list or a tuple (whose elements share one descriptor's kind). */
static pyrt_iter *pyrt_m_list_iter(void *seq) {
  if (((pyrt_obj *)seq)->type->okind == PYRT_O_TUPLE) {
    pyrt_tuple *t = seq;
    return pyrt_tuple_iter_new(t, t->len ? t->desc->elems[0] : &pyrt_d_none);
  }
  return pyrt_list_iter_new(seq);
}

static pyrt_iter *pyrt_m_str_iter(pyrt_str *s) { return pyrt_str_iter_new(s); }
/* iter(x) of an iterator is itself; of a dict view, a new iterator over the dict. */
static pyrt_iter *pyrt_m_iter_self(pyrt_iter *it) {
  if (it->h.type == &pyrt_t_dict_iter && ((pyrt_dict_iter *)it)->view) {
    pyrt_dict_iter *v = (pyrt_dict_iter *)it;
    return pyrt_dict_iter_of(v->dict, v->what);
  }
  return it;
}

/* t[a:b:c], a tuple of descriptor `d`. */
static pyrt_tuple *pyrt_tuple_slice(pyrt_tuple *t, int64_t a, int64_t b, int64_t c, const pyrt_desc *d) {
  int64_t start, stop, step;
  if (!pyrt_slice_indices(t->len, a, b, c, &start, &stop, &step)) return NULL;
  int64_t n = pyrt_slice_len(start, stop, step);
  PYRT_ROOT(1);
  R_[0] = t;
  pyrt_tuple *r = pyrt_tuple_new(d, n);
  PYRT_UNROOT();
  if (r)
    for (int64_t i = 0; i < n; i++) r->items[i] = t->items[start + i * step];
  return r;
}

static pyrt_list *pyrt_m_list_iadd(pyrt_list *l, pyrt_list *other) {
  pyrt_m_list_extend(l, other);
  return l;
}

static uint8_t pyrt_m_list_contains(void *seq, pyrt_val x, const pyrt_desc *d) {
  int tuple = ((pyrt_obj *)seq)->type->okind == PYRT_O_TUPLE;
  int64_t n;
  pyrt_val *items = pyrt_seq_items(seq, &n);
  for (int64_t i = 0; i < n; i++) {
    const pyrt_desc *e = tuple ? d->elems[i] : d->elems[0];
    int r = e->eq(e, items[i], x);
    if (r != 0) return r > 0;
    items = pyrt_seq_items(seq, &n);
  }
  return 0;
}

#define pyrt_m_sys_argv pyrt_sys_argv()

static int64_t pyrt_m_str_ord(pyrt_val s) { return pyrt_str_ord(s.p); }
static pyrt_str *pyrt_m_str_chr(pyrt_val c) { return pyrt_str_chr(c.i); }
static pyrt_iter *pyrt_m_range_iter(pyrt_val start, int64_t stop, int64_t step) { return pyrt_range_iter_new(start.i, stop, step); }

static pyrt_list *pyrt_m_list_imul(pyrt_list *l, int64_t n) {
  int64_t len = l->len;
  if (n <= 0 || len == 0) {
    l->len = 0;
    return l;
  }
  if (n > 1 && len > INT64_MAX / n) {
    pyrt_raise_memory_error();
    return NULL;
  }
  if (!pyrt_list_reserve(l, len * n)) return NULL;
  for (int64_t k = 1; k < n; k++) memcpy(l->items + k * len, l->items, sizeof(pyrt_val) * (size_t)len);
  l->len = len * n;
  return l;
}

/* a, b = list: a tuple of its n elements (descriptor d), or ValueError. */
static pyrt_tuple *pyrt_list_unpack(pyrt_list *l, int64_t n, const pyrt_desc *d) {
  char msg[128];
  if (l->len == n) {
    PYRT_ROOT(1);
    R_[0] = l;
    pyrt_tuple *t = pyrt_tuple_new(d, n);
    PYRT_UNROOT();
    if (t) memcpy(t->items, ((pyrt_list *)R_[0])->items, sizeof(pyrt_val) * (size_t)n);
    return t;
  }
  if (l->len > n) snprintf(msg, sizeof msg, "too many values to unpack (expected %lld)", (long long)n);
  else snprintf(msg, sizeof msg, "not enough values to unpack (expected %lld, got %lld)", (long long)n, (long long)l->len);
  pyrt_raise(&pyrt_t_ValueError, msg);
  return NULL;
}

static pyrt_list *pyrt_m_list_unpack_star(pyrt_list *l, int64_t n) {
  char msg[128];
  if (l->len >= n) return l;
  snprintf(msg, sizeof msg, "not enough values to unpack (expected at least %lld, got %lld)", (long long)n, (long long)l->len);
  pyrt_raise(&pyrt_t_ValueError, msg);
  return NULL;
}

static void pyrt_list_del_range(pyrt_list *l, int64_t i, int64_t n) {
  memmove(l->items + i, l->items + i + n, sizeof(pyrt_val) * (size_t)(l->len - i - n));
  l->len -= n;
}

static void pyrt_m_list_remove(pyrt_list *l, pyrt_val x, const pyrt_desc *d) {
  const pyrt_desc *e = d->elems[0];
  for (int64_t i = 0; i < l->len; i++) {
    int r = e->eq(e, l->items[i], x);
    if (r < 0) return;
    if (r) {
      pyrt_list_del_range(l, i, 1);
      return;
    }
  }
  pyrt_raise(&pyrt_t_ValueError, "list.remove(x): x not in list");
}

/* ValueError "<repr(x)> is not in list". */
static void pyrt_not_in_list(const pyrt_desc *e, pyrt_val x) {
  pyrt_buf buf = {0};
  e->repr(e, x, &buf);
  pyrt_buf_ascii(&buf, " is not in list");
  pyrt_raise_buf(&pyrt_t_ValueError, &buf);
}

static int64_t pyrt_m_list_index(pyrt_list *l, pyrt_val x, int64_t start, int64_t stop, const pyrt_desc *d) {
  const pyrt_desc *e = d->elems[0];
  int64_t a, b, step;
  pyrt_slice_indices(l->len, start, stop, PYRT_NONE_I64, &a, &b, &step);
  for (int64_t i = a; i < b && i < l->len; i++) {
    int r = e->eq(e, l->items[i], x);
    if (r < 0) return -1;
    if (r) return i;
  }
  pyrt_not_in_list(e, x);
  return -1;
}

static int64_t pyrt_m_list_index1(pyrt_tuple *t, pyrt_val x, const pyrt_desc *d) {
  for (int64_t i = 0; i < t->len; i++) {
    int r = d->elems[i]->eq(d->elems[i], t->items[i], x);
    if (r < 0) return -1;
    if (r) return i;
  }
  pyrt_raise(&pyrt_t_ValueError, "tuple.index(x): x not in tuple");
  return -1;
}

static int64_t pyrt_m_list_count(void *seq, pyrt_val x, const pyrt_desc *d) {
  int tuple = ((pyrt_obj *)seq)->type->okind == PYRT_O_TUPLE;
  int64_t n, c = 0;
  pyrt_val *items = pyrt_seq_items(seq, &n);
  for (int64_t i = 0; i < n; i++) {
    const pyrt_desc *e = tuple ? d->elems[i] : d->elems[0];
    int r = e->eq(e, items[i], x);
    if (r < 0) return -1;
    c += r;
    items = pyrt_seq_items(seq, &n);
  }
  return c;
}

static void pyrt_m_list_clear(pyrt_list *l) { l->len = 0; }

static pyrt_list *pyrt_m_list_copy(pyrt_list *l) { return pyrt_m_list_slice(l, PYRT_NONE_I64, PYRT_NONE_I64, PYRT_NONE_I64); }

static void pyrt_m_list_setslice(pyrt_list *l, int64_t start, int64_t stop, int64_t step, pyrt_list *src) {
  int64_t a, b, st;
  if (!pyrt_slice_indices(l->len, start, stop, step, &a, &b, &st)) return;
  int64_t len = pyrt_slice_len(a, b, st), m = src->len;
  pyrt_val *copy = malloc(sizeof(pyrt_val) * (size_t)(m ? m : 1));
  if (!copy) {
    pyrt_raise_memory_error();
    return;
  }
  memcpy(copy, src->items, sizeof(pyrt_val) * (size_t)m);
  if (st == 1) {
    if (b < a) b = a;
    int64_t n = b - a, newlen = l->len - n + m;
    if (newlen > l->len && !pyrt_list_reserve(l, newlen)) {
      free(copy);
      return;
    }
    memmove(l->items + a + m, l->items + b, sizeof(pyrt_val) * (size_t)(l->len - b));
    memcpy(l->items + a, copy, sizeof(pyrt_val) * (size_t)m);
    l->len = newlen;
  } else if (m != len) {
    char msg[128];
    snprintf(msg, sizeof msg, "attempt to assign sequence of size %lld to extended slice of size %lld", (long long)m, (long long)len);
    pyrt_raise(&pyrt_t_ValueError, msg);
  } else {
    for (int64_t k = 0, i = a; k < len; k++, i += st) l->items[i] = copy[k];
  }
  free(copy);
}

static void pyrt_m_list_delslice(pyrt_list *l, int64_t start, int64_t stop, int64_t step) {
  int64_t a, b, st;
  if (!pyrt_slice_indices(l->len, start, stop, step, &a, &b, &st)) return;
  int64_t len = pyrt_slice_len(a, b, st);
  if (len <= 0) return;
  if (st == 1) {
    pyrt_list_del_range(l, a, len);
    return;
  }
  /* keep what the slice does not name, in order */
  int64_t w = 0, k = 0, next = st > 0 ? a : a + (len - 1) * st;
  int64_t inc = st > 0 ? st : -st;
  for (int64_t r = 0; r < l->len; r++) {
    if (k < len && r == next) {
      k++;
      next += inc;
      continue;
    }
    l->items[w++] = l->items[r];
  }
  l->len = w;
}

/* reversed(list) / reversed(tuple): walks down from the end as CPython's. */
typedef struct pyrt_rev_iter {
  pyrt_iter it;
  void *seq;
  int64_t i;
} pyrt_rev_iter;

static void pyrt_trace_rev_iter(pyrt_obj *o) { pyrt_mark(((pyrt_rev_iter *)o)->seq); }

static uint8_t pyrt_rev_iter_next(pyrt_iter *it) {
  pyrt_rev_iter *r = (pyrt_rev_iter *)it;
  if (!r->seq) return 0;
  int64_t n;
  pyrt_val *items = pyrt_seq_items(r->seq, &n);
  if (r->i < 0 || r->i >= n) {
    r->seq = NULL;
    return 0;
  }
  it->cur = items[r->i--];
  return 1;
}

static const pyrt_type pyrt_t_rev_iter = {"list_reverseiterator", NULL, NULL, PYRT_O_ITER, sizeof(pyrt_rev_iter), NULL, 0, NULL, pyrt_trace_rev_iter};

static pyrt_iter *pyrt_m_list_reversed(void *seq) {
  pyrt_rev_iter *r = (pyrt_rev_iter *)pyrt_iter_alloc(&pyrt_t_rev_iter, seq, pyrt_rev_iter_next);
  if (!r) return NULL;
  int64_t n;
  pyrt_seq_items(seq, &n);
  int tuple = ((pyrt_obj *)seq)->type->okind == PYRT_O_TUPLE;
  r->it.elem = tuple ? (n ? ((pyrt_tuple *)seq)->desc->elems[0] : &pyrt_d_none) : ((pyrt_list *)seq)->elem;
  r->seq = seq;
  r->i = n - 1;
  return &r->it;
}

/* zip(a, b, ...): `its` is a tuple of iterators; each element a tuple of
   descriptor `d`. */
typedef struct pyrt_zip_iter {
  pyrt_iter it;
  pyrt_tuple *its;
} pyrt_zip_iter;

static void pyrt_trace_zip_iter(pyrt_obj *o) { pyrt_mark(((pyrt_zip_iter *)o)->its); }

static uint8_t pyrt_zip_iter_next(pyrt_iter *it) {
  pyrt_zip_iter *z = (pyrt_zip_iter *)it;
  if (!z->its) return 0;
  int64_t n = z->its->len;
  pyrt_tuple *t = pyrt_tuple_new(it->elem, n);
  if (!t) return 0;
  it->cur = pyrt_vp(t); /* rooted through the iterator while the others advance */
  for (int64_t i = 0; i < n; i++) {
    pyrt_iter *src = z->its->items[i].p;
    if (!pyrt_iter_next(src)) {
      z->its = NULL;
      it->cur = pyrt_vp(NULL);
      return 0;
    }
    ((pyrt_tuple *)it->cur.p)->items[i] = src->cur;
  }
  return 1;
}

static const pyrt_type pyrt_t_zip_iter = {"zip", NULL, NULL, PYRT_O_ITER, sizeof(pyrt_zip_iter), NULL, 0, NULL, pyrt_trace_zip_iter};

static pyrt_iter *pyrt_iter_zip(pyrt_tuple *its, const pyrt_desc *d) {
  pyrt_zip_iter *z = (pyrt_zip_iter *)pyrt_iter_alloc(&pyrt_t_zip_iter, its, pyrt_zip_iter_next);
  if (!z) return NULL;
  z->it.elem = d;
  z->its = its;
  return &z->it;
}

/* iter() of an instance whose class has __next__ (the slot holds an adapter
   returning the element as a pyrt_val): StopIteration ends it. */
typedef struct pyrt_inst_iter {
  pyrt_iter it;
  void *obj;
} pyrt_inst_iter;

static void pyrt_trace_inst_iter(pyrt_obj *o) { pyrt_mark(((pyrt_inst_iter *)o)->obj); }

static uint8_t pyrt_inst_iter_next(pyrt_iter *it) {
  pyrt_inst_iter *ii = (pyrt_inst_iter *)it;
  pyrt_val v = pyrt_vp(ii->obj);
  void *f = pyrt_dunder(v, PYRT_SLOT_NEXT);
  if (!f) {
    pyrt_raise(&pyrt_t_TypeError, "iter() returned non-iterator");
    return 0;
  }
  pyrt_val x = ((pyrt_val (*)(void *))f)(ii->obj);
  if (pyrt_exc) {
    if (pyrt_is_subtype(pyrt_exc->type, &pyrt_t_StopIteration)) pyrt_exc = NULL;
    return 0;
  }
  it->cur = x;
  return 1;
}

static const pyrt_type pyrt_t_inst_iter = {"iterator", NULL, NULL, PYRT_O_ITER, sizeof(pyrt_inst_iter), NULL, 0, NULL, pyrt_trace_inst_iter};

static pyrt_iter *pyrt_inst_iter_new(void *obj, const pyrt_desc *elem) {
  pyrt_inst_iter *ii = (pyrt_inst_iter *)pyrt_iter_alloc(&pyrt_t_inst_iter, obj, pyrt_inst_iter_next);
  if (!ii) return NULL;
  ii->it.elem = elem;
  ii->obj = obj;
  return &ii->it;
}

/* The truth of a value of descriptor d (containers: non-empty). */
static int pyrt_truth(const pyrt_desc *d, pyrt_val v) {
  if (d->repr == pyrt_repr_opt) {
    if (pyrt_opt_is_none(d, v)) return 0;
    d = d->elems[0];
  }
  switch (d->kind) {
  case PYRT_K_NONE: return 0;
  case PYRT_K_BOOL: return v.i == 1;
  case PYRT_K_INT: return v.i != 0;
  case PYRT_K_FLOAT: return v.f != 0;
  default: break;
  }
  pyrt_obj *o = v.p;
  if (!o) return 0;
  switch (o->type->okind) {
  case PYRT_O_STR: return ((pyrt_str *)o)->len != 0;
  case PYRT_O_LIST: return ((pyrt_list *)o)->len != 0;
  case PYRT_O_TUPLE: return ((pyrt_tuple *)o)->len != 0;
  case PYRT_O_DICT: return ((pyrt_dict *)o)->len != 0;
  case PYRT_O_INST: {
    void *f = pyrt_dunder(v, PYRT_SLOT_BOOL);
    if (f) return ((uint8_t (*)(void *))f)(o);
    f = pyrt_dunder(v, PYRT_SLOT_LEN);
    if (f) return ((int64_t (*)(void *))f)(o) != 0;
    return 1;
  }
  default: return 1;
  }
}

static uint8_t pyrt_m_truth(pyrt_val x, const pyrt_desc *d) { return (uint8_t)pyrt_truth(d, x); }

static uint8_t pyrt_iter_find(pyrt_iter *it, const pyrt_desc *d, int want) {
  const pyrt_desc *e = d->elems[0];
  while (pyrt_iter_next(it))
    if (pyrt_truth(e, it->cur) == want) return 1;
  return 0;
}
static uint8_t pyrt_m_iter_any(pyrt_iter *it, const pyrt_desc *d) { return pyrt_iter_find(it, d, 1); }
static uint8_t pyrt_m_iter_all(pyrt_iter *it, const pyrt_desc *d) { return !pyrt_iter_find(it, d, 0) && !pyrt_exc; }

static uint8_t pyrt_m_iter_contains(pyrt_iter *it, pyrt_val x, const pyrt_desc *d) {
  const pyrt_desc *e = d->elems[0];
  it = pyrt_m_iter_self(it); /* a dict view: a fresh iterator */
  if (!it) return 0;
  PYRT_ROOT(1);
  R_[0] = it;
  uint8_t found = 0;
  while (pyrt_iter_next(R_[0])) {
    int r = e->eq(e, ((pyrt_iter *)R_[0])->cur, x);
    if (r) {
      found = r > 0;
      break;
    }
  }
  PYRT_UNROOT();
  return found;
}

static pyrt_str *pyrt_int_to_base(int64_t n, int base, const char *prefix) {
  char digits[65], out[72];
  pyrt_digits(n, base, 0, digits);
  snprintf(out, sizeof out, "%s%s%s", n < 0 ? "-" : "", prefix, digits);
  return pyrt_str_ascii(out);
}
static pyrt_str *pyrt_m_int_hex(pyrt_val n) { return pyrt_int_to_base(n.i, 16, "0x"); }
static pyrt_str *pyrt_m_int_oct(pyrt_val n) { return pyrt_int_to_base(n.i, 8, "0o"); }
static pyrt_str *pyrt_m_int_bin(pyrt_val n) { return pyrt_int_to_base(n.i, 2, "0b"); }

/* pow(b, e, m) for ints (e < 0: the modular inverse's power, as CPython 3.8+). */
static int64_t pyrt_m_int_pow_mod(pyrt_val bv, int64_t e, int64_t m) {
  if (m == 0) {
    pyrt_raise(&pyrt_t_ValueError, "pow() 3rd argument cannot be 0");
    return 0;
  }
  int neg = m < 0;
  __int128 M = neg ? -(__int128)m : m;
  __int128 b = ((bv.i % M) + M) % M;
  __int128 E = e;
  if (E < 0) {
    /* extended Euclid: b * x == 1 (mod M) */
    __int128 g0 = b, g1 = M, x0 = 1, x1 = 0;
    while (g1) {
      __int128 q = g0 / g1, t = g0 - q * g1;
      g0 = g1;
      g1 = t;
      t = x0 - q * x1;
      x0 = x1;
      x1 = t;
    }
    if (g0 != 1) {
      pyrt_raise(&pyrt_t_ValueError, "base is not invertible for the given modulus");
      return 0;
    }
    b = ((x0 % M) + M) % M;
    E = -E;
  }
  __int128 r = 1 % M;
  while (E > 0) {
    if (E & 1) r = r * b % M;
    b = b * b % M;
    E >>= 1;
  }
  if (neg && r != 0) r -= M;
  return (int64_t)r;
}

/* ---- sorting: a stable merge sort by a descriptor's `<` (CPython's sort is
   stable too, so equal keys keep their order); `perm` sorts indices. ---- */

static int pyrt_sort_perm(const pyrt_desc *kd, const pyrt_val *keys, int64_t n, int64_t *perm) {
  int64_t *tmp = malloc(sizeof(int64_t) * (size_t)(n ? n : 1));
  if (!tmp) { pyrt_raise_memory_error(); return 0; }
  for (int64_t i = 0; i < n; i++) perm[i] = i;
  for (int64_t w = 1; w < n; w *= 2) {
    for (int64_t lo = 0; lo < n; lo += 2 * w) {
      int64_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
      int64_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        /* take from the right only when strictly less: stability */
        int r = kd->lt(kd, keys[perm[j]], keys[perm[i]]);
        if (r < 0) { free(tmp); return 0; }
        tmp[k++] = r ? perm[j++] : perm[i++];
      }
      while (i < mid) tmp[k++] = perm[i++];
      while (j < hi) tmp[k++] = perm[j++];
    }
    memcpy(perm, tmp, sizeof(int64_t) * (size_t)n);
  }
  free(tmp);
  return 1;
}

/* Sort `items` (a list) by `keys` (a list of the same length), as
   `items.sort(key=..., reverse=...)`: CPython reverses, sorts stably, and
   reverses again, so equal keys keep their order either way. */
static void pyrt_sort_lists(pyrt_list *keys, pyrt_list *items, uint8_t reverse) {
  int64_t n = items->len;
  if (keys->len != n) return;
  if (reverse) {
    pyrt_m_list_reverse(keys);
    if (items != keys) pyrt_m_list_reverse(items);
  }
  int64_t *perm = malloc(sizeof(int64_t) * (size_t)(n ? n : 1));
  pyrt_val *kv = malloc(sizeof(pyrt_val) * (size_t)(n ? n : 1));
  pyrt_val *iv = malloc(sizeof(pyrt_val) * (size_t)(n ? n : 1));
  if (!perm || !kv || !iv) {
    pyrt_raise_memory_error();
  } else {
    memcpy(kv, keys->items, sizeof(pyrt_val) * (size_t)n);
    memcpy(iv, items->items, sizeof(pyrt_val) * (size_t)n);
    if (pyrt_sort_perm(keys->elem, kv, n, perm) && keys->len == n && items->len == n) {
      for (int64_t i = 0; i < n; i++) {
        keys->items[i] = kv[perm[i]];
        items->items[i] = iv[perm[i]];
      }
    }
  }
  free(perm);
  free(kv);
  free(iv);
  if (reverse && keys->len == n && items->len == n) {
    pyrt_m_list_reverse(keys);
    if (items != keys) pyrt_m_list_reverse(items);
  }
}

static void pyrt_m_list_sort(pyrt_list *l, uint8_t reverse, const pyrt_desc *d) {
  (void)d;
  pyrt_sort_lists(l, l, reverse);
}

static pyrt_list *pyrt_m_iter_sorted(pyrt_iter *it, uint8_t reverse, const pyrt_desc *d) {
  (void)d;
  pyrt_list *l = pyrt_m_iter_list(it);
  if (!l) return NULL;
  PYRT_ROOT(1);
  R_[0] = l;
  pyrt_sort_lists(l, l, reverse);
  PYRT_UNROOT();
  return pyrt_exc ? NULL : l;
}

/* sorted(items, key=f): keys holds f(item) for each item. */
static pyrt_list *pyrt_m_sorted_by(pyrt_val keys_, pyrt_val items_, uint8_t reverse, const pyrt_desc *d) {
  pyrt_list *keys = keys_.p, *items = items_.p;
  (void)d;
  PYRT_ROOT(2);
  R_[0] = keys;
  R_[1] = items;
  pyrt_list *out = pyrt_m_list_slice(items, PYRT_NONE_I64, PYRT_NONE_I64, PYRT_NONE_I64);
  if (out) {
    R_[1] = out;
    pyrt_sort_lists(R_[0], out, reverse);
  }
  PYRT_UNROOT();
  return pyrt_exc ? NULL : out;
}

static void pyrt_m_list_sort_by(pyrt_val keys, pyrt_val items, uint8_t reverse, const pyrt_desc *d) {
  (void)d;
  pyrt_sort_lists(keys.p, items.p, reverse);
}

static pyrt_val pyrt_minmax_by(pyrt_list *keys, pyrt_list *items, int max) {
  if (items->len == 0) {
    pyrt_raise(&pyrt_t_ValueError, max ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
    return pyrt_vi(0);
  }
  const pyrt_desc *kd = keys->elem;
  int64_t m = 0;
  for (int64_t i = 1; i < keys->len; i++) {
    int r = max ? kd->lt(kd, keys->items[m], keys->items[i]) : kd->lt(kd, keys->items[i], keys->items[m]);
    if (r < 0) return pyrt_vi(0);
    if (r) m = i;
  }
  return items->items[m];
}
static pyrt_val pyrt_m_min_by(pyrt_val keys, pyrt_val items, const pyrt_desc *d) { (void)d; return pyrt_minmax_by(keys.p, items.p, 0); }
static pyrt_val pyrt_m_max_by(pyrt_val keys, pyrt_val items, const pyrt_desc *d) { (void)d; return pyrt_minmax_by(keys.p, items.p, 1); }

static pyrt_val pyrt_iter_minmax(pyrt_iter *it, const pyrt_desc *d, int max) {
  const pyrt_desc *e = d->elems[0];
  PYRT_ROOT(2);
  R_[0] = it;
  pyrt_val m = pyrt_vi(0);
  if (!pyrt_iter_next(it)) {
    if (!pyrt_exc) pyrt_raise(&pyrt_t_ValueError, max ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
    goto out;
  }
  m = it->cur;
  if (e->kind == PYRT_K_REF) R_[1] = m.p;
  while (pyrt_iter_next(R_[0])) {
    pyrt_val x = ((pyrt_iter *)R_[0])->cur;
    int r = max ? e->lt(e, m, x) : e->lt(e, x, m);
    if (r < 0) break;
    if (r) {
      m = x;
      if (e->kind == PYRT_K_REF) R_[1] = m.p;
    }
  }
out:
  PYRT_UNROOT();
  return m;
}
static pyrt_val pyrt_m_iter_min(pyrt_iter *it, const pyrt_desc *d) { return pyrt_iter_minmax(it, d, 0); }
static pyrt_val pyrt_m_iter_max(pyrt_iter *it, const pyrt_desc *d) { return pyrt_iter_minmax(it, d, 1); }

/* a < b and a <= b through the descriptor (`any.__lt__`, `any.__le__`). */
static uint8_t pyrt_m_lt(pyrt_val a, pyrt_val b, const pyrt_desc *d) {
  int r = d->lt(d, a, b);
  return r > 0;
}
static uint8_t pyrt_m_le(pyrt_val a, pyrt_val b, const pyrt_desc *d) {
  int r = d->lt(d, a, b);
  if (r) return r > 0;
  r = d->eq(d, a, b);
  return r > 0;
}
static int64_t pyrt_m_hash(pyrt_val a, const pyrt_desc *d) { return d->hash(d, a); }

/* Iterator descriptors: only their element's matters. */
static void pyrt_repr_iter(const pyrt_desc *d, pyrt_val v, pyrt_buf *b) {
  char tmp[64];
  (void)d;
  snprintf(tmp, sizeof tmp, "<%s object at %p>", ((pyrt_obj *)v.p)->type->name, v.p);
  pyrt_buf_ascii(b, tmp);
}

#pragma GCC diagnostic pop
