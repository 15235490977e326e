/* pyrt's C runtime, part 3: sets, with CPython 3.11's table and therefore its
 * iteration order. Concatenated after collections.c; the same rules.
 *
 * A transcription of CPython 3.11's Objects/setobject.c (as runtime/js's
 * collections.js is): open addressing over 2**k slots (8 at first, held in
 * the object itself as CPython's smalltable), LINEAR_PROBES = 9 consecutive
 * slots per probe, then perturb >>= 5; i = (i*5 + 1 + perturb) & mask. `fill`
 * counts the active and dummy slots, `used` the active ones. A slot is unused,
 * dummy (a deleted element: hash -1) or active; its state is kept in a byte
 * array next to the entries, since any 64-bit value may be an element. The
 * element hashes are CPython's (the descriptor's `hash`), so the iteration
 * order of sets of int, float, bool, None and tuples of them is CPython's; str
 * hashes are pyrt's own.
 *
 * The functions follow CPython's names: set_add_entry (a new element goes to
 * the last dummy seen on its probe sequence), set_lookkey, set_table_resize,
 * set_insert_clean, set_merge (one big resize, then a table copy or clean
 * inserts into an empty set), set_pop (the finger), the set algebra (which set
 * is iterated, which probed) and the iterator. Element comparisons may run the
 * program's __eq__, which may change the set: as CPython, a lookup restarts
 * when the table changed under it, and loops over a table re-read it.
 *
 * A set's descriptor (see container_desc in backends/c/src/program.rs) has two
 * elements: the element's descriptor and the descriptor of the 1-tuple of the
 * element (KeyError's arguments); the set keeps it.
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#pragma GCC diagnostic ignored "-Wunused-variable"

#define PYRT_SET_MINSIZE 8
#define PYRT_SET_LINEAR_PROBES 9
#define PYRT_SET_PERTURB_SHIFT 5

enum { PYRT_SET_UNUSED = 0, PYRT_SET_ACTIVE = 1, PYRT_SET_DUMMY = 2 };

typedef struct pyrt_set_entry {
  int64_t hash; /* -1: dummy */
  pyrt_val key;
} pyrt_set_entry;

typedef struct pyrt_set {
  pyrt_obj h;
  const pyrt_desc *d; /* the set's descriptor */
  int64_t fill, used, mask, finger;
  pyrt_set_entry *e; /* mask + 1 entries: `small`, or malloc'd with `st` after them */
  uint8_t *st;       /* PYRT_SET_UNUSED, _ACTIVE or _DUMMY of each entry */
  pyrt_set_entry small[PYRT_SET_MINSIZE];
  uint8_t small_st[PYRT_SET_MINSIZE];
} pyrt_set;

static const pyrt_type pyrt_t_set = {"set", NULL, NULL, PYRT_O_SET, sizeof(pyrt_set), NULL, 0, NULL, NULL};

#define PYRT_SET_SLOT_BYTES (sizeof(pyrt_set_entry) + 1)

static void pyrt_set_trace(pyrt_obj *o) {
  pyrt_set *s = (pyrt_set *)o;
  if (!s->d || !s->e || s->d->elems[0]->kind != PYRT_K_REF) return;
  for (int64_t j = 0; j <= s->mask; j++)
    if (s->st[j] == PYRT_SET_ACTIVE) pyrt_mark(s->e[j].key.p);
}

static void pyrt_set_free(pyrt_obj *o) {
  pyrt_set *s = (pyrt_set *)o;
  if (s->e && s->e != s->small) free(s->e);
  s->e = NULL;
}

static size_t pyrt_set_size(pyrt_obj *o) {
  pyrt_set *s = (pyrt_set *)o;
  size_t n = sizeof(pyrt_set);
  if (s->e && s->e != s->small) n += (size_t)(s->mask + 1) * PYRT_SET_SLOT_BYTES;
  return n;
}

/* Make the set empty with its small table (set_empty_to_minsize; the finger
   stays). */
static void pyrt_set_empty(pyrt_set *s) {
  if (s->e && s->e != s->small) free(s->e);
  memset(s->small, 0, sizeof s->small);
  memset(s->small_st, 0, sizeof s->small_st);
  s->e = s->small;
  s->st = s->small_st;
  s->mask = PYRT_SET_MINSIZE - 1;
  s->fill = s->used = 0;
}

static pyrt_set *pyrt_set_new(const pyrt_desc *desc) {
  pyrt_set *s = pyrt_alloc(&pyrt_t_set, sizeof(pyrt_set));
  if (!s) return NULL;
  s->d = desc;
  s->e = s->small;
  s->st = s->small_st;
  s->mask = PYRT_SET_MINSIZE - 1;
  return s;
}

static int64_t pyrt_set_hash(const pyrt_set *s, pyrt_val x) {
  const pyrt_desc *ed = s->d->elems[0];
  if (ed == &pyrt_d_int) return pyrt_hash_i64(x.i);
  return ed->hash(ed, x);
}

/* Whether the element k in a table equals x (1, 0, or -1 with pyrt_exc):
   identity first, as CPython. Both stay rooted while the program's __eq__
   runs (it may take k out of the set). */
static int pyrt_set_key_eq(const pyrt_desc *ed, pyrt_val k, pyrt_val x) {
  switch (ed->kind) {
  case PYRT_K_REF:
    if (k.p == x.p) return 1;
    if (ed == &pyrt_d_str) return pyrt_str_eq(k.p, x.p);
    break;
  case PYRT_K_FLOAT:
    return ed->eq(ed, k, x);
  default:
    if (ed->eq == pyrt_eq_bits) return k.i == x.i;
    return ed->eq(ed, k, x);
  }
  PYRT_ROOT(2);
  R_[0] = k.p;
  R_[1] = x.p;
  int r = ed->eq(ed, k, x);
  PYRT_UNROOT();
  return r;
}

/* set_lookkey: the slot of x (hash h), -1 when absent, -2 on an error. */
static int64_t pyrt_set_lookkey(pyrt_set *s, pyrt_val x, int64_t h) {
  const pyrt_desc *ed = s->d->elems[0];
restart:;
  uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)h, i = (uint64_t)h & mask;
  for (;;) {
    uint64_t j = i, last = i + PYRT_SET_LINEAR_PROBES <= mask ? i + PYRT_SET_LINEAR_PROBES : i;
    for (;; j++) {
      uint8_t st = s->st[j];
      if (st == PYRT_SET_UNUSED) return -1;
      if (st == PYRT_SET_ACTIVE && s->e[j].hash == h) {
        pyrt_set_entry *table = s->e;
        pyrt_val k = table[j].key;
        int r = pyrt_set_key_eq(ed, k, x);
        if (r < 0) return -2;
        if (s->e != table || s->st[j] != PYRT_SET_ACTIVE || s->e[j].key.i != k.i) goto restart;
        if (r) return (int64_t)j;
        mask = (uint64_t)s->mask;
      }
      if (j == last) break;
    }
    perturb >>= PYRT_SET_PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/* set_insert_clean: x is absent and the table has no dummies. */
static void pyrt_set_insert_clean(pyrt_set_entry *e, uint8_t *st, uint64_t mask, pyrt_val x, int64_t h) {
  uint64_t perturb = (uint64_t)h, i = (uint64_t)h & mask;
  for (;;) {
    if (st[i] == PYRT_SET_UNUSED) break;
    if (i + PYRT_SET_LINEAR_PROBES <= mask) {
      uint64_t j = i + 1, last = i + PYRT_SET_LINEAR_PROBES;
      while (j <= last && st[j] != PYRT_SET_UNUSED) j++;
      if (j <= last) {
        i = j;
        break;
      }
    }
    perturb >>= PYRT_SET_PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
  e[i].hash = h;
  e[i].key = x;
  st[i] = PYRT_SET_ACTIVE;
}

/* set_table_resize: the smallest table of more than `minused` slots, the
   active elements re-inserted in table order. 0: MemoryError. */
static int pyrt_set_resize(pyrt_set *s, int64_t minused) {
  uint64_t newsize = PYRT_SET_MINSIZE;
  while (newsize <= (uint64_t)minused) newsize <<= 1;
  pyrt_set_entry *old = s->e, small_copy[PYRT_SET_MINSIZE];
  uint8_t *oldst = s->st, small_st_copy[PYRT_SET_MINSIZE];
  uint64_t oldmask = (uint64_t)s->mask;
  int old_malloced = old != s->small;
  pyrt_set_entry *ne;
  uint8_t *nst;
  if (newsize == PYRT_SET_MINSIZE) {
    ne = s->small;
    nst = s->small_st;
    if (!old_malloced) {
      if (s->fill == s->used) return 1; /* no dummies: nothing to do */
      memcpy(small_copy, old, sizeof small_copy);
      memcpy(small_st_copy, oldst, sizeof small_st_copy);
      old = small_copy;
      oldst = small_st_copy;
    }
  } else {
    if (newsize > ((uint64_t)1 << 58)) {
      pyrt_raise_memory_error();
      return 0;
    }
    ne = malloc((size_t)newsize * PYRT_SET_SLOT_BYTES);
    if (!ne) {
      pyrt_raise_memory_error();
      return 0;
    }
    nst = (uint8_t *)(ne + newsize);
    pyrt_allocated += (size_t)newsize * PYRT_SET_SLOT_BYTES;
  }
  memset(ne, 0, (size_t)newsize * sizeof(pyrt_set_entry));
  memset(nst, 0, (size_t)newsize);
  s->mask = (int64_t)newsize - 1;
  s->e = ne;
  s->st = nst;
  for (uint64_t j = 0; j <= oldmask; j++)
    if (oldst[j] == PYRT_SET_ACTIVE) pyrt_set_insert_clean(ne, nst, newsize - 1, old[j].key, old[j].hash);
  s->fill = s->used;
  if (old_malloced) free(old);
  return 1;
}

/* set_add_entry: 1 (added or present), 0 on an error. */
static int pyrt_set_add_entry(pyrt_set *s, pyrt_val x, int64_t h) {
  const pyrt_desc *ed = s->d->elems[0];
  uint64_t mask, perturb, i, j;
  int64_t freeslot;
restart:
  mask = (uint64_t)s->mask;
  perturb = (uint64_t)h;
  i = (uint64_t)h & mask;
  freeslot = -1;
  for (;;) {
    uint64_t last = i + PYRT_SET_LINEAR_PROBES <= mask ? i + PYRT_SET_LINEAR_PROBES : i;
    for (j = i;; j++) {
      uint8_t st = s->st[j];
      if (st == PYRT_SET_UNUSED) goto found_unused_or_dummy;
      if (st == PYRT_SET_ACTIVE && s->e[j].hash == h) {
        pyrt_set_entry *table = s->e;
        pyrt_val k = table[j].key;
        int r = pyrt_set_key_eq(ed, k, x);
        if (r > 0) return 1;
        if (r < 0) return 0;
        if (s->e != table || s->st[j] != PYRT_SET_ACTIVE || s->e[j].key.i != k.i) goto restart;
        mask = (uint64_t)s->mask;
      } else if (st == PYRT_SET_DUMMY) {
        freeslot = (int64_t)j;
      }
      if (j == last) break;
    }
    perturb >>= PYRT_SET_PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot >= 0) {
    s->e[freeslot].hash = h;
    s->e[freeslot].key = x;
    s->st[freeslot] = PYRT_SET_ACTIVE;
    s->used++;
    return 1;
  }
  s->e[j].hash = h;
  s->e[j].key = x;
  s->st[j] = PYRT_SET_ACTIVE;
  s->fill++;
  s->used++;
  if ((uint64_t)s->fill * 5 < mask * 3) return 1;
  return pyrt_set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

/* set_discard_entry: 1 removed, 0 absent, -1 on an error. */
static int pyrt_set_discard_entry(pyrt_set *s, pyrt_val x, int64_t h) {
  int64_t j = pyrt_set_lookkey(s, x, h);
  if (j == -2) return -1;
  if (j < 0) return 0;
  s->e[j].hash = -1;
  s->e[j].key.i = 0;
  s->st[j] = PYRT_SET_DUMMY;
  s->used--;
  return 1;
}

/* set_next: the next active slot at or after *pos, or -1. */
static int64_t pyrt_set_next(const pyrt_set *s, int64_t *pos) {
  int64_t i = *pos;
  while (i <= s->mask && s->st[i] != PYRT_SET_ACTIVE) i++;
  *pos = i + 1;
  return i <= s->mask ? i : -1;
}

/* set_merge: s |= o. 0 on an error. */
static int pyrt_set_merge(pyrt_set *s, pyrt_set *o) {
  if (o == s || o->used == 0) return 1;
  if ((s->fill + o->used) * 5 >= s->mask * 3 && !pyrt_set_resize(s, (s->used + o->used) * 2)) return 0;
  if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
    /* same size, no dummies: copy the table as it is */
    for (int64_t j = 0; j <= o->mask; j++) {
      if (o->st[j] == PYRT_SET_ACTIVE) {
        s->e[j] = o->e[j];
        s->st[j] = PYRT_SET_ACTIVE;
      }
    }
    s->fill = o->fill;
    s->used = o->used;
    return 1;
  }
  if (s->fill == 0) {
    s->fill = s->used = o->used;
    for (int64_t j = 0; j <= o->mask; j++)
      if (o->st[j] == PYRT_SET_ACTIVE) pyrt_set_insert_clean(s->e, s->st, (uint64_t)s->mask, o->e[j].key, o->e[j].hash);
    return 1;
  }
  /* The program's __eq__ may change o: its table is re-read at each step. */
  int64_t pos = 0, j;
  while ((j = pyrt_set_next(o, &pos)) >= 0)
    if (!pyrt_set_add_entry(s, o->e[j].key, o->e[j].hash)) return 0;
  return 1;
}

/* set_swap_bodies(s, o) where o is dropped afterwards: s takes o's table (the
   finger stays). */
static void pyrt_set_take(pyrt_set *s, pyrt_set *o) {
  if (s->e != s->small) free(s->e);
  if (o->e == o->small) {
    memcpy(s->small, o->small, sizeof s->small);
    memcpy(s->small_st, o->small_st, sizeof s->small_st);
    s->e = s->small;
    s->st = s->small_st;
  } else {
    s->e = o->e;
    s->st = o->st;
    o->e = o->small;
    o->st = o->small_st;
    memset(o->small_st, 0, sizeof o->small_st);
  }
  s->mask = o->mask;
  s->fill = o->fill;
  s->used = o->used;
  o->mask = PYRT_SET_MINSIZE - 1;
  o->fill = o->used = 0;
}

/* ---- building sets ---- */

/* Add the items of a list one by one (set(list), s.update(iterable)). */
static int pyrt_set_add_items(pyrt_set *s, pyrt_list *l) {
  for (int64_t i = 0; i < l->len; i++) {
    pyrt_val x = l->items[i];
    int64_t h = pyrt_set_hash(s, x);
    if (h == -1 && pyrt_exc) return 0;
    if (!pyrt_set_add_entry(s, x, h)) return 0;
  }
  return 1;
}

/* A new set of descriptor `desc` with the elements of `o` (set(o) for a set o:
   make_new_set, a merge). */
static pyrt_set *pyrt_set_copy_of(const pyrt_desc *desc, pyrt_set *o) {
  PYRT_ROOT(2);
  R_[0] = o;
  pyrt_set *r = R_[1] = pyrt_set_new(desc);
  if (r) pyrt_set_merge(r, R_[0]);
  PYRT_UNROOT();
  return pyrt_exc ? NULL : r;
}

/* A set display {a, b, ...} (its items in a list), set() or a comprehension's
   start. consts: a display of 3 or more constants, which CPython 3.11 builds
   from a frozenset constant: the compiler makes it of the items in order, its
   constant merging makes it anew in that one's iteration order, and the
   display's value is BUILD_SET 0; LOAD_CONST <frozenset>; SET_UPDATE, a merge
   into a new set. (In a module loaded from a .pyc file marshal adds one more
   rebuild; this models the main script, as the JS runtime.) */
static pyrt_set *pyrt_set_build(const pyrt_desc *set_desc, pyrt_list *items, uint8_t consts) {
  PYRT_ROOT(3);
  R_[0] = items;
  pyrt_set *s = R_[1] = pyrt_set_new(set_desc);
  if (s && !consts) {
    pyrt_set_add_items(s, R_[0]);
  } else if (s) {
    /* s: the compiler's frozenset; R_[2]: the merged one. */
    pyrt_set_add_items(s, R_[0]);
    pyrt_set *f = pyrt_exc ? NULL : (R_[2] = pyrt_set_new(set_desc));
    int64_t pos = 0, j;
    while (f && !pyrt_exc && (j = pyrt_set_next(R_[1], &pos)) >= 0) pyrt_set_add_entry(f, s->e[j].key, s->e[j].hash);
    pyrt_set *r = pyrt_exc ? NULL : pyrt_set_new(set_desc);
    if (r) {
      R_[1] = r;
      pyrt_set_merge(r, R_[2]);
    }
    s = r;
  }
  PYRT_UNROOT();
  return pyrt_exc ? NULL : s;
}

/* Descriptors of sets made from an iterator, whose static set descriptor the
   backend does not pass (`set(iterable)` gets the iterator's): the same
   functions, made once per element descriptor. */
typedef struct pyrt_set_desc_cache {
  struct pyrt_set_desc_cache *next;
  const pyrt_desc *elem;
  pyrt_desc set, tuple1;
  const pyrt_desc *set_elems[2];
  const pyrt_desc *tuple1_elems[1];
} pyrt_set_desc_cache;

static pyrt_set_desc_cache *pyrt_set_descs;

static void pyrt_repr_set(const pyrt_desc *desc, pyrt_val v, pyrt_buf *b);
static int pyrt_eq_set(const pyrt_desc *desc, pyrt_val a, pyrt_val b);
static int64_t pyrt_hash_set(const pyrt_desc *d, pyrt_val v);
static int pyrt_lt_set(const pyrt_desc *d, pyrt_val a, pyrt_val b);

static const pyrt_desc *pyrt_set_desc_of(const pyrt_desc *elem) {
  for (pyrt_set_desc_cache *c = pyrt_set_descs; c; c = c->next)
    if (c->elem == elem) return &c->set;
  pyrt_set_desc_cache *c = calloc(1, sizeof *c);
  if (!c) {
    pyrt_raise_memory_error();
    return NULL;
  }
  c->elem = elem;
  c->tuple1_elems[0] = elem;
  pyrt_desc t = {PYRT_K_REF, pyrt_repr_tuple, pyrt_repr_tuple, pyrt_eq_tuple, pyrt_hash_tuple, pyrt_lt_tuple, 1, c->tuple1_elems};
  c->tuple1 = t;
  c->set_elems[0] = elem;
  c->set_elems[1] = &c->tuple1;
  pyrt_desc s = {PYRT_K_REF, pyrt_repr_set, pyrt_repr_set, pyrt_eq_set, pyrt_hash_set, pyrt_lt_set, 1, c->set_elems};
  c->set = s;
  c->next = pyrt_set_descs;
  pyrt_set_descs = c;
  return &c->set;
}

/* set(iterable): its elements added in order. `iter_desc` is the iterator's
   descriptor (its element's is elems[0]). */
static pyrt_set *pyrt_m_iter_set(pyrt_iter *it, const pyrt_desc *iter_desc) {
  const pyrt_desc *sd = pyrt_set_desc_of(iter_desc->elems[0]);
  if (!sd) return NULL;
  PYRT_ROOT(2);
  R_[0] = it;
  pyrt_set *s = R_[1] = pyrt_set_new(sd);
  while (s && pyrt_iter_next(R_[0])) {
    pyrt_val x = ((pyrt_iter *)R_[0])->cur;
    int64_t h = pyrt_set_hash(R_[1], x);
    if (h == -1 && pyrt_exc) break;
    if (!pyrt_set_add_entry(R_[1], x, h)) break;
  }
  PYRT_UNROOT();
  return pyrt_exc ? NULL : s;
}

/* ---- the method table's entry points ---- */

static int64_t pyrt_m_set_len(pyrt_set *s) { return s->used; }

static uint8_t pyrt_m_set_contains(pyrt_set *s, pyrt_val x) {
  int64_t h = pyrt_set_hash(s, x);
  if (h == -1 && pyrt_exc) return 0;
  return pyrt_set_lookkey(s, x, h) >= 0;
}

static void pyrt_m_set_add(pyrt_set *s, pyrt_val x) {
  int64_t h = pyrt_set_hash(s, x);
  if (h == -1 && pyrt_exc) return;
  pyrt_set_add_entry(s, x, h);
}

static void pyrt_m_set_discard(pyrt_set *s, pyrt_val x) {
  int64_t h = pyrt_set_hash(s, x);
  if (h == -1 && pyrt_exc) return;
  pyrt_set_discard_entry(s, x, h);
}

static void pyrt_m_set_remove(pyrt_set *s, pyrt_val x) {
  int64_t h = pyrt_set_hash(s, x);
  if (h == -1 && pyrt_exc) return;
  if (pyrt_set_discard_entry(s, x, h) == 0) pyrt_key_error(s->d->elems[1], x);
}

/* set_pop: from the finger on. */
static pyrt_val pyrt_m_set_pop(pyrt_set *s) {
  if (s->used == 0) {
    pyrt_raise(&pyrt_t_KeyError, "pop from an empty set");
    return pyrt_vi(0);
  }
  int64_t j = s->finger & s->mask;
  while (s->st[j] != PYRT_SET_ACTIVE) {
    j++;
    if (j > s->mask) j = 0;
  }
  pyrt_val k = s->e[j].key;
  s->e[j].hash = -1;
  s->e[j].key.i = 0;
  s->st[j] = PYRT_SET_DUMMY;
  s->used--;
  s->finger = j + 1;
  return k;
}

/* set_clear_internal (the finger stays). */
static void pyrt_m_set_clear(pyrt_set *s) {
  if (s->e == s->small && s->fill == 0) return;
  pyrt_set_empty(s);
}

static pyrt_set *pyrt_m_set_copy(pyrt_set *s) { return pyrt_set_copy_of(s->d, s); }

/* s.update(iterable), the iterable as a list: its items added one by one. */
static void pyrt_m_set_update(pyrt_set *s, pyrt_list *l) { pyrt_set_add_items(s, l); }

/* s |= o and s.update(o) for a set o. */
static void pyrt_m_set_merge(pyrt_set *s, pyrt_set *o) { pyrt_set_merge(s, o); }

/* set_or / set.union: a copy of a, then b merged. */
static pyrt_set *pyrt_m_set_union(pyrt_set *a, pyrt_set *b) {
  PYRT_ROOT(2);
  R_[0] = b;
  pyrt_set *r = R_[1] = pyrt_set_copy_of(a->d, a);
  if (r && r != b && a != b) pyrt_set_merge(r, R_[0]);
  PYRT_UNROOT();
  return pyrt_exc ? NULL : r;
}

/* set_intersection: iterates the smaller set, probing the larger. */
static pyrt_set *pyrt_set_intersection(pyrt_set *a, pyrt_set *b) {
  if (a == b) return pyrt_set_copy_of(a->d, a);
  PYRT_ROOT(3);
  R_[0] = a;
  R_[1] = b;
  pyrt_set *r = R_[2] = pyrt_set_new(a->d);
  if (r) {
    pyrt_set *big = a, *small = b;
    if (b->used > a->used) {
      big = b;
      small = a;
    }
    int64_t pos = 0, j;
    while ((j = pyrt_set_next(small, &pos)) >= 0) {
      pyrt_val k = small->e[j].key;
      int64_t h = small->e[j].hash;
      PYRT_ROOT(1);
      if (a->d->elems[0]->kind == PYRT_K_REF) R_[0] = k.p;
      int64_t found = pyrt_set_lookkey(big, k, h);
      int ok = found != -2 && (found < 0 || pyrt_set_add_entry(r, k, h));
      PYRT_UNROOT();
      if (!ok) break;
    }
  }
  PYRT_UNROOT();
  return pyrt_exc ? NULL : r;
}

static pyrt_set *pyrt_m_set_intersection(pyrt_set *a, pyrt_set *b) { return pyrt_set_intersection(a, b); }

static void pyrt_m_set_intersection_update(pyrt_set *s, pyrt_set *o) {
  pyrt_set *t = pyrt_set_intersection(s, o);
  if (t) pyrt_set_take(s, t);
}

/* set_difference_update_internal */
static void pyrt_m_set_difference_update(pyrt_set *s, pyrt_set *o) {
  if (o == s) {
    pyrt_m_set_clear(s);
    return;
  }
  PYRT_ROOT(2);
  R_[0] = s;
  pyrt_set *other = o;
  /* when o is more than 8 times larger, iterate s & o instead */
  if ((o->used >> 3) > s->used) other = pyrt_set_intersection(s, o);
  R_[1] = other;
  int64_t pos = 0, j;
  while (other && (j = pyrt_set_next(other, &pos)) >= 0) {
    PYRT_ROOT(1);
    if (s->d->elems[0]->kind == PYRT_K_REF) R_[0] = other->e[j].key.p;
    int r = pyrt_set_discard_entry(s, other->e[j].key, other->e[j].hash);
    PYRT_UNROOT();
    if (r < 0) break;
  }
  PYRT_UNROOT();
  if (pyrt_exc) return;
  /* more than 1/4 dummies: resize them away */
  if ((uint64_t)(s->fill - s->used) <= (uint64_t)s->mask / 4) return;
  pyrt_set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

/* set_difference */
static pyrt_set *pyrt_m_set_difference(pyrt_set *a, pyrt_set *b) {
  PYRT_ROOT(3);
  R_[0] = a;
  R_[1] = b;
  pyrt_set *r;
  if ((a->used >> 2) > b->used) {
    r = R_[2] = pyrt_set_copy_of(a->d, a);
    if (r) pyrt_m_set_difference_update(r, R_[1]);
  } else {
    r = R_[2] = pyrt_set_new(a->d);
    int64_t pos = 0, j;
    while (r && (j = pyrt_set_next(a, &pos)) >= 0) {
      pyrt_val k = a->e[j].key;
      int64_t h = a->e[j].hash;
      PYRT_ROOT(1);
      if (a->d->elems[0]->kind == PYRT_K_REF) R_[0] = k.p;
      int64_t found = pyrt_set_lookkey(b, k, h);
      int ok = found != -2 && (found >= 0 || pyrt_set_add_entry(r, k, h));
      PYRT_UNROOT();
      if (!ok) break;
    }
  }
  PYRT_UNROOT();
  return pyrt_exc ? NULL : r;
}

static void pyrt_m_set_symmetric_difference_update(pyrt_set *s, pyrt_set *o) {
  if (o == s) {
    pyrt_m_set_clear(s);
    return;
  }
  int64_t pos = 0, j;
  while ((j = pyrt_set_next(o, &pos)) >= 0) {
    pyrt_val k = o->e[j].key;
    int64_t h = o->e[j].hash;
    PYRT_ROOT(1);
    if (s->d->elems[0]->kind == PYRT_K_REF) R_[0] = k.p;
    int r = pyrt_set_discard_entry(s, k, h);
    int ok = r >= 0 && (r == 1 || pyrt_set_add_entry(s, k, h));
    PYRT_UNROOT();
    if (!ok) return;
  }
}

/* CPython: set(b) then symmetric_difference_update with a. */
static pyrt_set *pyrt_m_set_symmetric_difference(pyrt_set *a, pyrt_set *b) {
  PYRT_ROOT(2);
  R_[0] = a;
  pyrt_set *r = R_[1] = pyrt_set_copy_of(a->d, b);
  if (r) pyrt_m_set_symmetric_difference_update(r, R_[0]);
  PYRT_UNROOT();
  return pyrt_exc ? NULL : r;
}

/* 1, 0, or -1 on an error. */
static int pyrt_set_issubset(pyrt_set *a, pyrt_set *b) {
  if (a->used > b->used) return 0;
  int64_t pos = 0, j;
  while ((j = pyrt_set_next(a, &pos)) >= 0) {
    int64_t found = pyrt_set_lookkey(b, a->e[j].key, a->e[j].hash);
    if (found == -2) return -1;
    if (found < 0) return 0;
  }
  return 1;
}

static uint8_t pyrt_m_set_issubset(pyrt_set *a, pyrt_set *b) { return pyrt_set_issubset(a, b) > 0; }
static uint8_t pyrt_m_set_issuperset(pyrt_set *a, pyrt_set *b) { return pyrt_set_issubset(b, a) > 0; }
static uint8_t pyrt_m_set_lt(pyrt_set *a, pyrt_set *b) { return a->used < b->used && pyrt_set_issubset(a, b) > 0; }

static uint8_t pyrt_m_set_isdisjoint(pyrt_set *a, pyrt_set *b) {
  if (a == b) return a->used == 0;
  pyrt_set *big = a, *small = b;
  if (b->used > a->used) {
    big = b;
    small = a;
  }
  int64_t pos = 0, j;
  while ((j = pyrt_set_next(small, &pos)) >= 0) {
    int64_t found = pyrt_set_lookkey(big, small->e[j].key, small->e[j].hash);
    if (found != -1) return 0;
  }
  return 1;
}

/* ---- the descriptor's functions ---- */

static void pyrt_repr_set(const pyrt_desc *desc, pyrt_val v, pyrt_buf *b) {
  pyrt_set *s = v.p;
  const pyrt_desc *ed = desc->elems[0];
  if (s->used == 0) {
    pyrt_buf_ascii(b, "set()");
    return;
  }
  pyrt_buf_cp(b, '{');
  if (ed->kind != PYRT_K_REF) {
    int first = 1;
    for (int64_t j = 0; j <= s->mask; j++) {
      if (s->st[j] != PYRT_SET_ACTIVE) continue;
      if (!first) pyrt_buf_ascii(b, ", ");
      first = 0;
      ed->repr(ed, s->e[j].key, b);
    }
  } else {
    /* The program's __repr__ may change the set: CPython lists it first. */
    PYRT_ROOT(1);
    pyrt_list *l = R_[0] = pyrt_list_new(ed, s->used);
    if (l) {
      int64_t n = 0;
      for (int64_t j = 0; j <= s->mask; j++)
        if (s->st[j] == PYRT_SET_ACTIVE) l->items[n++] = s->e[j].key;
      for (int64_t i = 0; i < l->len; i++) {
        if (i) pyrt_buf_ascii(b, ", ");
        ed->repr(ed, l->items[i], b);
        if (pyrt_exc) break;
      }
    }
    PYRT_UNROOT();
  }
  pyrt_buf_cp(b, '}');
}

static int pyrt_eq_set(const pyrt_desc *desc, pyrt_val a, pyrt_val b) {
  pyrt_set *x = a.p, *y = b.p;
  (void)desc;
  if (x->used != y->used) return 0;
  return pyrt_set_issubset(x, y);
}

static int64_t pyrt_hash_set(const pyrt_desc *d, pyrt_val v) { (void)d; (void)v; return pyrt_unhashable("set"); }

/* a < b: a proper subset of b. */
static int pyrt_lt_set(const pyrt_desc *d, pyrt_val a, pyrt_val b) {
  pyrt_set *x = a.p, *y = b.p;
  (void)d;
  if (x->used >= y->used) return 0;
  return pyrt_set_issubset(x, y);
}

/* ---- iterators: setiter_iternext, by slot number over the current table ---- */

typedef struct pyrt_set_iter {
  pyrt_iter it;
  pyrt_set *set; /* NULL once exhausted */
  int64_t pos, used;
} pyrt_set_iter;

static void pyrt_trace_set_iter(pyrt_obj *o) { pyrt_mark(((pyrt_set_iter *)o)->set); }

static uint8_t pyrt_set_iter_next(pyrt_iter *it) {
  pyrt_set_iter *si = (pyrt_set_iter *)it;
  pyrt_set *s = si->set;
  if (!s) return 0;
  if (si->used != s->used) {
    si->used = -1; /* sticky, as CPython */
    pyrt_raise(&pyrt_t_RuntimeError, "Set changed size during iteration");
    return 0;
  }
  int64_t i = si->pos;
  while (i <= s->mask && s->st[i] != PYRT_SET_ACTIVE) i++;
  si->pos = i + 1;
  if (i > s->mask) {
    si->set = NULL;
    return 0;
  }
  it->cur = s->e[i].key;
  return 1;
}

static const pyrt_type pyrt_t_set_iter = {"set_iterator", NULL, NULL, PYRT_O_ITER, sizeof(pyrt_set_iter), NULL, 0, NULL, pyrt_trace_set_iter};

static pyrt_iter *pyrt_m_set_iter(pyrt_set *s) {
  pyrt_set_iter *si = (pyrt_set_iter *)pyrt_iter_alloc(&pyrt_t_set_iter, s, pyrt_set_iter_next);
  if (!si) return NULL;
  si->it.elem = s->d->elems[0];
  si->set = s;
  si->used = s->used;
  return &si->it;
}

#pragma GCC diagnostic pop
