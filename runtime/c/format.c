/* pyrt's C runtime, part 5: printf-style `%` formatting, str.format and
 * format(). Concatenated after library.c; the same rules.
 *
 * A port of the JS runtime's $str_percent and $str_format (strings.js), which
 * port CPython 3.11's PyUnicode_Format (Objects/unicodeobject.c) and
 * Objects/stringlib/unicode_format.h: the same parse, the same errors, the same
 * messages. Values arrive boxed with their static type's descriptor; an
 * optional's descriptor is resolved against the value (None or the inner
 * type) first, as CPython sees the object itself.
 *
 * Not done here (a pyrt ValueError says so; CPython's output cannot be made
 * exact without more from the backend): "{0.name}" on an instance (the
 * runtime has no table of field names), and an instance used as `%`'s one
 * operand where CPython's behaviour depends on whether its class defines
 * __getitem__ (a "%(key)" lookup, or an operand no conversion used). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#pragma GCC diagnostic ignored "-Wunused-variable"

/* ---- values through their descriptors ---- */

/* The descriptor that describes v: an optional's resolved to None or its inner type. */
static const pyrt_desc *pyrt_fmt_resolve(const pyrt_desc *d, pyrt_val v) {
  while (d->repr == pyrt_repr_opt) {
    if (pyrt_opt_is_none(d, v)) return &pyrt_d_none;
    d = d->elems[0];
  }
  return d;
}

/* type(v).__name__ for a resolved descriptor. */
static const char *pyrt_fmt_tname(const pyrt_desc *d, pyrt_val v) {
  if (d == &pyrt_d_none) return "NoneType";
  if (d == &pyrt_d_bool) return "bool";
  if (d == &pyrt_d_int) return "int";
  if (d == &pyrt_d_float) return "float";
  if (d == &pyrt_d_str) return "str";
  if (d->kind == PYRT_K_REF && v.p) return ((pyrt_obj *)v.p)->type->name;
  return "object";
}

static int pyrt_fmt_is_tuple(const pyrt_desc *d) { return d->repr == pyrt_repr_tuple; }
static int pyrt_fmt_is_list(const pyrt_desc *d) { return d->repr == pyrt_repr_list; }
static int pyrt_fmt_is_dict(const pyrt_desc *d) { return d->repr == pyrt_repr_dict; }
static int pyrt_fmt_is_inst(const pyrt_desc *d) { return d == &pyrt_d_obj; }

/* raise t(message); the message's buffer is consumed. */
static void pyrt_fmt_raisef(const pyrt_type *t, const char *fmt, const char *a) {
  pyrt_buf b = {0};
  const char *p = strstr(fmt, "%s");
  if (!p) {
    pyrt_buf_ascii(&b, fmt);
  } else {
    for (const char *q = fmt; q < p; q++) pyrt_buf_cp(&b, (unsigned char)*q);
    pyrt_buf_ascii(&b, a);
    pyrt_buf_ascii(&b, p + 2);
  }
  pyrt_raise_buf(t, &b);
}

/* ascii(): escape the non-ASCII code points of b[from..). */
static void pyrt_fmt_ascii_escape(pyrt_buf *b, size_t from) {
  size_t n = b->len, extra = 0;
  for (size_t i = from; i < n; i++)
    if (b->d[i] >= 128) extra += b->d[i] <= 0xFF ? 3 : b->d[i] <= 0xFFFF ? 5 : 9;
  if (!extra) return;
  uint32_t *old = malloc((n - from) * 4);
  if (!old) pyrt_fatal("out of memory");
  memcpy(old, b->d + from, (n - from) * 4);
  b->len = from;
  for (size_t i = 0; i < n - from; i++) {
    uint32_t c = old[i];
    char tmp[12];
    if (c < 128) {
      pyrt_buf_cp(b, c);
      continue;
    }
    if (c <= 0xFF) snprintf(tmp, sizeof tmp, "\\x%02x", c);
    else if (c <= 0xFFFF) snprintf(tmp, sizeof tmp, "\\u%04x", c);
    else snprintf(tmp, sizeof tmp, "\\U%08x", c);
    pyrt_buf_ascii(b, tmp);
  }
  free(old);
}

/* str(v), repr(v) or ascii(v) (conv 's', 'r', 'a') appended to b; 0 when it raised. */
static int pyrt_fmt_convert(pyrt_buf *b, uint32_t conv, const pyrt_desc *d, pyrt_val v) {
  size_t from = b->len;
  if (conv == 's') d->str(d, v, b);
  else d->repr(d, v, b);
  if (pyrt_exc) return 0;
  if (conv == 'a') pyrt_fmt_ascii_escape(b, from);
  return 1;
}

/* A new str of the code points cp[0..n). */
static pyrt_str *pyrt_fmt_substr(const uint32_t *cp, int64_t n) {
  pyrt_str *s = pyrt_str_new(n);
  if (s && n) memcpy(s->cp, cp, 4 * (size_t)n);
  return s;
}

static const pyrt_desc *const pyrt_fmt_d_int1[1] = {&pyrt_d_int};
static const pyrt_desc pyrt_fmt_d_tuple_int1 = {PYRT_K_REF, pyrt_repr_tuple, pyrt_repr_tuple, pyrt_eq_tuple, pyrt_hash_tuple, pyrt_lt_tuple, 1, pyrt_fmt_d_int1};

/* format(v, spec) appended to out (d resolved); 0 when it raised. */
static int pyrt_fmt_render(pyrt_buf *out, const pyrt_desc *d, pyrt_val v, pyrt_str *spec) {
  if (spec->len == 0) {
    /* format(x, '') is str(x) for every type pyrt has. */
    d->str(d, v, out);
    return !pyrt_exc;
  }
  pyrt_str *r;
  if (d == &pyrt_d_str) r = pyrt_format_str(v.p, spec);
  else if (d == &pyrt_d_int) r = pyrt_format_int(v.i, spec);
  else if (d == &pyrt_d_float) r = pyrt_format_float(v.f, spec);
  else if (d == &pyrt_d_bool) r = pyrt_format_bool((uint8_t)v.i, spec);
  else {
    pyrt_fmt_raisef(&pyrt_t_TypeError, "unsupported format string passed to %s.__format__", pyrt_fmt_tname(d, v));
    return 0;
  }
  if (!r || pyrt_exc) return 0;
  pyrt_buf_str(out, r);
  return 1;
}

/* ---- format(x, spec) of a value known by its descriptor ---- */

static pyrt_str *pyrt_m_format(pyrt_val x, pyrt_str *spec, const pyrt_desc *d) {
  d = pyrt_fmt_resolve(d, x);
  if (d == &pyrt_d_str) return pyrt_format_str(x.p, spec);
  if (d == &pyrt_d_int) return pyrt_format_int(x.i, spec);
  if (d == &pyrt_d_float) return pyrt_format_float(x.f, spec);
  if (d == &pyrt_d_bool) return pyrt_format_bool((uint8_t)x.i, spec);
  pyrt_buf b = {0};
  if (!pyrt_fmt_render(&b, d, x, spec)) {
    free(b.d);
    return NULL;
  }
  return pyrt_buf_finish(&b);
}

/* ---- printf-style formatting: fmt % args (CPython's PyUnicode_Format) ---- */

enum { PYRT_PCT_LJUST = 1, PYRT_PCT_SIGN = 2, PYRT_PCT_BLANK = 4, PYRT_PCT_ALT = 8, PYRT_PCT_ZERO = 16 };

typedef struct pyrt_pct {
  const pyrt_str *fmt;
  int64_t pos, cnt;
  /* The arguments: a tuple's items (arglen >= 0), or one value (arglen -1,
     argidx -2 until it is used), as CPython's ctx->args. */
  const pyrt_val *items;
  const pyrt_desc *const *descs;
  pyrt_val one;
  const pyrt_desc *one_d; /* resolved */
  int64_t arglen, argidx;
  /* The mapping of "%(key)" conversions: the one operand when it is a dict,
     a list or an instance (CPython: any object with __getitem__). */
  int dict;
  pyrt_val map;
  const pyrt_desc *map_d; /* resolved */
  void **root;            /* a root slot for `one` */
} pyrt_pct;

static uint32_t pyrt_pct_read(const pyrt_pct *st, int64_t p) { return p >= 0 && p < st->fmt->len ? st->fmt->cp[p] : 0; }

static int pyrt_pct_next(pyrt_pct *st, pyrt_val *v, const pyrt_desc **d) {
  if (st->argidx < st->arglen) {
    int64_t i = st->argidx++;
    if (st->arglen < 0) {
      *v = st->one;
      *d = st->one_d;
    } else {
      *v = st->items[i];
      *d = pyrt_fmt_resolve(st->descs[i], st->items[i]);
    }
    return 1;
  }
  pyrt_raise(&pyrt_t_TypeError, "not enough arguments for format string");
  return 0;
}

/* CPython's _PyUnicode_FormatLong of n for %d/%i/%u/%o/%x/%X. */
static int pyrt_pct_long(pyrt_buf *b, int64_t n, int alt, int64_t prec, uint32_t type) {
  if (prec > 2147483647 - 3) {
    pyrt_raise(&pyrt_t_OverflowError, "precision too large");
    return 0;
  }
  int base = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
  char digits[72];
  int nd = pyrt_digits(n, base, type == 'X', digits);
  if (n < 0) pyrt_buf_cp(b, '-');
  if (alt && base != 10) {
    pyrt_buf_cp(b, '0');
    pyrt_buf_cp(b, type == 'o' ? 'o' : type);
  }
  for (int64_t i = nd; i < prec; i++) pyrt_buf_cp(b, '0');
  pyrt_buf_ascii(b, digits);
  return 1;
}

/* %e/%f/%g of x: PyOS_double_to_string, which is C's printf but for the
   spelling of inf and nan. (pyrt_format_float_spec's buffer and precision
   limit are format()'s: CPython takes any precision here.) */
static void pyrt_pct_float(pyrt_buf *b, double x, uint32_t type, int64_t prec, int alt) {
  int upper = type == 'E' || type == 'F' || type == 'G';
  if (x != x) {
    pyrt_buf_ascii(b, upper ? "NAN" : "nan");
    return;
  }
  if (isinf(x)) {
    pyrt_buf_ascii(b, x < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf"));
    return;
  }
  char f[8];
  snprintf(f, sizeof f, "%%%s.*%c", alt ? "#" : "", (char)type);
  int p = (int)(prec < 0 ? 6 : prec);
  int n = snprintf(NULL, 0, f, p, x);
  if (n < 0) pyrt_fatal("snprintf failed");
  char *tmp = malloc((size_t)n + 1);
  if (!tmp) pyrt_fatal("out of memory");
  snprintf(tmp, (size_t)n + 1, f, p, x);
  pyrt_buf_ascii(b, tmp);
  free(tmp);
}

static void pyrt_buf_fill(pyrt_buf *b, uint32_t c, int64_t n) {
  if (n <= 0) return;
  pyrt_buf_grow(b, (size_t)n);
  for (int64_t i = 0; i < n; i++) b->d[b->len++] = c;
}

/* CPython's unicode_format_arg_output: s padded and signed into out. */
static void pyrt_pct_output(pyrt_buf *out, const pyrt_buf *s, uint32_t c, int flags, int64_t width, int64_t prec, int sign) {
  uint32_t fill = sign && (flags & PYRT_PCT_ZERO) ? '0' : ' ';
  int64_t len = (int64_t)s->len;
  if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && !(flags & (PYRT_PCT_SIGN | PYRT_PCT_BLANK))) {
    pyrt_buf_grow(out, s->len);
    if (s->len) memcpy(out->d + out->len, s->d, 4 * s->len);
    out->len += s->len;
    return;
  }
  if ((c == 's' || c == 'r' || c == 'a') && prec >= 0 && len > prec) len = prec;
  int64_t pindex = 0;
  uint32_t signchar = 0;
  if (sign) {
    uint32_t c0 = s->len ? s->d[0] : 0;
    if (c0 == '-' || c0 == '+') {
      signchar = c0;
      len--;
      pindex++;
    } else if (flags & PYRT_PCT_SIGN) {
      signchar = '+';
    } else if (flags & PYRT_PCT_BLANK) {
      signchar = ' ';
    } else {
      sign = 0;
    }
  }
  if (width < len) width = len;
  if (sign) {
    if (fill != ' ') pyrt_buf_cp(out, signchar);
    if (width > len) width--;
  }
  int alt = (flags & PYRT_PCT_ALT) && (c == 'x' || c == 'X' || c == 'o');
  if (alt) {
    if (fill != ' ') {
      pyrt_buf_cp(out, '0');
      pyrt_buf_cp(out, c);
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & PYRT_PCT_LJUST)) {
    pyrt_buf_fill(out, fill, width - len);
    width = len;
  }
  if (fill == ' ') {
    if (sign) pyrt_buf_cp(out, signchar);
    if (alt) {
      pyrt_buf_cp(out, '0');
      pyrt_buf_cp(out, c);
      pindex += 2;
    }
  }
  if (len > 0) {
    pyrt_buf_grow(out, (size_t)len);
    memcpy(out->d + out->len, s->d + pindex, 4 * (size_t)len);
    out->len += (size_t)len;
  }
  if (width > len) pyrt_buf_fill(out, ' ', width - len);
}

/* "%(key)": the mapping's item becomes the one argument. st->pos is at '('. */
static int pyrt_pct_key(pyrt_pct *st) {
  if (!st->dict) {
    pyrt_raise(&pyrt_t_TypeError, "format requires a mapping");
    return 0;
  }
  st->pos++;
  st->cnt--;
  int64_t keystart = st->pos;
  int pcount = 1;
  while (pcount > 0 && --st->cnt >= 0) {
    uint32_t c = pyrt_pct_read(st, st->pos);
    if (c == ')') pcount--;
    else if (c == '(') pcount++;
    st->pos++;
  }
  int64_t keylen = st->pos - keystart - 1;
  if (st->cnt < 0 || pcount > 0) {
    pyrt_raise(&pyrt_t_ValueError, "incomplete format key");
    return 0;
  }
  const pyrt_desc *md = st->map_d;
  if (pyrt_fmt_is_list(md)) {
    pyrt_raise(&pyrt_t_TypeError, "list indices must be integers or slices, not str");
    return 0;
  }
  if (!pyrt_fmt_is_dict(md)) {
    pyrt_raise(&pyrt_t_ValueError, "pyrt: a \"%(key)\" conversion on an instance is not supported");
    return 0;
  }
  pyrt_str *key = pyrt_fmt_substr(st->fmt->cp + keystart, keylen);
  if (!key) return 0;
  pyrt_dict *dict = st->map.p;
  const pyrt_desc *kd = md->elems[0];
  int64_t s = -1;
  if (pyrt_fmt_resolve(kd, pyrt_vp(key)) == &pyrt_d_str) {
    s = pyrt_dict_find(dict, pyrt_vp(key));
    if (s == INT64_MIN) return 0;
  }
  if (s < 0) {
    pyrt_key_error(&pyrt_d_tuple_str1, pyrt_vp(key));
    return 0;
  }
  st->one = dict->e[dict->idx[s]].v;
  st->one_d = pyrt_fmt_resolve(md->elems[1], st->one);
  *st->root = st->one_d->kind == PYRT_K_REF ? st->one.p : NULL;
  st->arglen = -1;
  st->argidx = -2;
  return 1;
}

/* "*" in a width or a precision: the next argument, an int. */
static int pyrt_pct_star(pyrt_pct *st, int64_t *out) {
  pyrt_val v;
  const pyrt_desc *d;
  if (!pyrt_pct_next(st, &v, &d)) return 0;
  if (d != &pyrt_d_int && d != &pyrt_d_bool) {
    pyrt_raise(&pyrt_t_TypeError, "* wants int");
    return 0;
  }
  *out = v.i;
  return 1;
}

/* A width's or precision's decimal digits, *ch the first: the number in
   *out, *ch the character after it (the read goes on as the loops around
   it do); ValueError(too_big) past limit. */
static int pyrt_pct_digits(pyrt_pct *st, uint32_t *ch, int64_t limit, const char *too_big, int64_t *out) {
  int64_t n = *ch - '0';
  while (--st->cnt >= 0) {
    *ch = pyrt_pct_read(st, st->pos++);
    if (*ch < '0' || *ch > '9') break;
    if (n > (limit - (int64_t)(*ch - '0')) / 10) {
      pyrt_raise(&pyrt_t_ValueError, too_big);
      return 0;
    }
    n = n * 10 + (*ch - '0');
  }
  *out = n;
  return 1;
}

/* One conversion specification into out; st->pos is just after the '%'. */
static int pyrt_pct_arg(pyrt_pct *st, pyrt_buf *out) {
  uint32_t ch = pyrt_pct_read(st, st->pos);
  if (ch == '%') {
    st->pos++;
    st->cnt--;
    pyrt_buf_cp(out, '%');
    return 1;
  }
  int flags = 0;
  int64_t width = -1, prec = -1;
  if (ch == '(' && !pyrt_pct_key(st)) return 0;
  while (--st->cnt >= 0) {
    ch = pyrt_pct_read(st, st->pos++);
    if (ch == '-') flags |= PYRT_PCT_LJUST;
    else if (ch == '+') flags |= PYRT_PCT_SIGN;
    else if (ch == ' ') flags |= PYRT_PCT_BLANK;
    else if (ch == '#') flags |= PYRT_PCT_ALT;
    else if (ch == '0') flags |= PYRT_PCT_ZERO;
    else break;
  }
  if (ch == '*') {
    if (!pyrt_pct_star(st, &width)) return 0;
    if (width < 0) {
      flags |= PYRT_PCT_LJUST;
      width = -width;
    }
    if (--st->cnt >= 0) ch = pyrt_pct_read(st, st->pos++);
  } else if (ch >= '0' && ch <= '9') {
    if (!pyrt_pct_digits(st, &ch, INT64_MAX, "width too big", &width)) return 0;
  }
  if (ch == '.') {
    prec = 0;
    if (--st->cnt >= 0) ch = pyrt_pct_read(st, st->pos++);
    if (ch == '*') {
      if (!pyrt_pct_star(st, &prec)) return 0;
      if (prec > 2147483647 || prec < -2147483647 - 1) {
        pyrt_raise(&pyrt_t_OverflowError, "Python int too large to convert to C int");
        return 0;
      }
      if (prec < 0) prec = 0;
      if (--st->cnt >= 0) ch = pyrt_pct_read(st, st->pos++);
    } else if (ch >= '0' && ch <= '9') {
      if (!pyrt_pct_digits(st, &ch, 2147483647, "precision too big", &prec)) return 0;
    }
  }
  if (st->cnt >= 0 && (ch == 'h' || ch == 'l' || ch == 'L')) {
    if (--st->cnt >= 0) ch = pyrt_pct_read(st, st->pos++);
  }
  if (st->cnt < 0) {
    pyrt_raise(&pyrt_t_ValueError, "incomplete format");
    return 0;
  }

  /* format the argument */
  pyrt_val v;
  const pyrt_desc *d;
  if (!pyrt_pct_next(st, &v, &d)) return 0;
  pyrt_buf s = {0};
  int sign = 0;
  char cc[2] = {(char)(ch < 128 ? ch : '?'), 0};
  switch (ch) {
  case 's':
  case 'r':
  case 'a':
    if (!pyrt_fmt_convert(&s, ch, d, v)) {
      free(s.d);
      return 0;
    }
    break;
  case 'i':
  case 'd':
  case 'u':
  case 'o':
  case 'x':
  case 'X': {
    int64_t n;
    if (d == &pyrt_d_int || d == &pyrt_d_bool) {
      n = v.i;
    } else if (d == &pyrt_d_float && ch != 'o' && ch != 'x' && ch != 'X') {
      n = pyrt_int_from_float(v.f);
      if (pyrt_exc) return 0;
    } else {
      pyrt_buf m = {0};
      pyrt_buf_cp(&m, '%');
      pyrt_buf_ascii(&m, cc);
      pyrt_buf_ascii(&m, ch == 'o' || ch == 'x' || ch == 'X' ? " format: an integer is required, not " : " format: a real number is required, not ");
      pyrt_buf_ascii(&m, pyrt_fmt_tname(d, v));
      pyrt_raise_buf(&pyrt_t_TypeError, &m);
      return 0;
    }
    if (!pyrt_pct_long(&s, n, (flags & PYRT_PCT_ALT) != 0, prec, ch)) {
      free(s.d);
      return 0;
    }
    sign = 1;
    break;
  }
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G': {
    double x;
    if (d == &pyrt_d_float) x = v.f;
    else if (d == &pyrt_d_int || d == &pyrt_d_bool) x = (double)v.i;
    else {
      pyrt_fmt_raisef(&pyrt_t_TypeError, "must be real number, not %s", pyrt_fmt_tname(d, v));
      return 0;
    }
    pyrt_pct_float(&s, x, ch, prec, (flags & PYRT_PCT_ALT) != 0);
    sign = 1;
    break;
  }
  case 'c': {
    int64_t cp;
    if (d == &pyrt_d_str && ((pyrt_str *)v.p)->len == 1) {
      cp = ((pyrt_str *)v.p)->cp[0];
    } else if (d == &pyrt_d_int || d == &pyrt_d_bool) {
      cp = v.i;
      if (cp < 0 || cp > 0x10FFFF) {
        pyrt_raise(&pyrt_t_OverflowError, "%c arg not in range(0x110000)");
        return 0;
      }
    } else {
      pyrt_raise(&pyrt_t_TypeError, "%c requires int or char");
      return 0;
    }
    pyrt_buf_cp(&s, (uint32_t)cp);
    break;
  }
  default: {
    char msg[96];
    snprintf(msg, sizeof msg, "unsupported format character '%c' (0x%x) at index %lld", ch >= 31 && ch <= 126 ? (char)ch : '?', (unsigned)ch, (long long)(st->pos - 1));
    pyrt_raise(&pyrt_t_ValueError, msg);
    return 0;
  }
  }
  pyrt_pct_output(out, &s, ch, flags, width, prec, sign);
  free(s.d);
  return 1;
}

static pyrt_str *pyrt_m_str_percent_t(pyrt_val vals, pyrt_str *fmt, uint8_t single, const pyrt_desc *d) {
  pyrt_tuple *t = vals.p;
  PYRT_ROOT(1);
  pyrt_pct st;
  memset(&st, 0, sizeof st);
  st.fmt = fmt;
  st.pos = 0;
  st.cnt = fmt->len;
  st.root = &R_[0];
  int inst = 0;
  if (!single) {
    st.items = t->items;
    st.descs = d->elems;
    st.arglen = t->len;
    st.argidx = 0;
  } else {
    /* `fmt % x` with x not statically a tuple: x is the one argument, or a
       tuple's items when x is an optional tuple; a mapping when it is a dict
       or a list (CPython: not a tuple or a str, and has __getitem__). */
    pyrt_val x = t->items[0];
    const pyrt_desc *xd = pyrt_fmt_resolve(d->elems[0], x);
    if (pyrt_fmt_is_tuple(xd)) {
      pyrt_tuple *xt = x.p;
      st.items = xt->items;
      st.descs = xt->desc->elems;
      st.arglen = xt->len;
      st.argidx = 0;
    } else {
      st.one = x;
      st.one_d = xd;
      st.arglen = -1;
      st.argidx = -2;
      st.dict = pyrt_fmt_is_dict(xd) || pyrt_fmt_is_list(xd) || pyrt_fmt_is_inst(xd);
      inst = pyrt_fmt_is_inst(xd);
      st.map = x;
      st.map_d = xd;
    }
  }
  pyrt_buf out = {0};
  while (--st.cnt >= 0) {
    if (pyrt_pct_read(&st, st.pos) != '%') {
      int64_t start = st.pos++;
      while (st.cnt >= 0 && pyrt_pct_read(&st, st.pos) != '%') {
        st.pos++;
        st.cnt--;
      }
      if (st.cnt < 0) st.pos--;
      pyrt_buf_grow(&out, (size_t)(st.pos - start));
      memcpy(out.d + out.len, fmt->cp + start, 4 * (size_t)(st.pos - start));
      out.len += (size_t)(st.pos - start);
    } else {
      st.pos++;
      if (!pyrt_pct_arg(&st, &out)) goto fail;
    }
  }
  if (st.argidx < st.arglen && !st.dict) {
    pyrt_raise(&pyrt_t_TypeError, "not all arguments converted during string formatting");
    goto fail;
  }
  if (inst && st.argidx == -2) {
    pyrt_raise(&pyrt_t_ValueError, "pyrt: `%` with an instance operand no conversion uses is not supported");
    goto fail;
  }
  PYRT_UNROOT();
  return pyrt_buf_finish(&out);
fail:
  PYRT_UNROOT();
  free(out.d);
  return NULL;
}

/* ---- str.format (CPython's Objects/stringlib/unicode_format.h) ---- */

typedef struct pyrt_sfmt {
  pyrt_tuple *vals; /* the positional then the keyword arguments */
  const pyrt_desc *const *descs;
  int64_t npos;
  const pyrt_str *kwnames; /* the keyword names joined by commas */
  int autostate;           /* 0 init, 1 automatic, 2 manual */
  int64_t next;
} pyrt_sfmt;

/* get_integer: the value of an all-decimal-digits name, -1 when it is not
   one, -2 with ValueError raised when it is too big. */
static int64_t pyrt_sfmt_integer(const uint32_t *s, int64_t n) {
  if (n <= 0) return -1;
  int64_t acc = 0;
  for (int64_t i = 0; i < n; i++) {
    int dv = pyrt_u_decimal_value(s[i]);
    if (dv < 0) return -1;
    if (acc > (INT64_MAX - dv) / 10) {
      pyrt_raise(&pyrt_t_ValueError, "Too many decimal digits in format string");
      return -2;
    }
    acc = acc * 10 + dv;
  }
  return acc;
}

/* Keyword argument `name`'s index among the keywords, or -1. */
static int64_t pyrt_sfmt_kw(const pyrt_sfmt *c, const uint32_t *name, int64_t n) {
  const pyrt_str *k = c->kwnames;
  if (k->len == 0) return -1;
  int64_t start = 0, idx = 0;
  for (int64_t i = 0; i <= k->len; i++) {
    if (i == k->len || k->cp[i] == ',') {
      if (i - start == n && memcmp(k->cp + start, name, 4 * (size_t)n) == 0) return idx;
      idx++;
      start = i + 1;
    }
  }
  return -1;
}

static int pyrt_fmt_name_is(const uint32_t *name, int64_t n, const char *lit) {
  if (n != (int64_t)strlen(lit)) return 0;
  for (int64_t i = 0; i < n; i++)
    if (name[i] != (unsigned char)lit[i]) return 0;
  return 1;
}

/* obj.name in a format field (d resolved): the numbers' data attributes, an
   instance's fields; AttributeError for other names, but for class attributes
   read through an instance and the dunder names every object has. */
static int pyrt_sfmt_getattr(pyrt_val *v, const pyrt_desc **d, const uint32_t *name, int64_t n) {
  const pyrt_desc *k = *d;
  if (k == &pyrt_d_int || k == &pyrt_d_bool) {
    if (pyrt_fmt_name_is(name, n, "real") || pyrt_fmt_name_is(name, n, "numerator")) {
      *d = &pyrt_d_int;
      return 1;
    }
    if (pyrt_fmt_name_is(name, n, "imag")) {
      *v = pyrt_vi(0);
      *d = &pyrt_d_int;
      return 1;
    }
    if (pyrt_fmt_name_is(name, n, "denominator")) {
      *v = pyrt_vi(1);
      *d = &pyrt_d_int;
      return 1;
    }
  } else if (k == &pyrt_d_float) {
    if (pyrt_fmt_name_is(name, n, "real")) return 1;
    if (pyrt_fmt_name_is(name, n, "imag")) {
      *v = pyrt_vf(0.0);
      return 1;
    }
  }
  if (pyrt_fmt_is_inst(k) && v->p && !(n >= 2 && name[0] == '_' && name[1] == '_')) {
    /* an instance's field, from the program's table of its class's fields */
    const pyrt_type *t = ((pyrt_obj *)v->p)->type;
    uint32_t nf = 0;
    const pyrt_field_info *f = pyrt_program_fields(t, &nf);
    for (uint32_t i = 0; i < nf; i++) {
      if (!pyrt_fmt_name_is(name, n, f[i].name)) continue;
      if (f[i].set_flag && !*((uint8_t *)v->p + f[i].set_flag)) break; /* the class's attribute: below */
      char *at = (char *)v->p + f[i].offset;
      switch (f[i].desc->kind) {
      case PYRT_K_FLOAT: *v = pyrt_vf(*(double *)at); break;
      case PYRT_K_INT: *v = pyrt_vi(*(int64_t *)at); break;
      case PYRT_K_BOOL:
      case PYRT_K_NONE: *v = pyrt_vi(*(uint8_t *)at); break;
      default: *v = pyrt_vp(*(void **)at); break;
      }
      *d = f[i].desc;
      return 1;
    }
  }
  if (pyrt_fmt_is_inst(k) || (n >= 2 && name[0] == '_' && name[1] == '_')) {
    pyrt_buf m = {0};
    pyrt_buf_ascii(&m, "pyrt: attribute lookup in a format field ('.");
    for (int64_t i = 0; i < n; i++) pyrt_buf_cp(&m, name[i]);
    pyrt_buf_ascii(&m, "') is not supported on the c backend");
    pyrt_raise_buf(&pyrt_t_ValueError, &m);
    return 0;
  }
  pyrt_buf m = {0};
  pyrt_buf_cp(&m, '\'');
  pyrt_buf_ascii(&m, pyrt_fmt_tname(k, *v));
  pyrt_buf_ascii(&m, "' object has no attribute '");
  for (int64_t i = 0; i < n; i++) pyrt_buf_cp(&m, name[i]);
  pyrt_buf_cp(&m, '\'');
  pyrt_raise_buf(&pyrt_t_AttributeError, &m);
  return 0;
}

/* obj[key] in a format field (d resolved); idx: the key's integer value or -1. */
static int pyrt_sfmt_getitem(pyrt_val *v, const pyrt_desc **d, const uint32_t *key, int64_t n, int64_t idx) {
  const pyrt_desc *k = *d;
  if (pyrt_fmt_is_list(k) || pyrt_fmt_is_tuple(k)) {
    const char *what = pyrt_fmt_is_list(k) ? "list" : "tuple";
    if (idx == -1) {
      pyrt_fmt_raisef(&pyrt_t_TypeError, "%s indices must be integers or slices, not str", what);
      return 0;
    }
    if (pyrt_fmt_is_list(k)) {
      pyrt_list *l = v->p;
      if (idx >= l->len) {
        pyrt_raise(&pyrt_t_IndexError, "list index out of range");
        return 0;
      }
      *v = l->items[idx];
      *d = pyrt_fmt_resolve(l->elem, *v);
    } else {
      pyrt_tuple *t = v->p;
      if (idx >= t->len) {
        pyrt_raise(&pyrt_t_IndexError, "tuple index out of range");
        return 0;
      }
      *v = t->items[idx];
      *d = pyrt_fmt_resolve(t->desc->elems[idx], *v);
    }
    return 1;
  }
  if (k == &pyrt_d_str) {
    if (idx == -1) {
      pyrt_raise(&pyrt_t_TypeError, "string indices must be integers, not 'str'");
      return 0;
    }
    pyrt_str *s = v->p;
    if (idx >= s->len) {
      pyrt_raise(&pyrt_t_IndexError, "string index out of range");
      return 0;
    }
    pyrt_str *c = pyrt_fmt_substr(s->cp + idx, 1);
    if (!c) return 0;
    *v = pyrt_vp(c);
    return 1;
  }
  if (pyrt_fmt_is_dict(k)) {
    /* The key is an int when all digits, else a str. */
    pyrt_dict *dict = v->p;
    const pyrt_desc *kd = k->elems[0];
    while (kd->repr == pyrt_repr_opt) kd = kd->elems[0];
    pyrt_val kv;
    int ok = 0;
    pyrt_str *ks = NULL;
    if (idx == -1) {
      ks = pyrt_fmt_substr(key, n);
      if (!ks) return 0;
      kv = pyrt_vp(ks);
      ok = kd == &pyrt_d_str;
    } else if (kd == &pyrt_d_int) {
      kv = pyrt_vi(idx);
      ok = 1;
    } else if (kd == &pyrt_d_float) {
      kv = pyrt_vf((double)idx);
      ok = 1;
    } else if (kd == &pyrt_d_bool) {
      kv = pyrt_vi(idx);
      ok = idx <= 1;
    }
    int64_t s = -1;
    if (ok) {
      s = pyrt_dict_find(dict, kv);
      if (s == INT64_MIN) return 0;
    }
    if (s < 0) {
      if (idx == -1) pyrt_key_error(&pyrt_d_tuple_str1, pyrt_vp(ks));
      else pyrt_key_error(&pyrt_fmt_d_tuple_int1, pyrt_vi(idx));
      return 0;
    }
    *v = dict->e[dict->idx[s]].v;
    *d = pyrt_fmt_resolve(k->elems[1], *v);
    return 1;
  }
  if (pyrt_fmt_is_inst(k)) {
    pyrt_raise(&pyrt_t_ValueError, "pyrt: indexing an instance in a format field is not supported on the c backend");
    return 0;
  }
  pyrt_fmt_raisef(&pyrt_t_TypeError, "'%s' object is not subscriptable", pyrt_fmt_tname(k, *v));
  return 0;
}

/* field_name_split + get_field_object: the value the field name s[0..n) names. */
static int pyrt_sfmt_field(pyrt_sfmt *c, const uint32_t *s, int64_t n, pyrt_val *v, const pyrt_desc **d, void **root) {
  int64_t i = 0;
  while (i < n && s[i] != '[' && s[i] != '.') i++;
  int64_t idx = pyrt_sfmt_integer(s, i);
  if (idx == -2) return 0;
  int empty = i == 0;
  if (empty || idx != -1) {
    if (c->autostate == 0) c->autostate = empty ? 1 : 2;
    if (c->autostate == 2 && empty) {
      pyrt_raise(&pyrt_t_ValueError, "cannot switch from manual field specification to automatic field numbering");
      return 0;
    }
    if (c->autostate == 1 && !empty) {
      pyrt_raise(&pyrt_t_ValueError, "cannot switch from automatic field numbering to manual field specification");
      return 0;
    }
    if (empty) idx = c->next++;
  }
  int64_t slot;
  if (idx == -1) {
    int64_t k = pyrt_sfmt_kw(c, s, i);
    if (k < 0) {
      pyrt_str *key = pyrt_fmt_substr(s, i);
      if (key) pyrt_key_error(&pyrt_d_tuple_str1, pyrt_vp(key));
      return 0;
    }
    slot = c->npos + k;
  } else {
    if (idx >= c->npos) {
      char msg[96];
      snprintf(msg, sizeof msg, "Replacement index %lld out of range for positional args tuple", (long long)idx);
      pyrt_raise(&pyrt_t_IndexError, msg);
      return 0;
    }
    slot = idx;
  }
  *v = c->vals->items[slot];
  *d = pyrt_fmt_resolve(c->descs[slot], *v);
  /* the rest: .attr and [key] lookups */
  while (i < n) {
    uint32_t ch = s[i++];
    int64_t start = i;
    if (ch == '.') {
      while (i < n && s[i] != '[' && s[i] != '.') i++;
      if (i == start) {
        pyrt_raise(&pyrt_t_ValueError, "Empty attribute in format string");
        return 0;
      }
      if (!pyrt_sfmt_getattr(v, d, s + start, i - start)) return 0;
    } else if (ch == '[') {
      while (i < n && s[i] != ']') i++;
      if (i >= n) {
        pyrt_raise(&pyrt_t_ValueError, "Missing ']' in format string");
        return 0;
      }
      int64_t k = pyrt_sfmt_integer(s + start, i - start);
      if (k == -2) return 0;
      int64_t kn = i - start;
      i++;
      if (kn == 0) {
        pyrt_raise(&pyrt_t_ValueError, "Empty attribute in format string");
        return 0;
      }
      if (!pyrt_sfmt_getitem(v, d, s + start, kn, k)) return 0;
    } else {
      pyrt_raise(&pyrt_t_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      return 0;
    }
    *root = (*d)->kind == PYRT_K_REF ? v->p : NULL;
  }
  return 1;
}

static int pyrt_sfmt_build(pyrt_buf *out, const uint32_t *s, int64_t end, pyrt_sfmt *c, int depth);

/* One replacement field: its name s[ns..ne), conversion (0: none) and spec
   s[ss..se) (expanded first when it has fields of its own). */
static int pyrt_sfmt_output(pyrt_buf *out, const uint32_t *s, int64_t ns, int64_t ne, uint32_t conv, int64_t ss, int64_t se, int expand, pyrt_sfmt *c, int depth) {
  PYRT_ROOT(2);
  pyrt_val v;
  const pyrt_desc *d;
  int ok = 0;
  if (!pyrt_sfmt_field(c, s + ns, ne - ns, &v, &d, &R_[0])) goto done;
  R_[0] = d->kind == PYRT_K_REF ? v.p : NULL;
  if (conv) {
    if (conv != 'r' && conv != 's' && conv != 'a') {
      char msg[64];
      if (conv > 32 && conv < 127) snprintf(msg, sizeof msg, "Unknown conversion specifier %c", (char)conv);
      else snprintf(msg, sizeof msg, "Unknown conversion specifier \\x%x", (unsigned)conv);
      pyrt_raise(&pyrt_t_ValueError, msg);
      goto done;
    }
    pyrt_buf b = {0};
    if (!pyrt_fmt_convert(&b, conv, d, v)) {
      free(b.d);
      goto done;
    }
    pyrt_str *t = pyrt_buf_finish(&b);
    if (!t) goto done;
    R_[0] = t;
    v = pyrt_vp(t);
    d = &pyrt_d_str;
  }
  pyrt_str *spec;
  if (expand) {
    pyrt_buf b = {0};
    if (!pyrt_sfmt_build(&b, s + ss, se - ss, c, depth - 1)) {
      free(b.d);
      goto done;
    }
    spec = pyrt_buf_finish(&b);
  } else {
    spec = pyrt_fmt_substr(s + ss, se - ss);
  }
  if (!spec) goto done;
  R_[1] = spec;
  ok = pyrt_fmt_render(out, d, v, spec);
done:
  PYRT_UNROOT();
  return ok;
}

/* build_string + MarkupIterator: s[0..end) with its fields replaced, into out. */
static int pyrt_sfmt_build(pyrt_buf *out, const uint32_t *s, int64_t end, pyrt_sfmt *c, int depth) {
  if (depth <= 0) {
    pyrt_raise(&pyrt_t_ValueError, "Max string recursion exceeded");
    return 0;
  }
  int64_t pos = 0;
  while (pos < end) {
    /* literal text up to an unescaped brace */
    int64_t start = pos;
    uint32_t ch = 0;
    int markup = 0;
    while (pos < end) {
      ch = s[pos++];
      if (ch == '{' || ch == '}') {
        markup = 1;
        break;
      }
    }
    int at_end = pos >= end;
    int64_t len = pos - start;
    if (ch == '}' && (at_end || s[pos] != '}')) {
      pyrt_raise(&pyrt_t_ValueError, "Single '}' encountered in format string");
      return 0;
    }
    if (at_end && ch == '{') {
      pyrt_raise(&pyrt_t_ValueError, "Single '{' encountered in format string");
      return 0;
    }
    if (!at_end) {
      if (ch == s[pos]) {
        pos++;
        markup = 0;
      } else {
        len--;
      }
    }
    if (len > 0) {
      pyrt_buf_grow(out, (size_t)len);
      memcpy(out->d + out->len, s + start, 4 * (size_t)len);
      out->len += (size_t)len;
    }
    if (!markup) continue;
    /* the field: name [! conversion] [: spec] } */
    int64_t ns = pos;
    ch = 0;
    while (pos < end) {
      ch = s[pos++];
      if (ch == '{') {
        pyrt_raise(&pyrt_t_ValueError, "unexpected '{' in field name");
        return 0;
      }
      if (ch == '[') {
        while (pos < end && s[pos] != ']') pos++;
        continue;
      }
      if (ch == '}' || ch == ':' || ch == '!') break;
    }
    int64_t ne = pos - 1;
    uint32_t conv = 0;
    int64_t ss = 0, se = 0;
    int expand = 0;
    if (ch == '!' || ch == ':') {
      int done = 0;
      if (ch == '!') {
        if (pos >= end) {
          pyrt_raise(&pyrt_t_ValueError, "end of string while looking for conversion specifier");
          return 0;
        }
        conv = s[pos++];
        if (pos < end) {
          ch = s[pos++];
          if (ch == '}') done = 1;
          else if (ch != ':') {
            pyrt_raise(&pyrt_t_ValueError, "expected ':' after conversion specifier");
            return 0;
          }
        }
      }
      if (!done) {
        ss = pos;
        int count = 1;
        for (;;) {
          if (pos >= end) {
            pyrt_raise(&pyrt_t_ValueError, "unmatched '{' in format spec");
            return 0;
          }
          ch = s[pos++];
          if (ch == '{') {
            expand = 1;
            count++;
          } else if (ch == '}') {
            if (--count == 0) break;
          }
        }
        se = pos - 1;
      }
    } else if (ch != '}') {
      pyrt_raise(&pyrt_t_ValueError, "expected '}' before end of string");
      return 0;
    }
    if (!pyrt_sfmt_output(out, s, ns, ne, conv, ss, se, expand, c, depth)) return 0;
  }
  return 1;
}

static pyrt_str *pyrt_m_str_format_t(pyrt_val vals, pyrt_str *fmt, int64_t npos, pyrt_str *kwnames, const pyrt_desc *d) {
  pyrt_sfmt c;
  c.vals = vals.p;
  c.descs = d->elems;
  c.npos = npos;
  c.kwnames = kwnames;
  c.autostate = 0;
  c.next = 0;
  pyrt_buf out = {0};
  if (!pyrt_sfmt_build(&out, fmt->cp, fmt->len, &c, 2)) {
    free(out.d);
    return NULL;
  }
  return pyrt_buf_finish(&out);
}

#pragma GCC diagnostic pop
