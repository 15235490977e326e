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
    di->dict = NULL;
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
  PYRT_ROOT(1);
  R_[0] = d;
  pyrt_dict_iter *di = pyrt_alloc(&pyrt_t_dict_iter, sizeof(pyrt_dict_iter));
  PYRT_UNROOT();
  if (!di) return NULL;
  d = R_[0];
  di->it.next = pyrt_dict_iter_next;
  di->it.elem = d->d->elems[what];
  di->dict = d;
  di->len = d->len;
  di->what = what;
  return &di->it;
}

static pyrt_iter *pyrt_m_dict_iter(pyrt_dict *d) { return pyrt_dict_iter_of(d, 0); }
static pyrt_iter *pyrt_m_dict_keys(pyrt_dict *d) { return pyrt_dict_iter_of(d, 0); }
static pyrt_iter *pyrt_m_dict_iter_values(pyrt_dict *d) { return pyrt_dict_iter_of(d, 1); }
static pyrt_iter *pyrt_m_dict_iter_items(pyrt_dict *d) { return pyrt_dict_iter_of(d, 2); }

/* dict(iterable of pairs); the iterator's descriptor's element is the pair's. */
static pyrt_dict *pyrt_m_iter_dict(pyrt_iter *it, const pyrt_desc *dict_desc) {
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

static int64_t pyrt_m_list_len(pyrt_list *l) { return l->len; }
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
static pyrt_iter *pyrt_m_iter_self(pyrt_iter *it) { return it; }

static pyrt_list *pyrt_m_list_slice(pyrt_list *l, int64_t a, int64_t b, int64_t c) { return pyrt_list_slice(l, a, b, c); }

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
  const pyrt_desc *e = d->elems[0];
  int64_t n;
  pyrt_val *items = pyrt_seq_items(seq, &n);
  for (int64_t i = 0; i < n; i++) {
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
  pyrt_list *out = pyrt_list_slice(items, PYRT_NONE_I64, PYRT_NONE_I64, PYRT_NONE_I64);
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
