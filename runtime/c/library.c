/* pyrt's C runtime, part 4: str methods, float parsing and rounding, and the
 * library modules math, random, time and sys. Concatenated after sets.c; the
 * same rules (everything `static`, raising operations set `pyrt_exc` and
 * return a dummy value, references held across an allocation are rooted with
 * PYRT_ROOT). The entry points of the method table are `pyrt_m_<rt>`; the
 * Unicode data comes from unicode_tables.h (generated from CPython 3.11).
 *
 * Semantics are CPython 3.11's, messages included: the str methods of
 * Objects/unicodeobject.c, float() and round() of Objects/floatobject.c and
 * longobject.c, Modules/mathmodule.c (libm called as CPython on Linux calls
 * glibc), Modules/_randommodule.c and Lib/random.py (the Mersenne Twister bit
 * for bit), Modules/timemodule.c. Ints are 64-bit: a result beyond them raises
 * through pyrt_overflow().
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#pragma GCC diagnostic ignored "-Wunused-variable"

#include <time.h>

/* ---- helpers ---- */

/* raise t(prefix + repr(s)) */
static void pyrt_raise_repr(const pyrt_type *t, const char *prefix, pyrt_str *s) {
  pyrt_buf b = {0};
  pyrt_buf_ascii(&b, prefix);
  pyrt_buf_str_repr(&b, s);
  pyrt_raise_msg(t, pyrt_buf_finish(&b));
}

/* a[0..n) equals the lowercase ASCII b[0..n) ignoring case */
static int pyrt_ascii_ieq(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != b[i]) return 0;
  }
  return 1;
}

static pyrt_val pyrt_val_zero(void) {
  pyrt_val z;
  z.i = 0;
  return z;
}

/* ---- Unicode properties (tables of unicode_tables.h) ---- */

/* pyrt_u_in / PYRT_U_IN (pyrt.c) search the range tables. */

static int pyrt_u_decimal_value(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
  size_t lo = 0, hi = sizeof pyrt_u_decimal / sizeof pyrt_u_decimal[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c < pyrt_u_decimal[mid][0]) hi = mid;
    else if (c > pyrt_u_decimal[mid][1]) lo = mid + 1;
    else return (int)(pyrt_u_decimal[mid][2] + (c - pyrt_u_decimal[mid][0]));
  }
  return -1;
}

static int pyrt_u_isalpha(uint32_t c) {
  if (c < 128) return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  return PYRT_U_IN(pyrt_u_alpha, c);
}
static int pyrt_u_isdecimal(uint32_t c) { return pyrt_u_decimal_value(c) >= 0; }
static int pyrt_u_isdigit(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return PYRT_U_IN(pyrt_u_digit, c);
}
static int pyrt_u_isnumeric(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return PYRT_U_IN(pyrt_u_numeric, c);
}
static int pyrt_u_isupper(uint32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z';
  return PYRT_U_IN(pyrt_u_upper, c);
}
static int pyrt_u_islower(uint32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z';
  return PYRT_U_IN(pyrt_u_lower, c);
}
static int pyrt_u_istitle(uint32_t c) { return c >= 0x1C5 && PYRT_U_IN(pyrt_u_title, c); }
static int pyrt_u_iscased(uint32_t c) { return pyrt_u_isupper(c) || pyrt_u_islower(c) || pyrt_u_istitle(c); }
static int pyrt_u_iscaseign(uint32_t c) { return PYRT_U_IN(pyrt_u_caseign, c); }
static int pyrt_u_isxidstart(uint32_t c) {
  if (c < 128) return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  return PYRT_U_IN(pyrt_u_xidstart, c);
}
static int pyrt_u_isxidcont(uint32_t c) {
  if (c < 128) return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  return PYRT_U_IN(pyrt_u_xidcont, c);
}
static int pyrt_u_islinebreak(uint32_t c) {
  return (c >= 10 && c <= 13) || (c >= 28 && c <= 30) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* A case mapping of c appended to b (runs table t1 of n1, multi table tm of nm). */
static void pyrt_u_map(pyrt_buf *b, uint32_t c, const int32_t (*t1)[4], size_t n1, const uint32_t (*tm)[3], size_t nm, const uint32_t *pool) {
  size_t lo = 0, hi = nm;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c < tm[mid][0]) hi = mid;
    else if (c > tm[mid][0]) lo = mid + 1;
    else {
      for (uint32_t k = 0; k < tm[mid][2]; k++) pyrt_buf_cp(b, pool[tm[mid][1] + k]);
      return;
    }
  }
  lo = 0;
  hi = n1;
  /* the last run starting at or before c */
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if ((uint32_t)t1[mid][0] <= c) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) {
    const int32_t *r = t1[lo - 1];
    if (c <= (uint32_t)r[1] && (c - (uint32_t)r[0]) % (uint32_t)r[2] == 0) {
      pyrt_buf_cp(b, (uint32_t)((int64_t)c + r[3]));
      return;
    }
  }
  pyrt_buf_cp(b, c);
}
#define PYRT_U_MAP(b, c, one, many, pool) \
  pyrt_u_map(b, c, one, sizeof one / sizeof one[0], many, sizeof many / sizeof many[0], pool)

static void pyrt_u_upper_of(pyrt_buf *b, uint32_t c) {
  if (c < 128) pyrt_buf_cp(b, c >= 'a' && c <= 'z' ? c - 32 : c);
  else PYRT_U_MAP(b, c, pyrt_u_upper1, pyrt_u_upperm, pyrt_u_upper_pool);
}
static void pyrt_u_title_of(pyrt_buf *b, uint32_t c) {
  if (c < 128) pyrt_buf_cp(b, c >= 'a' && c <= 'z' ? c - 32 : c);
  else PYRT_U_MAP(b, c, pyrt_u_title1, pyrt_u_titlem, pyrt_u_title_pool);
}
static void pyrt_u_fold_of(pyrt_buf *b, uint32_t c) {
  if (c < 128) pyrt_buf_cp(b, c >= 'A' && c <= 'Z' ? c + 32 : c);
  else PYRT_U_MAP(b, c, pyrt_u_fold1, pyrt_u_foldm, pyrt_u_fold_pool);
}

/* CPython's handle_capital_sigma: U+03A3 at i of s in the Final_Sigma context? */
static int pyrt_u_final_sigma(const pyrt_str *s, int64_t i) {
  int64_t j;
  uint32_t c = 0;
  for (j = i - 1; j >= 0; j--) {
    c = s->cp[j];
    if (!pyrt_u_iscaseign(c)) break;
  }
  int fs = j >= 0 && pyrt_u_iscased(c);
  if (fs && i + 1 < s->len) {
    for (j = i + 1; j < s->len; j++) {
      c = s->cp[j];
      if (!pyrt_u_iscaseign(c)) break;
    }
    fs = j == s->len || !pyrt_u_iscased(c);
  }
  return fs;
}

/* CPython's lower_ucs4: lower() of the code point at i of s. */
static void pyrt_u_lower_at(pyrt_buf *b, const pyrt_str *s, int64_t i) {
  uint32_t c = s->cp[i];
  if (c < 128) pyrt_buf_cp(b, c >= 'A' && c <= 'Z' ? c + 32 : c);
  else if (c == 0x3A3) pyrt_buf_cp(b, pyrt_u_final_sigma(s, i) ? 0x3C2 : 0x3C3);
  else PYRT_U_MAP(b, c, pyrt_u_lower1, pyrt_u_lowerm, pyrt_u_lower_pool);
}

/* ---- float(str) ---- */

/* float(s): CPython's rules. Unicode spaces and decimal digits become ASCII,
   underscores only between digits, ASCII whitespace around, then a decimal
   literal, or inf / infinity / nan in any case with an optional sign. */
static double pyrt_float_from_str(pyrt_str *s) {
  int64_t n = s->len;
  char *t = malloc((size_t)n + 1);
  if (!t) { pyrt_raise_memory_error(); return 0; }
  int has_us = 0;
  for (int64_t i = 0; i < n; i++) {
    uint32_t c = s->cp[i];
    if (c < 128) t[i] = (char)c;
    else if (pyrt_is_space(c)) t[i] = ' ';
    else {
      int d = pyrt_u_decimal_value(c);
      t[i] = d >= 0 ? (char)('0' + d) : '?';
    }
    if (c == '_') has_us = 1;
    if (c == 0) t[i] = '?';
  }
  t[n] = 0;
  int ok = 1;
  size_t len = (size_t)n;
  if (has_us) {
    char prev = 0;
    size_t k = 0;
    for (size_t i = 0; i < len && ok; i++) {
      char c = t[i];
      if (c == '_') {
        if (!(prev >= '0' && prev <= '9')) ok = 0;
      } else {
        t[k++] = c;
        if (prev == '_' && !(c >= '0' && c <= '9')) ok = 0;
      }
      prev = c;
    }
    if (prev == '_') ok = 0;
    len = k;
    t[len] = 0;
  }
  double r = 0;
  if (ok) {
    size_t a = 0, z = len;
    while (a < z && (t[a] == ' ' || (t[a] >= 9 && t[a] <= 13))) a++;
    while (z > a && (t[z - 1] == ' ' || (t[z - 1] >= 9 && t[z - 1] <= 13))) z--;
    t[z] = 0;
    const char *p = t + a;
    int neg = 0;
    size_t i = 0, m = z - a;
    if (i < m && (p[i] == '+' || p[i] == '-')) neg = p[i++] == '-';
    const char *w = p + i;
    size_t wl = m - i;
    if ((wl == 3 && pyrt_ascii_ieq(w, "inf", 3)) || (wl == 8 && pyrt_ascii_ieq(w, "infinity", 8))) {
      r = neg ? -HUGE_VAL : HUGE_VAL;
    } else if (wl == 3 && pyrt_ascii_ieq(w, "nan", 3)) {
      r = neg ? -NAN : NAN;
    } else {
      size_t digits = 0;
      while (i < m && p[i] >= '0' && p[i] <= '9') { i++; digits++; }
      if (i < m && p[i] == '.') {
        i++;
        while (i < m && p[i] >= '0' && p[i] <= '9') { i++; digits++; }
      }
      if (digits == 0) ok = 0;
      if (ok && i < m && (p[i] == 'e' || p[i] == 'E')) {
        i++;
        if (i < m && (p[i] == '+' || p[i] == '-')) i++;
        size_t ed = 0;
        while (i < m && p[i] >= '0' && p[i] <= '9') { i++; ed++; }
        if (ed == 0) ok = 0;
      }
      if (i != m) ok = 0;
      if (ok) r = strtod(p, NULL);
    }
  }
  free(t);
  if (!ok) {
    pyrt_raise_repr(&pyrt_t_ValueError, "could not convert string to float: ", s);
    return 0;
  }
  return r;
}

/* ---- round() ---- */

/* round(x): half to even, an int. */
static int64_t pyrt_float_round(double x) {
  double r = round(x);
  if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
  return pyrt_int_from_float(r);
}

/* round(x, n): CPython's double_round, correctly rounded (half to even on the
   exact value of x). */
static double pyrt_float_round_digits(double x, int64_t n) {
  if (!isfinite(x)) return x;
  if (n > 323) return x;
  if (n < -308) return 0.0 * x;
  double r;
  if (n >= 0) {
    /* glibc's printf rounds the exact value, ties to even */
    char buf[720];
    snprintf(buf, sizeof buf, "%.*f", (int)n, x);
    r = strtod(buf, NULL);
  } else {
    int k = (int)-n;
    double ax = fabs(x), ip = trunc(ax);
    int frac = ax != ip;
    char digits[400];
    int nd = snprintf(digits + 1, sizeof digits - 1, "%.0f", ip);
    digits[0] = '0';
    nd += 1; /* a leading 0 takes a carry */
    char buf[400];
    if (nd - 1 <= k - 1) {
      /* |x| < 10**(k-1) * ...: fewer digits than the rounding place: rounds to 0
         unless |x| >= 0.5 * 10**k, impossible with fewer than k digits */
      snprintf(buf, sizeof buf, "%s0e%d", signbit(x) ? "-" : "", k);
    } else {
      int keep = nd - k; /* digits[0..keep) stay */
      const char *rest = digits + keep;
      int up;
      if (rest[0] > '5') up = 1;
      else if (rest[0] < '5') up = 0;
      else {
        int more = frac;
        for (int i = 1; i < k && !more; i++) more = rest[i] != '0';
        up = more || ((digits[keep - 1] - '0') & 1);
      }
      digits[keep] = 0;
      if (up) {
        int i = keep - 1;
        while (digits[i] == '9') digits[i--] = '0';
        digits[i]++;
      }
      snprintf(buf, sizeof buf, "%s%se%d", signbit(x) ? "-" : "", digits, k);
    }
    r = strtod(buf, NULL);
  }
  if (isinf(r)) {
    pyrt_raise(&pyrt_t_OverflowError, "rounded value too large to represent");
    return 0;
  }
  return r;
}

/* round(a, n) for an int: half to even at 10**-n. */
static int64_t pyrt_int_round_digits(int64_t a, int64_t n) {
  if (n >= 0) return a;
  if (n < -19) return 0;
  __int128 m = 1;
  for (int64_t i = 0; i < -n; i++) m *= 10;
  __int128 q = a / m, r = a % m;
  if (r < 0) { r += m; q -= 1; } /* floor division */
  if (2 * r > m || (2 * r == m && (q & 1))) q += 1;
  __int128 res = q * m;
  if (res > INT64_MAX || res <= INT64_MIN) { pyrt_overflow(); return 0; }
  return (int64_t)res;
}

/* ---- str methods ---- */

/* CPython's ADJUST_INDICES; a None bound is PYRT_NONE_I64. */
static void pyrt_str_adjust(int64_t len, int64_t *start, int64_t *end) {
  if (*end == PYRT_NONE_I64 || *end > len) *end = len;
  else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
  if (*start == PYRT_NONE_I64) *start = 0;
  else if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

static int pyrt_str_match_at(const pyrt_str *s, int64_t i, const pyrt_str *sub) {
  return memcmp(s->cp + i, sub->cp, 4 * (size_t)sub->len) == 0;
}

/* The first index in [a, b - len(sub)] where sub occurs, or -1. */
static int64_t pyrt_str_find_in(const pyrt_str *s, const pyrt_str *sub, int64_t a, int64_t b) {
  for (int64_t i = a; i + sub->len <= b; i++)
    if (pyrt_str_match_at(s, i, sub)) return i;
  return -1;
}
static int64_t pyrt_str_rfind_in(const pyrt_str *s, const pyrt_str *sub, int64_t a, int64_t b) {
  for (int64_t i = b - sub->len; i >= a; i--)
    if (pyrt_str_match_at(s, i, sub)) return i;
  return -1;
}

static int64_t pyrt_m_str_find(pyrt_str *s, pyrt_str *sub, int64_t start, int64_t end) {
  pyrt_str_adjust(s->len, &start, &end);
  if (end - start < sub->len) return -1;
  return pyrt_str_find_in(s, sub, start, end);
}
static int64_t pyrt_m_str_rfind(pyrt_str *s, pyrt_str *sub, int64_t start, int64_t end) {
  pyrt_str_adjust(s->len, &start, &end);
  if (end - start < sub->len) return -1;
  return pyrt_str_rfind_in(s, sub, start, end);
}
static int64_t pyrt_m_str_index_of(pyrt_str *s, pyrt_str *sub, int64_t start, int64_t end) {
  int64_t r = pyrt_m_str_find(s, sub, start, end);
  if (r < 0) pyrt_raise(&pyrt_t_ValueError, "substring not found");
  return r;
}
static int64_t pyrt_m_str_rindex(pyrt_str *s, pyrt_str *sub, int64_t start, int64_t end) {
  int64_t r = pyrt_m_str_rfind(s, sub, start, end);
  if (r < 0) pyrt_raise(&pyrt_t_ValueError, "substring not found");
  return r;
}
static int64_t pyrt_m_str_count(pyrt_str *s, pyrt_str *sub, int64_t start, int64_t end) {
  pyrt_str_adjust(s->len, &start, &end);
  if (end - start < sub->len) return 0;
  if (sub->len == 0) return end - start + 1;
  int64_t k = 0;
  for (int64_t i = start; i + sub->len <= end;) {
    if (pyrt_str_match_at(s, i, sub)) { k++; i += sub->len; }
    else i++;
  }
  return k;
}

/* CPython's tailmatch: dir < 0 startswith, > 0 endswith. */
static int pyrt_str_tailmatch(const pyrt_str *s, const pyrt_str *sub, int64_t start, int64_t end, int dir) {
  pyrt_str_adjust(s->len, &start, &end);
  end -= sub->len;
  if (end < start) return 0;
  if (sub->len == 0) return 1;
  return pyrt_str_match_at(s, dir < 0 ? start : end, sub);
}
static uint8_t pyrt_str_startend(pyrt_str *s, void *p, int64_t start, int64_t end, int dir) {
  if (((pyrt_obj *)p)->type->okind == PYRT_O_TUPLE) {
    pyrt_tuple *t = p;
    for (int64_t i = 0; i < t->len; i++)
      if (pyrt_str_tailmatch(s, t->items[i].p, start, end, dir)) return 1;
    return 0;
  }
  return (uint8_t)pyrt_str_tailmatch(s, p, start, end, dir);
}
static uint8_t pyrt_m_str_startswith(pyrt_str *s, void *prefix, int64_t start, int64_t end) { return pyrt_str_startend(s, prefix, start, end, -1); }
static uint8_t pyrt_m_str_endswith(pyrt_str *s, void *suffix, int64_t start, int64_t end) { return pyrt_str_startend(s, suffix, start, end, 1); }

static int pyrt_str_has(const pyrt_str *chars, uint32_t c) {
  for (int64_t i = 0; i < chars->len; i++)
    if (chars->cp[i] == c) return 1;
  return 0;
}

/* mode: 1 left, 2 right, 3 both; chars NULL: whitespace. */
static pyrt_str *pyrt_str_strip_mode(pyrt_str *s, pyrt_str *chars, int mode) {
  int64_t i = 0, j = s->len;
  if (!chars) {
    if (mode & 1) while (i < j && pyrt_is_space(s->cp[i])) i++;
    if (mode & 2) while (j > i && pyrt_is_space(s->cp[j - 1])) j--;
  } else {
    if (mode & 1) while (i < j && pyrt_str_has(chars, s->cp[i])) i++;
    if (mode & 2) while (j > i && pyrt_str_has(chars, s->cp[j - 1])) j--;
  }
  if (i == 0 && j == s->len) return s;
  return pyrt_str_sub(s, i, j);
}
static pyrt_str *pyrt_m_str_strip(pyrt_str *s, pyrt_str *chars) { return pyrt_str_strip_mode(s, chars, 3); }
static pyrt_str *pyrt_m_str_lstrip(pyrt_str *s, pyrt_str *chars) { return pyrt_str_strip_mode(s, chars, 1); }
static pyrt_str *pyrt_m_str_rstrip(pyrt_str *s, pyrt_str *chars) { return pyrt_str_strip_mode(s, chars, 2); }

static pyrt_str *pyrt_m_str_replace(pyrt_str *s, pyrt_str *old, pyrt_str *new_, int64_t count) {
  uint64_t left = count < 0 ? UINT64_MAX : (uint64_t)count;
  if (left == 0) return s;
  pyrt_buf b = {0};
  if (old->len == 0) {
    int64_t i = 0;
    for (; i <= s->len && left > 0; i++, left--) {
      pyrt_buf_str(&b, new_);
      if (i < s->len) pyrt_buf_cp(&b, s->cp[i]);
    }
    for (; i < s->len; i++) pyrt_buf_cp(&b, s->cp[i]);
    return pyrt_buf_finish(&b);
  }
  int64_t p = pyrt_str_find_in(s, old, 0, s->len);
  if (p < 0) return s;
  int64_t i = 0;
  while (p >= 0 && left > 0) {
    left--;
    if (p > i) {
      pyrt_buf_grow(&b, (size_t)(p - i));
      memcpy(b.d + b.len, s->cp + i, 4 * (size_t)(p - i));
      b.len += (size_t)(p - i);
    }
    pyrt_buf_str(&b, new_);
    i = p + old->len;
    p = pyrt_str_find_in(s, old, i, s->len);
  }
  if (s->len > i) {
    pyrt_buf_grow(&b, (size_t)(s->len - i));
    memcpy(b.d + b.len, s->cp + i, 4 * (size_t)(s->len - i));
    b.len += (size_t)(s->len - i);
  }
  return pyrt_buf_finish(&b);
}

/* s.rsplit(sep, maxsplit); sep NULL: runs of whitespace. */
static pyrt_list *pyrt_m_str_rsplit(pyrt_str *s, pyrt_str *sep, int64_t maxsplit) {
  PYRT_ROOT(1);
  pyrt_list *out = R_[0] = pyrt_list_new(&pyrt_d_str, 0);
  uint64_t left = maxsplit < 0 ? UINT64_MAX : (uint64_t)maxsplit;
  if (!out) goto done;
  if (!sep) {
    int64_t i = s->len - 1;
    while (left > 0) {
      left--;
      while (i >= 0 && pyrt_is_space(s->cp[i])) i--;
      if (i < 0) break;
      int64_t j = i;
      i--;
      while (i >= 0 && !pyrt_is_space(s->cp[i])) i--;
      pyrt_str *x = pyrt_str_sub(s, i + 1, j + 1);
      if (!x) goto done;
      pyrt_m_list_append(out, pyrt_vp(x));
      if (pyrt_exc) goto done;
    }
    if (i >= 0) {
      while (i >= 0 && pyrt_is_space(s->cp[i])) i--;
      if (i >= 0) {
        pyrt_str *x = pyrt_str_sub(s, 0, i + 1);
        if (!x) goto done;
        pyrt_m_list_append(out, pyrt_vp(x));
        if (pyrt_exc) goto done;
      }
    }
  } else {
    if (sep->len == 0) { pyrt_raise(&pyrt_t_ValueError, "empty separator"); goto done; }
    int64_t j = s->len;
    while (left > 0) {
      int64_t p = pyrt_str_rfind_in(s, sep, 0, j);
      if (p < 0) break;
      left--;
      pyrt_str *x = pyrt_str_sub(s, p + sep->len, j);
      if (!x) goto done;
      pyrt_m_list_append(out, pyrt_vp(x));
      if (pyrt_exc) goto done;
      j = p;
    }
    pyrt_str *x = j == s->len ? s : pyrt_str_sub(s, 0, j);
    if (!x) goto done;
    pyrt_m_list_append(out, pyrt_vp(x));
  }
  pyrt_m_list_reverse(out);
done:
  PYRT_UNROOT();
  return pyrt_exc ? NULL : out;
}

static pyrt_list *pyrt_m_str_splitlines(pyrt_str *s, uint8_t keepends) {
  PYRT_ROOT(1);
  pyrt_list *out = R_[0] = pyrt_list_new(&pyrt_d_str, 0);
  int64_t n = s->len, i = 0, j = 0;
  while (out && i < n) {
    while (i < n && !pyrt_u_islinebreak(s->cp[i])) i++;
    int64_t eol = i;
    if (i < n) {
      if (s->cp[i] == '\r' && i + 1 < n && s->cp[i + 1] == '\n') i += 2;
      else i++;
      if (keepends) eol = i;
    }
    pyrt_str *x = pyrt_str_sub(s, j, eol);
    if (!x) break;
    pyrt_m_list_append(out, pyrt_vp(x));
    if (pyrt_exc) break;
    j = i;
  }
  PYRT_UNROOT();
  return pyrt_exc ? NULL : out;
}

static pyrt_str *pyrt_m_str_upper(pyrt_str *s) {
  pyrt_buf b = {0};
  for (int64_t i = 0; i < s->len; i++) pyrt_u_upper_of(&b, s->cp[i]);
  return pyrt_buf_finish(&b);
}
static pyrt_str *pyrt_m_str_lower(pyrt_str *s) {
  pyrt_buf b = {0};
  for (int64_t i = 0; i < s->len; i++) pyrt_u_lower_at(&b, s, i);
  return pyrt_buf_finish(&b);
}
static pyrt_str *pyrt_m_str_casefold(pyrt_str *s) {
  pyrt_buf b = {0};
  for (int64_t i = 0; i < s->len; i++) pyrt_u_fold_of(&b, s->cp[i]);
  return pyrt_buf_finish(&b);
}
static pyrt_str *pyrt_m_str_capitalize(pyrt_str *s) {
  pyrt_buf b = {0};
  for (int64_t i = 0; i < s->len; i++) {
    if (i == 0) pyrt_u_title_of(&b, s->cp[i]);
    else pyrt_u_lower_at(&b, s, i);
  }
  return pyrt_buf_finish(&b);
}
static pyrt_str *pyrt_m_str_title(pyrt_str *s) {
  pyrt_buf b = {0};
  int prev = 0;
  for (int64_t i = 0; i < s->len; i++) {
    uint32_t c = s->cp[i];
    if (prev) pyrt_u_lower_at(&b, s, i);
    else pyrt_u_title_of(&b, c);
    prev = pyrt_u_iscased(c);
  }
  return pyrt_buf_finish(&b);
}
static pyrt_str *pyrt_m_str_swapcase(pyrt_str *s) {
  pyrt_buf b = {0};
  for (int64_t i = 0; i < s->len; i++) {
    uint32_t c = s->cp[i];
    if (pyrt_u_isupper(c)) pyrt_u_lower_at(&b, s, i);
    else if (pyrt_u_islower(c)) pyrt_u_upper_of(&b, c);
    else pyrt_buf_cp(&b, c);
  }
  return pyrt_buf_finish(&b);
}

static uint8_t pyrt_str_all(const pyrt_str *s, int (*pred)(uint32_t)) {
  if (s->len == 0) return 0;
  for (int64_t i = 0; i < s->len; i++)
    if (!pred(s->cp[i])) return 0;
  return 1;
}
static int pyrt_u_isalnum(uint32_t c) { return pyrt_u_isalpha(c) || pyrt_u_isnumeric(c); }
static int pyrt_u_isspace_(uint32_t c) { return pyrt_is_space(c); }
static uint8_t pyrt_m_str_isdigit(pyrt_str *s) { return pyrt_str_all(s, pyrt_u_isdigit); }
static uint8_t pyrt_m_str_isdecimal(pyrt_str *s) { return pyrt_str_all(s, pyrt_u_isdecimal); }
static uint8_t pyrt_m_str_isnumeric(pyrt_str *s) { return pyrt_str_all(s, pyrt_u_isnumeric); }
static uint8_t pyrt_m_str_isalpha(pyrt_str *s) { return pyrt_str_all(s, pyrt_u_isalpha); }
static uint8_t pyrt_m_str_isalnum(pyrt_str *s) { return pyrt_str_all(s, pyrt_u_isalnum); }
static uint8_t pyrt_m_str_isspace(pyrt_str *s) { return pyrt_str_all(s, pyrt_u_isspace_); }
static uint8_t pyrt_m_str_isascii(pyrt_str *s) {
  for (int64_t i = 0; i < s->len; i++)
    if (s->cp[i] >= 128) return 0;
  return 1;
}
static uint8_t pyrt_m_str_isprintable(pyrt_str *s) {
  for (int64_t i = 0; i < s->len; i++)
    if (!pyrt_is_printable(s->cp[i])) return 0;
  return 1;
}
static uint8_t pyrt_m_str_isidentifier(pyrt_str *s) {
  if (s->len == 0) return 0;
  if (!pyrt_u_isxidstart(s->cp[0]) && s->cp[0] != '_') return 0;
  for (int64_t i = 1; i < s->len; i++)
    if (!pyrt_u_isxidcont(s->cp[i])) return 0;
  return 1;
}
static uint8_t pyrt_m_str_isupper(pyrt_str *s) {
  int cased = 0;
  for (int64_t i = 0; i < s->len; i++) {
    uint32_t c = s->cp[i];
    if (pyrt_u_islower(c) || pyrt_u_istitle(c)) return 0;
    if (!cased && pyrt_u_isupper(c)) cased = 1;
  }
  return (uint8_t)cased;
}
static uint8_t pyrt_m_str_islower(pyrt_str *s) {
  int cased = 0;
  for (int64_t i = 0; i < s->len; i++) {
    uint32_t c = s->cp[i];
    if (pyrt_u_isupper(c) || pyrt_u_istitle(c)) return 0;
    if (!cased && pyrt_u_islower(c)) cased = 1;
  }
  return (uint8_t)cased;
}
static uint8_t pyrt_m_str_istitle(pyrt_str *s) {
  int cased = 0, prev = 0;
  for (int64_t i = 0; i < s->len; i++) {
    uint32_t c = s->cp[i];
    if (pyrt_u_isupper(c) || pyrt_u_istitle(c)) {
      if (prev) return 0;
      prev = cased = 1;
    } else if (pyrt_u_islower(c)) {
      if (!prev) return 0;
      prev = cased = 1;
    } else {
      prev = 0;
    }
  }
  return (uint8_t)cased;
}

/* s padded with `left` and `right` fill characters. */
static pyrt_str *pyrt_str_pad(pyrt_str *s, int64_t left, int64_t right, uint32_t fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return s;
  if (left + right > ((int64_t)1 << 40)) { pyrt_raise_memory_error(); return NULL; }
  pyrt_str *r = pyrt_str_new(left + s->len + right);
  if (!r) return NULL;
  for (int64_t i = 0; i < left; i++) r->cp[i] = fill;
  memcpy(r->cp + left, s->cp, 4 * (size_t)s->len);
  for (int64_t i = 0; i < right; i++) r->cp[left + s->len + i] = fill;
  return r;
}
static int pyrt_str_fill_ok(pyrt_str *fill) {
  if (fill->len != 1) {
    pyrt_raise(&pyrt_t_TypeError, "The fill character must be exactly one character long");
    return 0;
  }
  return 1;
}
static pyrt_str *pyrt_m_str_center(pyrt_str *s, int64_t width, pyrt_str *fill) {
  if (!pyrt_str_fill_ok(fill)) return NULL;
  if (width <= s->len) return s;
  int64_t marg = width - s->len;
  int64_t left = marg / 2 + (marg & width & 1);
  return pyrt_str_pad(s, left, marg - left, fill->cp[0]);
}
static pyrt_str *pyrt_m_str_ljust(pyrt_str *s, int64_t width, pyrt_str *fill) {
  if (!pyrt_str_fill_ok(fill)) return NULL;
  if (width <= s->len) return s;
  return pyrt_str_pad(s, 0, width - s->len, fill->cp[0]);
}
static pyrt_str *pyrt_m_str_rjust(pyrt_str *s, int64_t width, pyrt_str *fill) {
  if (!pyrt_str_fill_ok(fill)) return NULL;
  if (width <= s->len) return s;
  return pyrt_str_pad(s, width - s->len, 0, fill->cp[0]);
}
static pyrt_str *pyrt_m_str_zfill(pyrt_str *s, int64_t width) {
  if (width <= s->len) return s;
  if (width > ((int64_t)1 << 40)) { pyrt_raise_memory_error(); return NULL; }
  pyrt_str *r = pyrt_str_new(width);
  if (!r) return NULL;
  int64_t pad = width - s->len, k = 0;
  int sign = s->len > 0 && (s->cp[0] == '+' || s->cp[0] == '-');
  if (sign) r->cp[k++] = s->cp[0];
  for (int64_t i = 0; i < pad; i++) r->cp[k++] = '0';
  for (int64_t i = sign; i < s->len; i++) r->cp[k++] = s->cp[i];
  return r;
}

static pyrt_str *pyrt_m_str_expandtabs(pyrt_str *s, int64_t tabsize) {
  pyrt_buf b = {0};
  int64_t col = 0;
  for (int64_t i = 0; i < s->len; i++) {
    uint32_t c = s->cp[i];
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t inc = tabsize - col % tabsize;
        if (inc > ((int64_t)1 << 36)) { free(b.d); pyrt_raise_memory_error(); return NULL; }
        for (int64_t k = 0; k < inc; k++) pyrt_buf_cp(&b, ' ');
        col += inc;
      }
    } else {
      pyrt_buf_cp(&b, c);
      col++;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return pyrt_buf_finish(&b);
}

static pyrt_str *pyrt_m_str_removeprefix(pyrt_str *s, pyrt_str *p) {
  if (p->len > 0 && p->len <= s->len && pyrt_str_match_at(s, 0, p)) return pyrt_str_sub(s, p->len, s->len);
  return s;
}
static pyrt_str *pyrt_m_str_removesuffix(pyrt_str *s, pyrt_str *p) {
  if (p->len > 0 && p->len <= s->len && pyrt_str_match_at(s, s->len - p->len, p)) return pyrt_str_sub(s, 0, s->len - p->len);
  return s;
}

/* tuple[str, str, str], tuple[float, float], tuple[float, int] */
static const pyrt_desc *const pyrt_d_str3e[3] = {&pyrt_d_str, &pyrt_d_str, &pyrt_d_str};
static const pyrt_desc pyrt_d_tuple_str3 = {PYRT_K_REF, pyrt_repr_tuple, pyrt_repr_tuple, pyrt_eq_tuple, pyrt_hash_tuple, pyrt_lt_tuple, 3, pyrt_d_str3e};
static const pyrt_desc *const pyrt_d_float2e[2] = {&pyrt_d_float, &pyrt_d_float};
static const pyrt_desc pyrt_d_tuple_float2 = {PYRT_K_REF, pyrt_repr_tuple, pyrt_repr_tuple, pyrt_eq_tuple, pyrt_hash_tuple, pyrt_lt_tuple, 2, pyrt_d_float2e};
static const pyrt_desc *const pyrt_d_float_inte[2] = {&pyrt_d_float, &pyrt_d_int};
static const pyrt_desc pyrt_d_tuple_float_int = {PYRT_K_REF, pyrt_repr_tuple, pyrt_repr_tuple, pyrt_eq_tuple, pyrt_hash_tuple, pyrt_lt_tuple, 2, pyrt_d_float_inte};

/* (s[:a], s[a:b], s[b:]) */
static pyrt_tuple *pyrt_str_3parts(pyrt_str *s, int64_t a, int64_t b) {
  PYRT_ROOT(4);
  R_[0] = s;
  pyrt_tuple *t = NULL;
  pyrt_str *x = R_[1] = pyrt_str_sub(s, 0, a);
  pyrt_str *y = x ? (R_[2] = pyrt_str_sub(s, a, b)) : NULL;
  pyrt_str *z = y ? (R_[3] = (b == 0 ? s : pyrt_str_sub(s, b, s->len))) : NULL;
  if (z) t = pyrt_tuple_new(&pyrt_d_tuple_str3, 3);
  if (t) {
    t->items[0].p = x;
    t->items[1].p = y;
    t->items[2].p = z;
  }
  PYRT_UNROOT();
  return t;
}
static pyrt_tuple *pyrt_m_str_partition(pyrt_str *s, pyrt_str *sep) {
  if (sep->len == 0) { pyrt_raise(&pyrt_t_ValueError, "empty separator"); return NULL; }
  int64_t p = pyrt_str_find_in(s, sep, 0, s->len);
  if (p < 0) return pyrt_str_3parts(s, s->len, s->len);
  return pyrt_str_3parts(s, p, p + sep->len);
}
static pyrt_tuple *pyrt_m_str_rpartition(pyrt_str *s, pyrt_str *sep) {
  if (sep->len == 0) { pyrt_raise(&pyrt_t_ValueError, "empty separator"); return NULL; }
  int64_t p = pyrt_str_rfind_in(s, sep, 0, s->len);
  if (p < 0) return pyrt_str_3parts(s, 0, 0);
  return pyrt_str_3parts(s, p, p + sep->len);
}

static uint8_t pyrt_str_rev_iter_next(pyrt_iter *it) {
  pyrt_seq_iter *q = (pyrt_seq_iter *)it;
  pyrt_str *s = q->seq;
  if (q->i <= 0) return 0;
  pyrt_str *c = pyrt_str_new(1);
  if (!c) return 0;
  c->cp[0] = s->cp[--q->i];
  it->cur.p = c;
  return 1;
}
static pyrt_iter *pyrt_m_str_reversed(pyrt_str *s) {
  pyrt_iter *it = pyrt_seq_iter_new(s, pyrt_str_rev_iter_next, &pyrt_d_str);
  if (it) ((pyrt_seq_iter *)it)->i = s->len;
  return it;
}

/* assert test, msg: AssertionError(str(msg)) */
static void pyrt_m_assert_fail(pyrt_str *msg) { pyrt_raise_msg(&pyrt_t_AssertionError, msg); }


/* ---- math ---- */

#define pyrt_m_math_pi (3.141592653589793)
#define pyrt_m_math_e (2.718281828459045)
#define pyrt_m_math_tau (6.283185307179586)
#define pyrt_m_math_inf ((double)INFINITY)
#define pyrt_m_math_nan ((double)NAN)

static void pyrt_math_domain(void) { pyrt_raise(&pyrt_t_ValueError, "math domain error"); }
static void pyrt_math_range(void) { pyrt_raise(&pyrt_t_OverflowError, "math range error"); }

/* CPython's is_error: errno after a libm call; 1 with an exception raised. */
static int pyrt_math_is_error(double r) {
  if (errno == EDOM) { pyrt_math_domain(); return 1; }
  if (errno == ERANGE) {
    if (fabs(r) < 1.5) return 0; /* underflow */
    pyrt_math_range();
    return 1;
  }
  return 0;
}

/* CPython's math_1 */
static double pyrt_math_1(double x, double (*f)(double), int can_overflow) {
  errno = 0;
  double r = f(x);
  if (isnan(r) && !isnan(x)) { pyrt_math_domain(); return 0; }
  if (isinf(r) && isfinite(x)) {
    if (can_overflow) pyrt_math_range();
    else pyrt_math_domain();
    return 0;
  }
  if (isfinite(r) && errno && pyrt_math_is_error(r)) return 0;
  return r;
}

/* CPython's math_2 */
static double pyrt_math_2(double x, double y, double (*f)(double, double)) {
  errno = 0;
  double r = f(x, y);
  if (isnan(r)) errno = !isnan(x) && !isnan(y) ? EDOM : 0;
  else if (isinf(r)) errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
  if (errno && pyrt_math_is_error(r)) return 0;
  return r;
}

static double pyrt_m_math_sqrt(double x) { return pyrt_math_1(x, sqrt, 0); }
static int64_t pyrt_m_math_floor(double x) { return pyrt_int_from_float(floor(x)); }
static int64_t pyrt_m_math_ceil(double x) { return pyrt_int_from_float(ceil(x)); }
static int64_t pyrt_m_math_trunc(double x) { return pyrt_int_from_float(trunc(x)); }
static double pyrt_m_math_fabs(double x) { return fabs(x); }
static uint8_t pyrt_m_math_isnan(double x) { return isnan(x) != 0; }
static uint8_t pyrt_m_math_isinf(double x) { return isinf(x) != 0; }
static uint8_t pyrt_m_math_isfinite(double x) { return isfinite(x) != 0; }
static double pyrt_m_math_degrees(double x) { return x * (180.0 / 3.141592653589793); }
static double pyrt_m_math_radians(double x) { return x * (3.141592653589793 / 180.0); }
static double pyrt_m_math_copysign(double x, double y) { return copysign(x, y); }
static double pyrt_m_math_fmod(double x, double y) {
  if (isinf(y) && isfinite(x)) return x;
  errno = 0;
  double r = fmod(x, y);
  if (isnan(r)) errno = !isnan(x) && !isnan(y) ? EDOM : 0;
  if (errno && pyrt_math_is_error(r)) return 0;
  return r;
}
static double pyrt_m_math_remainder(double x, double y) { return pyrt_math_2(x, y, remainder); }
static double pyrt_m_math_atan2(double y, double x) { return pyrt_math_2(y, x, atan2); }
static double pyrt_m_math_ldexp(double x, int64_t i) {
  double r;
  errno = 0;
  if (x == 0 || !isfinite(x)) r = x;
  else if (i > INT32_MAX) { r = copysign(HUGE_VAL, x); errno = ERANGE; }
  else if (i < INT32_MIN) r = copysign(0.0, x);
  else {
    r = ldexp(x, (int)i);
    if (isinf(r)) errno = ERANGE;
  }
  if (errno && pyrt_math_is_error(r)) return 0;
  return r;
}
static pyrt_tuple *pyrt_m_math_frexp(double x) {
  int e = 0;
  if (!(isnan(x) || isinf(x) || x == 0)) x = frexp(x, &e);
  pyrt_tuple *t = pyrt_tuple_new(&pyrt_d_tuple_float_int, 2);
  if (t) {
    t->items[0].f = x;
    t->items[1].i = e;
  }
  return t;
}
static pyrt_tuple *pyrt_m_math_modf(double x) {
  double f, ip;
  if (isinf(x)) { f = copysign(0.0, x); ip = x; }
  else f = modf(x, &ip);
  pyrt_tuple *t = pyrt_tuple_new(&pyrt_d_tuple_float2, 2);
  if (t) {
    t->items[0].f = f;
    t->items[1].f = ip;
  }
  return t;
}
static uint8_t pyrt_m_math_isclose_o(double a, double b, double rel_tol, double abs_tol) {
  if (pyrt_f64_is_none(rel_tol)) rel_tol = 1e-09;
  if (pyrt_f64_is_none(abs_tol)) abs_tol = 0.0;
  if (rel_tol < 0.0 || abs_tol < 0.0) { pyrt_raise(&pyrt_t_ValueError, "tolerances must be non-negative"); return 0; }
  if (a == b) return 1;
  if (isinf(a) || isinf(b)) return 0;
  double diff = fabs(b - a);
  return (diff <= fabs(rel_tol * b)) || (diff <= fabs(rel_tol * a)) || (diff <= abs_tol);
}
static int64_t pyrt_m_math_gcd(int64_t a, int64_t b) {
  uint64_t x = a < 0 ? (uint64_t)0 - (uint64_t)a : (uint64_t)a, y = b < 0 ? (uint64_t)0 - (uint64_t)b : (uint64_t)b;
  while (y) {
    uint64_t t = x % y;
    x = y;
    y = t;
  }
  return (int64_t)x;
}
static int64_t pyrt_m_math_lcm(int64_t a, int64_t b) {
  if (a == 0 || b == 0) return 0;
  int64_t g = pyrt_m_math_gcd(a, b);
  int64_t r = pyrt_int_mul(a / g, b);
  if (pyrt_exc) return 0;
  return r < 0 ? -r : r;
}
static int64_t pyrt_m_math_factorial(int64_t n) {
  if (n < 0) { pyrt_raise(&pyrt_t_ValueError, "factorial() not defined for negative values"); return 0; }
  if (n > 20) { pyrt_overflow(); return 0; }
  int64_t r = 1;
  for (int64_t i = 2; i <= n; i++) r *= i;
  return r;
}
static int pyrt_math_nk_ok(int64_t n, int64_t k) {
  if (n < 0) { pyrt_raise(&pyrt_t_ValueError, "n must be a non-negative integer"); return 0; }
  if (k < 0) { pyrt_raise(&pyrt_t_ValueError, "k must be a non-negative integer"); return 0; }
  return 1;
}
static int64_t pyrt_m_math_comb(int64_t n, int64_t k) {
  if (!pyrt_math_nk_ok(n, k)) return 0;
  if (k > n) return 0;
  if (k > n - k) k = n - k;
  /* C(n, i) grows with i up to n/2: past INT64_MAX on the way, past it at the end */
  unsigned __int128 c = 1;
  for (int64_t i = 1; i <= k; i++) {
    c = c * (unsigned __int128)(n - k + i) / (unsigned __int128)i;
    if (c > INT64_MAX) { pyrt_overflow(); return 0; }
  }
  return (int64_t)c;
}
static int64_t pyrt_m_math_perm(int64_t n, int64_t k) {
  if (!pyrt_math_nk_ok(n, k)) return 0;
  if (k > n) return 0;
  int64_t r = 1;
  for (int64_t i = 0; i < k; i++) {
    if (__builtin_mul_overflow(r, n - i, &r)) { pyrt_overflow(); return 0; }
  }
  return r;
}
static int64_t pyrt_m_math_isqrt(int64_t n) {
  if (n < 0) { pyrt_raise(&pyrt_t_ValueError, "isqrt() argument must be nonnegative"); return 0; }
  uint64_t s = (uint64_t)sqrt((double)n);
  while (s * s > (uint64_t)n) s--;
  while ((s + 1) * (s + 1) <= (uint64_t)n) s++;
  return (int64_t)s;
}

/* CPython 3.11's vector_norm (hypot, dist) */
static double pyrt_math_vector_norm(int64_t n, const double *vec, double max, int found_nan) {
  double x, csum = 1.0, oldcsum, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  int max_e;
  if (isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  frexp(max, &max_e);
  if (max_e >= -1023) {
    const double T27 = 134217729.0;
    double scale = ldexp(1.0, -max_e), t, hi, lo, h;
    for (int64_t i = 0; i < n; i++) {
      x = vec[i];
      x *= scale;
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
    h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
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
  for (int64_t i = 0; i < n; i++) {
    x = vec[i];
    x /= max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * sqrt(csum - 1.0 + frac1);
}

static double pyrt_m_math_hypot(double x, double y) {
  double v[2] = {fabs(x), fabs(y)};
  double max = 0;
  int nan_ = 0;
  for (int i = 0; i < 2; i++) {
    if (isnan(v[i])) nan_ = 1;
    if (v[i] > max) max = v[i];
  }
  return pyrt_math_vector_norm(2, v, max, nan_);
}

/* The items of a list or tuple of numbers as doubles (malloc'd; *n their count);
   NULL with *n = -1 when an item is not a number. */
static double *pyrt_math_floats(void *seq, int64_t *n) {
  pyrt_obj *o = seq;
  int64_t len;
  const pyrt_val *items;
  const pyrt_desc *one = NULL, *const *many = NULL;
  if (o->type->okind == PYRT_O_LIST) {
    pyrt_list *l = seq;
    len = l->len;
    items = l->items;
    one = l->elem;
  } else if (o->type->okind == PYRT_O_TUPLE) {
    pyrt_tuple *t = seq;
    len = t->len;
    items = t->items;
    many = t->desc->elems;
  } else {
    *n = -1;
    return NULL;
  }
  double *v = malloc(sizeof(double) * (size_t)(len ? len : 1));
  if (!v) { pyrt_raise_memory_error(); *n = 0; return NULL; }
  for (int64_t i = 0; i < len; i++) {
    const pyrt_desc *d = one ? one : many[i];
    if (d->kind == PYRT_K_FLOAT) v[i] = items[i].f;
    else if (d->kind == PYRT_K_INT || d->kind == PYRT_K_BOOL) v[i] = (double)items[i].i;
    else { free(v); *n = -1; return NULL; }
  }
  *n = len;
  return v;
}

static double pyrt_m_math_dist(void *p, void *q) {
  int64_t n, m;
  double *a = pyrt_math_floats(p, &n);
  if (!a) { if (n < 0) pyrt_raise(&pyrt_t_TypeError, "must be real number, not str"); return 0; }
  double *b = pyrt_math_floats(q, &m);
  if (!b) { free(a); if (m < 0) pyrt_raise(&pyrt_t_TypeError, "must be real number, not str"); return 0; }
  if (n != m) {
    free(a);
    free(b);
    pyrt_raise(&pyrt_t_ValueError, "both points must have the same number of dimensions");
    return 0;
  }
  double max = 0;
  int nan_ = 0;
  for (int64_t i = 0; i < n; i++) {
    double x = fabs(a[i] - b[i]);
    a[i] = x;
    if (isnan(x)) nan_ = 1;
    if (x > max) max = x;
  }
  double r = pyrt_math_vector_norm(n, a, max, nan_);
  free(a);
  free(b);
  return r;
}

/* CPython's math_fsum: Shewchuk's msum with the final half-even correction. */
static double pyrt_m_math_fsum(void *seq) {
  int64_t len;
  double *xs = pyrt_math_floats(seq, &len);
  if (!xs) { if (len < 0) pyrt_raise(&pyrt_t_TypeError, "must be real number, not str"); return 0; }
  double *p = malloc(sizeof(double) * (size_t)(len + 1));
  if (!p) { free(xs); pyrt_raise_memory_error(); return 0; }
  int64_t n = 0;
  double special = 0.0, infs = 0.0, hi = 0.0, lo = 0.0;
  for (int64_t k = 0; k < len; k++) {
    double x = xs[k], xsave = x, y, t, yr;
    int64_t i = 0;
    for (int64_t j = 0; j < n; j++) {
      y = p[j];
      if (fabs(x) < fabs(y)) { t = x; x = y; y = t; }
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x != 0.0) {
      if (!isfinite(x)) {
        if (isfinite(xsave)) {
          free(xs);
          free(p);
          pyrt_raise(&pyrt_t_OverflowError, "intermediate overflow in fsum");
          return 0;
        }
        if (isinf(xsave)) infs += xsave;
        special += xsave;
        n = 0;
      } else {
        p[n++] = x;
      }
    }
  }
  free(xs);
  if (special != 0.0) {
    free(p);
    if (isnan(infs)) { pyrt_raise(&pyrt_t_ValueError, "-inf + inf in fsum"); return 0; }
    return special;
  }
  hi = 0.0;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  free(p);
  return hi;
}

static double pyrt_m_math_exp(double x) { return pyrt_math_1(x, exp, 1); }
static double pyrt_m_math_exp2(double x) { return pyrt_math_1(x, exp2, 1); }
static double pyrt_m_math_expm1(double x) { return pyrt_math_1(x, expm1, 1); }
static double pyrt_m_math_sin(double x) { return pyrt_math_1(x, sin, 0); }
static double pyrt_m_math_cos(double x) { return pyrt_math_1(x, cos, 0); }
static double pyrt_m_math_tan(double x) { return pyrt_math_1(x, tan, 0); }
static double pyrt_m_math_asin(double x) { return pyrt_math_1(x, asin, 0); }
static double pyrt_m_math_acos(double x) { return pyrt_math_1(x, acos, 0); }
static double pyrt_m_math_atan(double x) { return pyrt_math_1(x, atan, 0); }
static double pyrt_m_math_sinh(double x) { return pyrt_math_1(x, sinh, 1); }
static double pyrt_m_math_cosh(double x) { return pyrt_math_1(x, cosh, 1); }
static double pyrt_m_math_tanh(double x) { return pyrt_math_1(x, tanh, 0); }
static double pyrt_m_math_asinh(double x) { return pyrt_math_1(x, asinh, 0); }
static double pyrt_m_math_acosh(double x) { return pyrt_math_1(x, acosh, 0); }
static double pyrt_m_math_atanh(double x) { return pyrt_math_1(x, atanh, 0); }
static double pyrt_m_math_cbrt(double x) { return pyrt_math_1(x, cbrt, 0); }
static double pyrt_m_math_log1p(double x) { return pyrt_math_1(x, log1p, 0); }

/* CPython's m_log, m_log2, m_log10: finite x <= 0 is a domain error */
static double pyrt_math_mlog(double x, double (*f)(double)) {
  if (isfinite(x)) {
    if (x > 0.0) return f(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}
static double pyrt_math_mlog_e(double x) { return pyrt_math_mlog(x, log); }
static double pyrt_math_mlog_2(double x) { return pyrt_math_mlog(x, log2); }
static double pyrt_math_mlog_10(double x) { return pyrt_math_mlog(x, log10); }
static double pyrt_m_math_log_o(double x, double base) {
  double num = pyrt_math_1(x, pyrt_math_mlog_e, 0);
  if (pyrt_exc || pyrt_f64_is_none(base)) return num;
  double den = pyrt_math_1(base, pyrt_math_mlog_e, 0);
  if (pyrt_exc) return 0;
  return pyrt_float_truediv(num, den);
}
static double pyrt_m_math_log2(double x) { return pyrt_math_1(x, pyrt_math_mlog_2, 0); }
static double pyrt_m_math_log10(double x) { return pyrt_math_1(x, pyrt_math_mlog_10, 0); }

static double pyrt_m_math_pow(double x, double y) {
  double r = 0.0;
  errno = 0;
  if (!isfinite(x) || !isfinite(y)) {
    if (isnan(x)) r = y == 0.0 ? 1.0 : x;
    else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
    else if (isinf(x)) {
      int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
      if (y > 0.0) r = odd_y ? x : fabs(x);
      else if (y == 0.0) r = 1.0;
      else r = odd_y ? copysign(0.0, x) : 0.0;
    } else {
      if (fabs(x) == 1.0) r = 1.0;
      else if (y > 0.0 && fabs(x) > 1.0) r = y;
      else if (y < 0.0 && fabs(x) < 1.0) r = -y;
      else r = 0.0;
    }
  } else {
    r = pow(x, y);
    if (!isfinite(r)) {
      if (isnan(r)) errno = EDOM;
      else errno = x == 0.0 ? EDOM : ERANGE;
    }
  }
  if (errno && pyrt_math_is_error(r)) return 0;
  return r;
}

/* ---- random: CPython's Mersenne Twister ---- */

static uint32_t pyrt_mt[624];
static int pyrt_mti = 625; /* 625: not seeded yet */
static double pyrt_gauss_next;
static int pyrt_gauss_has;

static void pyrt_mt_init(uint32_t s) {
  pyrt_mt[0] = s;
  for (int i = 1; i < 624; i++) pyrt_mt[i] = 1812433253u * (pyrt_mt[i - 1] ^ (pyrt_mt[i - 1] >> 30)) + (uint32_t)i;
  pyrt_mti = 624;
}

static void pyrt_mt_init_by_array(const uint32_t *key, size_t n) {
  pyrt_mt_init(19650218u);
  size_t i = 1, j = 0;
  for (size_t k = n > 624 ? n : 624; k; k--) {
    pyrt_mt[i] = (pyrt_mt[i] ^ ((pyrt_mt[i - 1] ^ (pyrt_mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
    i++;
    j++;
    if (i >= 624) { pyrt_mt[0] = pyrt_mt[623]; i = 1; }
    if (j >= n) j = 0;
  }
  for (size_t k = 623; k; k--) {
    pyrt_mt[i] = (pyrt_mt[i] ^ ((pyrt_mt[i - 1] ^ (pyrt_mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
    i++;
    if (i >= 624) { pyrt_mt[0] = pyrt_mt[623]; i = 1; }
  }
  pyrt_mt[0] = 0x80000000u;
  pyrt_gauss_has = 0;
}

static double pyrt_now_realtime(void);
static double pyrt_now_monotonic(void);

/* seed(None): CPython reads 624 words from the system's entropy; here from
   /dev/urandom, else the clocks. */
static void pyrt_random_seed_entropy(void) {
  uint32_t key[624];
  size_t got = 0;
  FILE *f = fopen("/dev/urandom", "rb");
  if (f) {
    got = fread(key, sizeof key[0], 624, f);
    fclose(f);
  }
  if (got < 624) {
    double t = pyrt_now_realtime(), m = pyrt_now_monotonic();
    uint64_t a, b;
    memcpy(&a, &t, 8);
    memcpy(&b, &m, 8);
    uint64_t x = a ^ (b * 0x9E3779B97F4A7C15ull) ^ (uint64_t)(uintptr_t)&key;
    for (size_t i = got; i < 624; i++) {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      key[i] = (uint32_t)(x >> 32);
    }
  }
  pyrt_mt_init_by_array(key, 624);
}

static uint32_t pyrt_mt_next(void) {
  if (pyrt_mti >= 624) {
    if (pyrt_mti == 625) pyrt_random_seed_entropy();
    int kk;
    uint32_t y;
    for (kk = 0; kk < 624 - 397; kk++) {
      y = (pyrt_mt[kk] & 0x80000000u) | (pyrt_mt[kk + 1] & 0x7fffffffu);
      pyrt_mt[kk] = pyrt_mt[kk + 397] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
    }
    for (; kk < 623; kk++) {
      y = (pyrt_mt[kk] & 0x80000000u) | (pyrt_mt[kk + 1] & 0x7fffffffu);
      pyrt_mt[kk] = pyrt_mt[kk + (397 - 624)] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
    }
    y = (pyrt_mt[623] & 0x80000000u) | (pyrt_mt[0] & 0x7fffffffu);
    pyrt_mt[623] = pyrt_mt[396] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
    pyrt_mti = 0;
  }
  uint32_t y = pyrt_mt[pyrt_mti++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

static void pyrt_random_seed_u64(uint64_t n) {
  uint32_t key[2] = {(uint32_t)n, (uint32_t)(n >> 32)};
  pyrt_mt_init_by_array(key, key[1] ? 2 : 1);
}

/* SHA-512 (FIPS 180-4), for seeding with a str as CPython's version 2 does. */
static const uint64_t pyrt_sha512_k[80] = {
  0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull, 0x3956c25bf348b538ull,
  0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull, 0xd807aa98a3030242ull, 0x12835b0145706fbeull,
  0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull, 0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull,
  0xc19bf174cf692694ull, 0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
  0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull, 0x983e5152ee66dfabull,
  0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull, 0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull,
  0x06ca6351e003826full, 0x142929670a0e6e70ull, 0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull,
  0x53380d139d95b3dfull, 0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
  0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull, 0xd192e819d6ef5218ull,
  0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull, 0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull,
  0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull, 0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull,
  0x682e6ff3d6b2b8a3ull, 0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
  0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull, 0xca273eceea26619cull,
  0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull, 0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull,
  0x113f9804bef90daeull, 0x1b710b35131c471bull, 0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull,
  0x431d67c49c100d4cull, 0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull};

#define PYRT_ROTR64(x, n) (((x) >> (n)) | ((x) << (64 - (n))))

static void pyrt_sha512(const unsigned char *msg, size_t len, unsigned char out[64]) {
  uint64_t h[8] = {0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
                   0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull};
  size_t total = ((len + 17 + 127) / 128) * 128;
  unsigned char *buf = calloc(total, 1);
  if (!buf) pyrt_fatal("out of memory");
  if (len) memcpy(buf, msg, len);
  buf[len] = 0x80;
  uint64_t bits = (uint64_t)len * 8;
  for (int i = 0; i < 8; i++) buf[total - 1 - i] = (unsigned char)(bits >> (8 * i));
  for (size_t off = 0; off < total; off += 128) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
      uint64_t v = 0;
      for (int b = 0; b < 8; b++) v = (v << 8) | buf[off + (size_t)t * 8 + (size_t)b];
      w[t] = v;
    }
    for (int t = 16; t < 80; t++) {
      uint64_t s0 = PYRT_ROTR64(w[t - 15], 1) ^ PYRT_ROTR64(w[t - 15], 8) ^ (w[t - 15] >> 7);
      uint64_t s1 = PYRT_ROTR64(w[t - 2], 19) ^ PYRT_ROTR64(w[t - 2], 61) ^ (w[t - 2] >> 6);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
      uint64_t S1 = PYRT_ROTR64(e, 14) ^ PYRT_ROTR64(e, 18) ^ PYRT_ROTR64(e, 41);
      uint64_t ch = (e & f) ^ (~e & g);
      uint64_t t1 = hh + S1 + ch + pyrt_sha512_k[t] + w[t];
      uint64_t S0 = PYRT_ROTR64(a, 28) ^ PYRT_ROTR64(a, 34) ^ PYRT_ROTR64(a, 39);
      uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
      uint64_t t2 = S0 + maj;
      hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  free(buf);
  for (int i = 0; i < 8; i++)
    for (int b = 0; b < 8; b++) out[i * 8 + b] = (unsigned char)(h[i] >> (56 - 8 * b));
}

/* seed(s) for a str: int.from_bytes(utf8 + sha512(utf8), 'big') in 32-bit words. */
static void pyrt_random_seed_str(pyrt_str *s) {
  size_t n = 0;
  char tmp[4];
  for (int64_t i = 0; i < s->len; i++) n += pyrt_utf8(s->cp[i], tmp);
  unsigned char *bytes = calloc(n + 64, 1);
  if (!bytes) { pyrt_raise_memory_error(); return; }
  size_t k = 0;
  for (int64_t i = 0; i < s->len; i++) {
    size_t m = pyrt_utf8(s->cp[i], tmp);
    memcpy(bytes + k, tmp, m);
    k += m;
  }
  pyrt_sha512(bytes, n, bytes + n);
  size_t total = n + 64;
  /* big-endian bytes -> little-endian 32-bit words, leading zero words dropped */
  size_t nw = (total + 3) / 4;
  uint32_t *key = calloc(nw, sizeof(uint32_t));
  if (!key) { free(bytes); pyrt_raise_memory_error(); return; }
  for (size_t i = 0; i < total; i++) {
    size_t bit = (total - 1 - i) * 8;
    key[bit / 32] |= (uint32_t)bytes[i] << (bit % 32);
  }
  while (nw > 1 && key[nw - 1] == 0) nw--;
  pyrt_mt_init_by_array(key, nw);
  free(key);
  free(bytes);
}

static void pyrt_m_random_seed(pyrt_val a, const pyrt_desc *d) {
  if (d == &pyrt_d_none || (d->kind == PYRT_K_NONE)) pyrt_random_seed_entropy();
  else if (d == &pyrt_d_int || d == &pyrt_d_bool) {
    int64_t v = a.i;
    pyrt_random_seed_u64(v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v);
  } else if (d == &pyrt_d_float) {
    if (isnan(a.f)) pyrt_random_seed_entropy(); /* hash(nan) is the object's identity */
    else pyrt_random_seed_u64((uint64_t)pyrt_hash_f64(a.f));
  } else if (d == &pyrt_d_str) {
    pyrt_random_seed_str(a.p);
  } else if (d->repr == pyrt_repr_opt) {
    /* T | None */
    if (pyrt_opt_is_none(d, a)) pyrt_random_seed_entropy();
    else pyrt_m_random_seed(a, d->elems[0]);
  } else {
    pyrt_raise(&pyrt_t_TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
}

/* genrand_res53 */
static double pyrt_m_random_random(void) {
  uint32_t a = pyrt_mt_next() >> 5, b = pyrt_mt_next() >> 6;
  return ((double)a * 67108864.0 + (double)b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) for 0 <= k <= 63 */
static uint64_t pyrt_random_bits(int k) {
  if (k == 0) return 0;
  if (k <= 32) return pyrt_mt_next() >> (32 - k);
  uint64_t lo = pyrt_mt_next();
  uint64_t hi = pyrt_mt_next() >> (64 - k);
  return (hi << 32) | lo;
}

static int64_t pyrt_m_random_getrandbits(int64_t k) {
  if (k < 0) { pyrt_raise(&pyrt_t_ValueError, "number of bits must be non-negative"); return 0; }
  if (k <= 63) return (int64_t)pyrt_random_bits((int)k);
  /* CPython fills 32-bit words from the least significant */
  int big = 0;
  uint64_t v = 0;
  for (int64_t i = 0, left = k; left > 0; i++, left -= 32) {
    uint32_t r = pyrt_mt_next();
    if (left < 32) r >>= 32 - left;
    if (i < 2) v |= (uint64_t)r << (32 * i);
    else if (r) big = 1;
  }
  if (big || v > (uint64_t)INT64_MAX) { pyrt_overflow(); return 0; }
  return (int64_t)v;
}

/* _randbelow_with_getrandbits, 0 < n */
static int64_t pyrt_random_below(int64_t n) {
  int k = 64 - __builtin_clzll((uint64_t)n);
  uint64_t r = pyrt_random_bits(k);
  while (r >= (uint64_t)n) r = pyrt_random_bits(k);
  return (int64_t)r;
}

static int64_t pyrt_m_random_randrange(int64_t start, int64_t stop, int64_t step) {
  if (stop == PYRT_NONE_I64) {
    if (step != 1) { pyrt_raise(&pyrt_t_TypeError, "Missing a non-None stop argument"); return 0; }
    if (start > 0) return pyrt_random_below(start);
    pyrt_raise(&pyrt_t_ValueError, "empty range for randrange()");
    return 0;
  }
  int64_t width = pyrt_int_sub(stop, start);
  if (pyrt_exc) return 0;
  if (step == 1) {
    if (width > 0) return start + pyrt_random_below(width);
    char msg[120];
    snprintf(msg, sizeof msg, "empty range for randrange() (%lld, %lld, %lld)", (long long)start, (long long)stop, (long long)width);
    pyrt_raise(&pyrt_t_ValueError, msg);
    return 0;
  }
  int64_t n;
  if (step > 0) n = pyrt_int_floordiv(pyrt_int_add(width, step - 1), step);
  else if (step < 0) n = pyrt_int_floordiv(pyrt_int_add(width, step + 1), step);
  else { pyrt_raise(&pyrt_t_ValueError, "zero step for randrange()"); return 0; }
  if (pyrt_exc) return 0;
  if (n <= 0) { pyrt_raise(&pyrt_t_ValueError, "empty range for randrange()"); return 0; }
  int64_t r = pyrt_int_mul(step, pyrt_random_below(n));
  if (pyrt_exc) return 0;
  return pyrt_int_add(start, r);
}

static int64_t pyrt_m_random_randint(int64_t a, int64_t b) {
  int64_t b1 = pyrt_int_add(b, 1);
  if (pyrt_exc) return 0;
  return pyrt_m_random_randrange(a, b1, 1);
}

/* A sequence argument: its length, item i, and the descriptor of its items. */
static int64_t pyrt_seq_len(void *seq) {
  pyrt_obj *o = seq;
  switch (o->type->okind) {
  case PYRT_O_LIST: return ((pyrt_list *)seq)->len;
  case PYRT_O_TUPLE: return ((pyrt_tuple *)seq)->len;
  default: return ((pyrt_str *)seq)->len;
  }
}

/* The one descriptor of a tuple's items as a list of them holds them: the
   items' own when they agree; numbers of mixed kinds as floats (or ints). */
static const pyrt_desc *pyrt_tuple_elem_desc(pyrt_tuple *t) {
  if (t->len == 0) return t->desc->n ? t->desc->elems[0] : &pyrt_d_int;
  const pyrt_desc *d = t->desc->elems[0];
  int same = 1, numeric = 1, has_float = 0;
  for (int64_t i = 0; i < t->len; i++) {
    const pyrt_desc *e = t->desc->elems[i];
    if (e != d) same = 0;
    if (e->kind == PYRT_K_FLOAT) has_float = 1;
    else if (e->kind != PYRT_K_INT && e->kind != PYRT_K_BOOL) numeric = 0;
  }
  if (same || !numeric) return d;
  return has_float ? &pyrt_d_float : &pyrt_d_int;
}

/* item i (0 <= i < len) as a value of descriptor want; NULL on allocation failure (str) */
static pyrt_val pyrt_seq_item(void *seq, int64_t i, const pyrt_desc *want) {
  pyrt_obj *o = seq;
  switch (o->type->okind) {
  case PYRT_O_LIST: return ((pyrt_list *)seq)->items[i];
  case PYRT_O_TUPLE: {
    pyrt_tuple *t = seq;
    pyrt_val v = t->items[i];
    if (want->kind == PYRT_K_FLOAT && t->desc->elems[i]->kind != PYRT_K_FLOAT) v.f = (double)v.i;
    return v;
  }
  default: {
    pyrt_str *c = pyrt_str_new(1);
    if (c) c->cp[0] = ((pyrt_str *)seq)->cp[i];
    return pyrt_vp(c);
  }
  }
}

static const pyrt_desc *pyrt_seq_desc(void *seq) {
  pyrt_obj *o = seq;
  switch (o->type->okind) {
  case PYRT_O_LIST: return ((pyrt_list *)seq)->elem;
  case PYRT_O_TUPLE: return pyrt_tuple_elem_desc(seq);
  default: return &pyrt_d_str;
  }
}

static pyrt_val pyrt_m_random_choice(void *seq) {
  int64_t n = pyrt_seq_len(seq);
  if (n == 0) { pyrt_raise(&pyrt_t_IndexError, "Cannot choose from an empty sequence"); return pyrt_val_zero(); }
  return pyrt_seq_item(seq, pyrt_random_below(n), pyrt_seq_desc(seq));
}

/* random.choices(population, weights, cum_weights, k): weights and
   cum_weights come with their descriptors (None, or a list of numbers); the
   result is a list of `elem`. */
static double pyrt_num_at(const pyrt_list *l, int64_t i) {
  return l->elem->kind == PYRT_K_FLOAT ? l->items[i].f : (double)l->items[i].i;
}

static pyrt_list *pyrt_random_choices(void *pop, pyrt_val w, const pyrt_desc *wd, pyrt_val cw, const pyrt_desc *cwd, int64_t k, const pyrt_desc *elem) {
  int wnone = wd == &pyrt_d_none || (wd->repr == pyrt_repr_opt && pyrt_opt_is_none(wd, w));
  int cnone = cwd == &pyrt_d_none || (cwd->repr == pyrt_repr_opt && pyrt_opt_is_none(cwd, cw));
  int64_t n = pyrt_seq_len(pop);
  if (!wnone && !cnone) {
    pyrt_raise(&pyrt_t_TypeError, "Cannot specify both weights and cumulative weights");
    return NULL;
  }
  double *cum = NULL;
  if (!wnone || !cnone) {
    pyrt_list *l = wnone ? cw.p : w.p;
    if (l->len != n) {
      pyrt_raise(&pyrt_t_ValueError, "The number of weights does not match the population");
      return NULL;
    }
    cum = malloc(sizeof(double) * (size_t)(n ? n : 1));
    if (!cum) {
      pyrt_raise_memory_error();
      return NULL;
    }
    double acc = 0;
    for (int64_t i = 0; i < n; i++) cum[i] = wnone ? pyrt_num_at(l, i) : (acc += pyrt_num_at(l, i));
    double total = n ? cum[n - 1] : 0;
    const char *err = n == 0 ? NULL : !(total > 0.0) ? "Total of weights must be greater than zero" : !isfinite(total) ? "Total of weights must be finite" : NULL;
    if (n == 0) pyrt_raise(&pyrt_t_IndexError, "list index out of range");
    else if (err) pyrt_raise(&pyrt_t_ValueError, err);
    if (pyrt_exc) {
      free(cum);
      return NULL;
    }
  }
  PYRT_ROOT(2);
  R_[0] = pop;
  pyrt_list *out = R_[1] = pyrt_list_new(elem, k > 0 ? k : 0);
  for (int64_t i = 0; out && i < k; i++) {
    int64_t j;
    if (!cum) {
      j = (int64_t)floor(pyrt_m_random_random() * (double)n);
    } else {
      /* bisect_right(cum, random() * total, 0, n - 1) */
      double x = pyrt_m_random_random() * cum[n - 1];
      int64_t lo = 0, hi = n - 1;
      while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        if (x < cum[mid]) hi = mid;
        else lo = mid + 1;
      }
      j = lo;
    }
    if (j >= n) {
      pyrt_raise(&pyrt_t_IndexError, "list index out of range");
      break;
    }
    pyrt_val v = pyrt_seq_item(R_[0], j, elem);
    if (pyrt_exc) break;
    ((pyrt_list *)R_[1])->items[i] = v;
  }
  PYRT_UNROOT();
  free(cum);
  return pyrt_exc ? NULL : out;
}

static void pyrt_m_random_shuffle(pyrt_list *x) {
  for (int64_t i = x->len - 1; i > 0; i--) {
    int64_t j = pyrt_random_below(i + 1);
    pyrt_val t = x->items[i];
    x->items[i] = x->items[j];
    x->items[j] = t;
  }
}

static pyrt_list *pyrt_m_random_sample(void *population, int64_t k) {
  int64_t n = pyrt_seq_len(population);
  if (!(k >= 0 && k <= n)) { pyrt_raise(&pyrt_t_ValueError, "Sample larger than population or is negative"); return NULL; }
  const pyrt_desc *d = pyrt_seq_desc(population);
  PYRT_ROOT(3);
  R_[0] = population;
  pyrt_list *result = R_[1] = pyrt_list_new(d, k);
  double setsize = 21;
  if (k > 5) setsize += pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
  if (!result) goto done;
  if ((double)n <= setsize) {
    pyrt_val *pool = malloc(sizeof(pyrt_val) * (size_t)(n ? n : 1));
    int64_t *pidx = malloc(sizeof(int64_t) * (size_t)(n ? n : 1));
    if (!pool || !pidx) { free(pool); free(pidx); pyrt_raise_memory_error(); goto done; }
    /* the pool holds indices; items are taken at the end */
    for (int64_t i = 0; i < n; i++) pidx[i] = i;
    for (int64_t i = 0; i < k; i++) {
      int64_t j = pyrt_random_below(n - i);
      pool[i].i = pidx[j];
      pidx[j] = pidx[n - i - 1];
    }
    for (int64_t i = 0; i < k; i++) {
      pyrt_val v = pyrt_seq_item(population, pool[i].i, d);
      if (pyrt_exc) break;
      result->items[i] = v;
    }
    free(pool);
    free(pidx);
  } else {
    uint8_t *selected = calloc((size_t)n / 8 + 1, 1);
    int64_t *chosen = malloc(sizeof(int64_t) * (size_t)(k ? k : 1));
    if (!selected || !chosen) { free(selected); free(chosen); pyrt_raise_memory_error(); goto done; }
    for (int64_t i = 0; i < k; i++) {
      int64_t j = pyrt_random_below(n);
      while (selected[j >> 3] & (1u << (j & 7))) j = pyrt_random_below(n);
      selected[j >> 3] |= (uint8_t)(1u << (j & 7));
      chosen[i] = j;
    }
    for (int64_t i = 0; i < k; i++) {
      pyrt_val v = pyrt_seq_item(population, chosen[i], d);
      if (pyrt_exc) break;
      result->items[i] = v;
    }
    free(selected);
    free(chosen);
  }
done:
  PYRT_UNROOT();
  return pyrt_exc ? NULL : result;
}

static double pyrt_m_random_uniform(double a, double b) { return a + (b - a) * pyrt_m_random_random(); }

static double pyrt_m_random_triangular(double low, double high, double mode) {
  double u = pyrt_m_random_random(), c = 0.5;
  if (!pyrt_f64_is_none(mode)) {
    if (high - low == 0) return low;
    c = (mode - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    double t = low;
    low = high;
    high = t;
  }
  return low + (high - low) * sqrt(u * c);
}

static double pyrt_m_random_normalvariate(double mu, double sigma) {
  const double nv_magicconst = 4 * exp(-0.5) / sqrt(2.0);
  double z;
  for (;;) {
    double u1 = pyrt_m_random_random();
    double u2 = 1.0 - pyrt_m_random_random();
    z = nv_magicconst * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -log(u2)) break;
  }
  return mu + z * sigma;
}

static double pyrt_m_random_gauss(double mu, double sigma) {
  double z = pyrt_gauss_next;
  int has = pyrt_gauss_has;
  pyrt_gauss_has = 0;
  if (!has) {
    double x2pi = pyrt_m_random_random() * 6.283185307179586;
    double g2rad = sqrt(-2.0 * log(1.0 - pyrt_m_random_random()));
    z = cos(x2pi) * g2rad;
    pyrt_gauss_next = sin(x2pi) * g2rad;
    pyrt_gauss_has = 1;
  }
  return mu + z * sigma;
}

static double pyrt_m_random_expovariate(double lambd) {
  double u = pyrt_m_random_random();
  return pyrt_float_truediv(-log(1.0 - u), lambd);
}

/* ---- time ---- */

/* clock_gettime and nanosleep are POSIX, which -std=c99 does not declare:
   bound here by their symbol names (Linux's clock ids). */
#if defined(__linux__)
struct pyrt_timespec { long long tv_sec; long tv_nsec; };
extern int pyrt_sys_clock_gettime(int clk, struct pyrt_timespec *ts) __asm__("clock_gettime");
extern int pyrt_sys_nanosleep(const struct pyrt_timespec *req, struct pyrt_timespec *rem) __asm__("nanosleep");
static double pyrt_clock(int clk) {
  struct pyrt_timespec ts;
  if (pyrt_sys_clock_gettime(clk, &ts) != 0) return (double)time(NULL);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
static double pyrt_now_realtime(void) { return pyrt_clock(0); }
static double pyrt_now_monotonic(void) { return pyrt_clock(1); }
static double pyrt_now_process(void) { return pyrt_clock(2); }
static void pyrt_sleep(double secs) {
  struct pyrt_timespec req, rem;
  req.tv_sec = (long long)secs;
  req.tv_nsec = (long)((secs - (double)req.tv_sec) * 1e9);
  if (req.tv_nsec > 999999999) req.tv_nsec = 999999999;
  while (pyrt_sys_nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
}
#elif defined(__wasi__)
/* The wasm build (wasi-libc): WASI's clocks, and sleep as a wait on the
   monotonic one (the JS loader has no poll_oneoff to block in). */
static double pyrt_wasi_clock(clockid_t clk) {
  struct timespec ts;
  if (clock_gettime(clk, &ts) != 0) return (double)time(NULL);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
static double pyrt_now_realtime(void) { return pyrt_wasi_clock(CLOCK_REALTIME); }
static double pyrt_now_monotonic(void) { return pyrt_wasi_clock(CLOCK_MONOTONIC); }
static double pyrt_now_process(void) { return pyrt_wasi_clock(CLOCK_PROCESS_CPUTIME_ID); }
static void pyrt_sleep(double secs) {
  double end = pyrt_now_monotonic() + secs;
  while (pyrt_now_monotonic() < end) {}
}
#else
static double pyrt_now_realtime(void) { return (double)time(NULL); }
static double pyrt_now_monotonic(void) { return (double)clock() / CLOCKS_PER_SEC; }
static double pyrt_now_process(void) { return (double)clock() / CLOCKS_PER_SEC; }
static void pyrt_sleep(double secs) {
  double end = pyrt_now_realtime() + secs;
  while (pyrt_now_realtime() < end) {}
}
#endif

static double pyrt_m_time_time(void) { return pyrt_now_realtime(); }
static double pyrt_m_time_perf_counter(void) { return pyrt_now_monotonic(); }
static double pyrt_m_time_monotonic(void) { return pyrt_now_monotonic(); }
static double pyrt_m_time_process_time(void) { return pyrt_now_process(); }
static void pyrt_m_time_sleep(double secs) {
  if (isnan(secs)) { pyrt_raise(&pyrt_t_ValueError, "Invalid value NaN (not a number)"); return; }
  if (secs < 0) { pyrt_raise(&pyrt_t_ValueError, "sleep length must be non-negative"); return; }
  if (secs >= 9223372036.854775807) { pyrt_raise(&pyrt_t_OverflowError, "timestamp too large to convert to C _PyTime_t"); return; }
  pyrt_sleep(secs);
}

/* ---- sys.stdout, sys.stderr, input() ---- */

static int64_t pyrt_m_sys_stdout_write(pyrt_str *s) {
  pyrt_write_str(s);
  return s->len;
}

static int64_t pyrt_m_sys_stderr_write(pyrt_str *s) {
  pyrt_flush();
  char tmp[4];
  for (int64_t i = 0; i < s->len; i++) fwrite(tmp, 1, pyrt_utf8(s->cp[i], tmp), stderr);
  fflush(stderr);
  return s->len;
}

static void pyrt_m_sys_flush(void) { pyrt_flush(); }

/* input(prompt): the prompt to stdout, then a line of stdin (UTF-8) without
   its newline; EOFError at the end of the input. */
static pyrt_str *pyrt_m_input(pyrt_str *prompt) {
  pyrt_write_str(prompt);
  pyrt_flush();
  pyrt_buf b = {0};
  int c, any = 0;
  while ((c = getchar()) != EOF) {
    any = 1;
    if (c == '\n') break;
    uint32_t cp = (uint32_t)c;
    int extra = 0;
    if (c >= 0xF0) { cp = (uint32_t)c & 0x07; extra = 3; }
    else if (c >= 0xE0) { cp = (uint32_t)c & 0x0F; extra = 2; }
    else if (c >= 0xC0) { cp = (uint32_t)c & 0x1F; extra = 1; }
    else if (c >= 0x80) cp = 0xFFFD;
    for (int k = 0; k < extra; k++) {
      int d = getchar();
      if (d == EOF || (d & 0xC0) != 0x80) {
        if (d != EOF) ungetc(d, stdin);
        cp = 0xFFFD;
        break;
      }
      cp = (cp << 6) | ((uint32_t)d & 0x3F);
    }
    pyrt_buf_cp(&b, cp);
  }
  if (!any) {
    free(b.d);
    pyrt_raise(&pyrt_t_EOFError, "EOF when reading a line");
    return NULL;
  }
  return pyrt_buf_finish(&b);
}

/* ---- int(s, base) and divmod of floats ---- */

/* ValueError "invalid literal for int() with base B: 'text'" (the repr cut at 200). */
static void pyrt_int_base_error(pyrt_str *s, int64_t base) {
  char head[64];
  snprintf(head, sizeof head, "invalid literal for int() with base %lld: ", (long long)base);
  pyrt_buf b = {0};
  pyrt_buf_ascii(&b, head);
  size_t at = b.len;
  pyrt_buf_str_repr(&b, s);
  if (b.len - at > 200) b.len = at + 200;
  pyrt_raise_buf(&pyrt_t_ValueError, &b);
}

/* int(s, base): CPython's rules (base 0 reads the prefix; underscores between digits). */
static int64_t pyrt_m_int_from_str_base(pyrt_str *s, int64_t base) {
  if (base != 0 && (base < 2 || base > 36)) {
    pyrt_raise(&pyrt_t_ValueError, "int() base must be >= 2 and <= 36, or 0");
    return 0;
  }
  int64_t i = 0, n = s->len;
  while (i < n && pyrt_is_space(s->cp[i])) i++;
  while (n > i && pyrt_is_space(s->cp[n - 1])) n--;
  int neg = 0;
  if (i < n && (s->cp[i] == '+' || s->cp[i] == '-')) neg = s->cp[i++] == '-';
  int64_t b = base;
  if (n - i >= 2 && s->cp[i] == '0') {
    uint32_t p = s->cp[i + 1] | 0x20;
    int64_t pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (b == 0 || b == pb)) {
      b = pb;
      i += 2;
      if (i < n && s->cp[i] == '_') i++;
    }
  }
  if (b == 0) {
    /* no prefix: decimal, where a leading 0 allows only zeros */
    int64_t k = i;
    int zeros = k < n;
    for (; k < n; k++)
      if (s->cp[k] != '0' && s->cp[k] != '_') zeros = 0;
    if (zeros && s->cp[i] == '0' && s->cp[n - 1] != '_') {
      int dbl = 0;
      for (k = i + 1; k < n; k++) dbl |= s->cp[k] == '_' && s->cp[k - 1] == '_';
      if (!dbl) return 0;
    }
    if (i < n && s->cp[i] == '0') {
      pyrt_int_base_error(s, base);
      return 0;
    }
    b = 10;
  }
  uint64_t v = 0;
  int ok = i < n && s->cp[i] != '_', prev_us = 0, big = 0;
  for (int64_t k = i; k < n && ok; k++) {
    uint32_t c = s->cp[k];
    if (c == '_') {
      if (prev_us || k + 1 == n) ok = 0;
      prev_us = 1;
      continue;
    }
    prev_us = 0;
    int d = c >= '0' && c <= '9' ? (int)(c - '0') : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (int)((c | 0x20) - 'a' + 10) : c >= 128 ? pyrt_u_decimal_value(c) : 99;
    if (d < 0 || d >= b) {
      ok = 0;
      break;
    }
    if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)b) big = 1;
    else v = v * (uint64_t)b + (uint64_t)d;
  }
  if (!ok) {
    pyrt_int_base_error(s, base);
    return 0;
  }
  if (big || v > (uint64_t)INT64_MAX) {
    pyrt_overflow();
    return 0;
  }
  return neg ? -(int64_t)v : (int64_t)v;
}

/* divmod(x, y) of floats. */
static pyrt_tuple *pyrt_m_float_divmod(pyrt_val x, double y) {
  if (y == 0) {
    pyrt_raise(&pyrt_t_ZeroDivisionError, "float divmod()");
    return NULL;
  }
  double q = pyrt_float_floordiv(x.f, y), r = pyrt_float_mod(x.f, y);
  pyrt_tuple *t = pyrt_tuple_new(&pyrt_d_tuple_float2, 2);
  if (!t) return NULL;
  t->items[0] = pyrt_vf(q);
  t->items[1] = pyrt_vf(r);
  return t;
}

#pragma GCC diagnostic pop
