/* The C library functions whose last bit musl (wasi-libc) rounds differently
 * from glibc, the libm CPython uses on Linux: sin, cos, tan, asin, acos, atan,
 * atan2, sinh, cosh, tanh, asinh, acosh, atanh, expm1, log1p, log10 and cbrt.
 *
 * Only the wasm build has this file (runtime/build.rs puts it before
 * wasm/glue.c); the C backend keeps the platform's libm. It defines the
 * functions themselves, so wasm-ld never pulls musl's archive members for
 * them, and build.rs compiles the runtime with -fno-builtin-NAME for each so
 * that clang neither folds nor rewrites their calls.
 *
 * Each function is a port of the JS runtime's (runtime/js/library.js, whose
 * name is given at each one), step for step and with the same constants:
 *   - sin, cos, tan, atan, atan2, asin, acos: double-double kernels accurate
 *     to ~2**-88 relative, so the result is the correctly rounded value (as
 *     glibc's are);
 *   - expm1, log1p, log10, sinh, cosh, tanh, asinh, acosh, atanh, cbrt: the
 *     JS ports of glibc 2.36's sysdeps/ieee754/dbl-64 code, with the fused
 *     multiply-adds that GCC contracts in glibc's x86-64 FMA builds.
 * Where the JS calls its own correctly rounded exp and log ($mth_exp,
 * $mth_log), these call the C library's exp and log, which musl and glibc
 * share (ARM's optimized-routines).
 *
 * The JS functions are only called on arguments the math module's wrappers
 * have let through; the C ones here are the library functions, so each also
 * handles NaN, infinities and zeros as C99 Annex F says (noted where added).
 *
 * runtime/build.rs compiles with -Dstatic= and -Dinline=: there are no
 * function-local statics here, and every helper carries the pyrt_libm_
 * prefix because it becomes a global symbol. */

#include <math.h>
#include <stdint.h>
#include <string.h>

/* The double-double steps below rely on every operation being rounded on its
   own (wasm has no fused multiply-add, but say so anyway). */
#pragma STDC FP_CONTRACT OFF

/* ---- bits of a double (the other way: pyrt.c's pyrt_bits_f64) ---- */

static uint64_t pyrt_libm_bits(double x) {
  uint64_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}


/* $mth_hi: the high word of x as a signed int32 */
static int32_t pyrt_libm_hi(double x) { return (int32_t)(uint32_t)(pyrt_libm_bits(x) >> 32); }

/* $mth_sethi: x with its high word replaced */
static double pyrt_libm_sethi(double x, uint32_t hi) {
  return pyrt_bits_f64((pyrt_libm_bits(x) & 0xffffffffu) | ((uint64_t)hi << 32));
}

/* JS's Math.round: the nearest integer, halves rounded up (C's round rounds
   them away from zero). x - floor(x) is exact or, just below 0, rounds the
   same side of 0.5. */
static double pyrt_libm_jsround(double x) {
  double f = floor(x);
  return x - f >= 0.5 ? f + 1.0 : f;
}

/* ---- double-double arithmetic ($mth_mul, $mth_add, $mth_div, $mth_sqrt_dd):
   h is always the double nearest to h + l ---- */

typedef struct { double h, l; } pyrt_libm_dd;

/* (ah + al) * (bh + bl); |a|, |b| < 2**995 (Dekker's product with
   Veltkamp's split) */
static pyrt_libm_dd pyrt_libm_mul(double ah, double al, double bh, double bl) {
  double p = ah * bh;
  double t = 134217729.0 * ah;
  double a1 = t - (t - ah), a2 = ah - a1;
  t = 134217729.0 * bh;
  double b1 = t - (t - bh), b2 = bh - b1;
  double e = ((a1 * b1 - p) + a1 * b2 + a2 * b1) + a2 * b2 + (ah * bl + al * bh);
  double h = p + e;
  pyrt_libm_dd r = {h, e - (h - p)};
  return r;
}

/* (ah + al) + (bh + bl) */
static pyrt_libm_dd pyrt_libm_add(double ah, double al, double bh, double bl) {
  double s = ah + bh, sb = s - ah;
  double se = (ah - (s - sb)) + (bh - sb);
  double t = al + bl, tb = t - al;
  double te = (al - (t - tb)) + (bl - tb);
  double e = se + t;
  double h = s + e;
  e = e - (h - s) + te;
  double h2 = h + e;
  pyrt_libm_dd r = {h2, e - (h2 - h)};
  return r;
}

/* (ah + al) / (bh + bl) */
static pyrt_libm_dd pyrt_libm_div(double ah, double al, double bh, double bl) {
  double q1 = ah / bh;
  pyrt_libm_dd m = pyrt_libm_mul(q1, 0.0, bh, bl);
  pyrt_libm_dd d = pyrt_libm_add(ah, al, -m.h, -m.l);
  double q2 = (d.h + d.l) / bh;
  double h = q1 + q2;
  pyrt_libm_dd r = {h, q2 - (h - q1)};
  return r;
}

/* sqrt(ah + al), a > 0 */
static pyrt_libm_dd pyrt_libm_sqrt_dd(double ah, double al) {
  double s = sqrt(ah);
  pyrt_libm_dd m = pyrt_libm_mul(s, 0.0, s, 0.0);
  double c = ((ah - m.h) - m.l + al) / (2.0 * s);
  double h = s + c;
  pyrt_libm_dd r = {h, c - (h - s)};
  return r;
}

/* ---- trigonometric kernels ---- */

/* 1/3, 1/6 as double-doubles (pyrt.js's $C_THIRD_*, $C_SIXTH_*) */
#define PYRT_LIBM_THIRD_H 0.3333333333333333
#define PYRT_LIBM_THIRD_L 1.850371707708594e-17
#define PYRT_LIBM_SIXTH_H 0.16666666666666666
#define PYRT_LIBM_SIXTH_L 9.25185853854297e-18

/* pi and pi/2 as double-doubles ($MTH_PI_*, $MTH_PIO2_*) */
#define PYRT_LIBM_PI_H 3.141592653589793
#define PYRT_LIBM_PI_L 1.2246467991473532e-16
#define PYRT_LIBM_PIO2_H 1.5707963267948966
#define PYRT_LIBM_PIO2_L 6.123233995736766e-17
/* pi/2 in five pieces (33 bits each but the last) for Cody-Waite reduction
   ($MTH_PIO2_1..5) */
#define PYRT_LIBM_PIO2_1 1.5707963267341256
#define PYRT_LIBM_PIO2_2 6.077100506303966e-11
#define PYRT_LIBM_PIO2_3 2.0222662487111665e-21
#define PYRT_LIBM_PIO2_4 8.478427660348229e-32
#define PYRT_LIBM_PIO2_5 2.0670321098263988e-43

/* floor(2/pi * 2**1280), for Payne-Hanek reduction of huge arguments
   ($MTH_TWO_OVER_PI), in 32-bit limbs, most significant first */
static const uint32_t pyrt_libm_two_over_pi[40] = {
  0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0, 0xdb629599,
  0x3c439041, 0xfe5163ab, 0xdebbc561, 0xb7246e3a, 0x424dd2e0,
  0x06492eea, 0x09d1921c, 0xfe1deb1c, 0xb129a73e, 0xe88235f5,
  0x2ebb4484, 0xe99c7026, 0xb45f7e41, 0x3991d639, 0x835339f4,
  0x9c845f8b, 0xbdf9283b, 0x1ff897ff, 0xde05980f, 0xef2f118b,
  0x5a0a6d1f, 0x6d367ecf, 0x27cb09b7, 0x4f463f66, 0x9e5fea2d,
  0x7527bac7, 0xebe5f17b, 0x3d0739f7, 0x8a5292ea, 0x6bfb5fb1,
  0x1f8d5d08, 0x56033046, 0xfc7b6bab, 0xf0cfbc20, 0x9af4361d,
};

/* Tables computed on first use ($mth_tab): sin(j/64), cos(j/64) for
   j = 0..51 (sin hi, sin lo, cos hi, cos lo) and atan(j/64) for j = 0..64
   (hi, lo; j = 0 stays zero), as double-doubles. */
static double pyrt_libm_sc_tab[52 * 4];
static double pyrt_libm_at_tab[65 * 2];
static int pyrt_libm_sc_ready;
static int pyrt_libm_at_ready;

/* $mth_init_sc: the Taylor series of sin and cos at j/64 in double-double */
static void pyrt_libm_init_sc(void) {
  for (int j = 0; j < 52; j++) {
    double a = j / 64.0, a2 = a * a; /* exact */
    /* sin */
    double th = a, tl = 0.0, sh = a, sl = 0.0;
    for (int n = 1; n < 30 && th != 0.0; n++) {
      pyrt_libm_dd m = pyrt_libm_mul(th, tl, -a2, 0.0);
      pyrt_libm_dd q = pyrt_libm_div(m.h, m.l, (double)((2 * n) * (2 * n + 1)), 0.0);
      th = q.h;
      tl = q.l;
      pyrt_libm_dd s = pyrt_libm_add(sh, sl, th, tl);
      sh = s.h;
      sl = s.l;
      if (fabs(th) < 1e-40) break;
    }
    pyrt_libm_sc_tab[4 * j] = sh;
    pyrt_libm_sc_tab[4 * j + 1] = sl;
    /* cos */
    th = 1.0;
    tl = 0.0;
    sh = 1.0;
    sl = 0.0;
    for (int n = 1; n < 30 && a != 0.0; n++) {
      pyrt_libm_dd m = pyrt_libm_mul(th, tl, -a2, 0.0);
      pyrt_libm_dd q = pyrt_libm_div(m.h, m.l, (double)((2 * n - 1) * (2 * n)), 0.0);
      th = q.h;
      tl = q.l;
      pyrt_libm_dd s = pyrt_libm_add(sh, sl, th, tl);
      sh = s.h;
      sl = s.l;
      if (fabs(th) < 1e-40) break;
    }
    pyrt_libm_sc_tab[4 * j + 2] = sh;
    pyrt_libm_sc_tab[4 * j + 3] = sl;
  }
  pyrt_libm_sc_ready = 1;
}

/* $mth_init_at, by Euler's series: atan(c) = c/(1+c*c) * sum_n
   prod_{i<=n} (2i/(2i+1)) * y**n, y = c*c/(1+c*c) */
static void pyrt_libm_init_at(void) {
  for (int j = 1; j <= 64; j++) {
    double c = j / 64.0, c2 = c * c, d = 1.0 + c2; /* exact */
    pyrt_libm_dd y = pyrt_libm_div(c2, 0.0, d, 0.0);
    double th = 1.0, tl = 0.0, sh = 1.0, sl = 0.0;
    for (int n = 1; n < 200; n++) {
      pyrt_libm_dd m = pyrt_libm_mul(th, tl, y.h, y.l);
      m = pyrt_libm_mul(m.h, m.l, (double)(2 * n), 0.0);
      m = pyrt_libm_div(m.h, m.l, (double)(2 * n + 1), 0.0);
      th = m.h;
      tl = m.l;
      pyrt_libm_dd s = pyrt_libm_add(sh, sl, th, tl);
      sh = s.h;
      sl = s.l;
      if (th < 1e-40) break;
    }
    pyrt_libm_dd q = pyrt_libm_div(c, 0.0, d, 0.0);
    q = pyrt_libm_mul(q.h, q.l, sh, sl);
    pyrt_libm_at_tab[2 * j] = q.h;
    pyrt_libm_at_tab[2 * j + 1] = q.l;
  }
  pyrt_libm_at_ready = 1;
}

/* Payne-Hanek's big numbers: little-endian 32-bit limbs. */

/* Bits [pos, pos + 32) of the n-limb number a (pos >= 0; zeros past the top). */
static uint32_t pyrt_libm_big_bits(const uint32_t *a, int n, int pos) {
  int i = pos >> 5, s = pos & 31;
  uint32_t lo = i < n ? a[i] : 0, hi = i + 1 < n ? a[i + 1] : 0;
  return s == 0 ? lo : (lo >> s) | (hi << (32 - s));
}

/* a (6 limbs) with every bit from `bit` up cleared */
static void pyrt_libm_big_clear_from(uint32_t *a, int bit) {
  for (int i = 0; i < 6; i++) {
    if (32 * i >= bit) a[i] = 0;
    else if (32 * i + 32 > bit) a[i] &= (1u << (bit - 32 * i)) - 1;
  }
}

/* 2**192 - a (6 limbs) */
static void pyrt_libm_big_negate(uint32_t *a) {
  uint32_t carry = 1;
  for (int i = 0; i < 6; i++) {
    uint32_t v = ~a[i] + carry;
    carry = carry && v == 0;
    a[i] = v;
  }
}

/* The double nearest to the 6-limb magnitude a, ties to even (as JS's
   Number(bigint) rounds); a becomes |a - that double|, and *rest_neg says
   whether a - that double is negative. */
static double pyrt_libm_big_nearest(uint32_t *a, int *rest_neg) {
  int p = 191;
  while (p >= 0 && !((a[p >> 5] >> (p & 31)) & 1)) p--;
  *rest_neg = 0;
  if (p < 0) return 0.0;
  if (p <= 52) { /* exact */
    double v = (double)(((uint64_t)a[1] << 32) | a[0]);
    a[0] = a[1] = 0;
    return v;
  }
  int sh = p - 52; /* the double is mant * 2**sh */
  uint64_t mant = ((uint64_t)pyrt_libm_big_bits(a, 6, sh + 32) << 32) | pyrt_libm_big_bits(a, 6, sh);
  int half = (a[(sh - 1) >> 5] >> ((sh - 1) & 31)) & 1;
  uint32_t below[6];
  memcpy(below, a, sizeof below);
  pyrt_libm_big_clear_from(below, sh - 1);
  int sticky = 0;
  for (int i = 0; i < 6; i++) sticky |= below[i] != 0;
  pyrt_libm_big_clear_from(a, sh); /* a - mant * 2**sh */
  if (half && (sticky || (mant & 1))) {
    mant += 1; /* a - (mant + 1) * 2**sh = -(2**sh - a), 0 < a < 2**sh */
    pyrt_libm_big_negate(a);
    pyrt_libm_big_clear_from(a, sh);
    *rest_neg = 1;
  }
  return ldexp((double)mant, sh);
}

/* $mth_reduce: x >= pi/4 finite: x = k*(pi/2) + r, |r| <= ~pi/4; r goes to
   *r, the result is k & 3. */
static int pyrt_libm_reduce(double x, pyrt_libm_dd *r) {
  if (x < 1048576.0) { /* Cody-Waite */
    double k = pyrt_libm_jsround(x * 0.6366197723675814);
    double r0 = x - k * PYRT_LIBM_PIO2_1; /* exact */
    double v = -k * PYRT_LIBM_PIO2_2; /* exact */
    double h = r0 + v, hb = h - r0;
    double l = (r0 - (h - hb)) + (v - hb);
    pyrt_libm_dd s = pyrt_libm_add(h, l, -k * PYRT_LIBM_PIO2_3, 0.0);
    s = pyrt_libm_add(s.h, s.l, -k * PYRT_LIBM_PIO2_4, 0.0);
    *r = pyrt_libm_add(s.h, s.l, -k * PYRT_LIBM_PIO2_5, 0.0);
    return (int)k & 3;
  }
  /* Payne-Hanek: x * 2/pi with 192 fraction bits, exactly. x = m * 2**e
     ($frexp_int; x is normal here), and prod = m * floor(2/pi * 2**1280)
     is x * 2/pi * 2**S. */
  uint64_t bits = pyrt_libm_bits(x);
  uint64_t m = (bits & 0xfffffffffffffull) | (1ull << 52);
  int e = (int)((bits >> 52) & 0x7ff) - 1075;
  int S = 1280 - e;
  uint32_t top[40], prod[42];
  for (int i = 0; i < 40; i++) top[i] = pyrt_libm_two_over_pi[39 - i];
  memset(prod, 0, sizeof prod);
  uint32_t mw[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
  for (int j = 0; j < 2; j++) {
    uint64_t carry = 0;
    for (int i = 0; i < 40; i++) {
      uint64_t cur = (uint64_t)mw[j] * top[i] + prod[i + j] + carry;
      prod[i + j] = (uint32_t)cur;
      carry = cur >> 32;
    }
    prod[40 + j] = (uint32_t)carry;
  }
  int k = (int)(pyrt_libm_big_bits(prod, 42, S) & 3);
  /* F: the 192 fraction bits, as a signed fraction in [-1/2, 1/2) */
  uint32_t F[6];
  for (int i = 0; i < 6; i++) F[i] = pyrt_libm_big_bits(prod, 42, S - 192 + 32 * i);
  int neg = 0;
  if (F[5] >> 31) {
    pyrt_libm_big_negate(F);
    neg = 1;
    k = (k + 1) & 3;
  }
  /* F as a double-double fh + fl (Number(F), Number(F - BigInt(fh))) */
  int rest_neg, unused;
  double fh = pyrt_libm_big_nearest(F, &rest_neg);
  double fl = pyrt_libm_big_nearest(F, &unused);
  if (rest_neg) fl = -fl;
  if (neg) {
    fh = -fh;
    fl = -fl;
  }
  double sc = ldexp(1.0, -192);
  *r = pyrt_libm_mul(fh * sc, fl * sc, PYRT_LIBM_PIO2_H, PYRT_LIBM_PIO2_L);
  return k;
}

/* $mth_sincos_dd: sin and cos of r = rh + rl (|r| <= 0.8), from the table
   entry a = j/64 nearest r and the series at t = r - a */
typedef struct { double sh, sl, ch, cl; } pyrt_libm_sc;

static pyrt_libm_sc pyrt_libm_sincos_dd(double rh, double rl) {
  if (!pyrt_libm_sc_ready) pyrt_libm_init_sc();
  const double *T = pyrt_libm_sc_tab;
  int j = (int)pyrt_libm_jsround(rh * 64.0);
  /* t = r - j/64 */
  double t0 = rh - j / 64.0; /* exact */
  double th = t0 + rl, tb = th - t0;
  double tl = (t0 - (th - tb)) + (rl - tb);
  pyrt_libm_dd t2 = pyrt_libm_mul(th, tl, th, tl);
  /* sin t = t + t*t2*(-1/6 + P) */
  double P = t2.h * (1.0 / 120 + t2.h * (-1.0 / 5040 + t2.h * (1.0 / 362880 - t2.h / 39916800)));
  pyrt_libm_dd u = pyrt_libm_add(-PYRT_LIBM_SIXTH_H, -PYRT_LIBM_SIXTH_L, P, 0.0);
  u = pyrt_libm_mul(t2.h, t2.l, u.h, u.l);
  u = pyrt_libm_mul(th, tl, u.h, u.l);
  pyrt_libm_dd st = pyrt_libm_add(th, tl, u.h, u.l);
  /* cos t - 1 = -t2/2 + t2*t2*(1/24 + P2) */
  double P2 = t2.h * (-1.0 / 720 + t2.h * (1.0 / 40320 - t2.h / 3628800));
  pyrt_libm_dd q = pyrt_libm_add(PYRT_LIBM_SIXTH_H * 0.25, PYRT_LIBM_SIXTH_L * 0.25, P2, 0.0);
  u = pyrt_libm_mul(t2.h, t2.l, t2.h, t2.l);
  u = pyrt_libm_mul(u.h, u.l, q.h, q.l);
  pyrt_libm_dd cm = pyrt_libm_add(-0.5 * t2.h, -0.5 * t2.l, u.h, u.l);
  int aj = j < 0 ? -j : j;
  double Sh = j < 0 ? -T[4 * aj] : T[4 * aj], Sl = j < 0 ? -T[4 * aj + 1] : T[4 * aj + 1];
  double Ch = T[4 * aj + 2], Cl = T[4 * aj + 3];
  pyrt_libm_sc r;
  /* sin(a + t) = S + (S*(cos t - 1) + C*sin t) */
  pyrt_libm_dd v = pyrt_libm_mul(Sh, Sl, cm.h, cm.l);
  pyrt_libm_dd w = pyrt_libm_mul(Ch, Cl, st.h, st.l);
  w = pyrt_libm_add(v.h, v.l, w.h, w.l);
  w = pyrt_libm_add(Sh, Sl, w.h, w.l);
  r.sh = w.h;
  r.sl = w.l;
  /* cos(a + t) = C + (C*(cos t - 1) - S*sin t) */
  v = pyrt_libm_mul(Ch, Cl, cm.h, cm.l);
  w = pyrt_libm_mul(Sh, Sl, st.h, st.l);
  w = pyrt_libm_add(v.h, v.l, -w.h, -w.l);
  w = pyrt_libm_add(Ch, Cl, w.h, w.l);
  r.ch = w.h;
  r.cl = w.l;
  return r;
}

/* $mth_trig: sin and cos of the reduced finite |x| > 2**-27; returns the
   quadrant k */
static int pyrt_libm_trig(double ax, pyrt_libm_sc *sc) {
  int k = 0;
  pyrt_libm_dd r = {ax, 0.0};
  if (ax > 0.7853981633974483) k = pyrt_libm_reduce(ax, &r);
  *sc = pyrt_libm_sincos_dd(r.h, r.l);
  return k;
}

/* $mth_sin */
double sin(double x) {
  double ax = fabs(x);
  if (!(ax < INFINITY)) return NAN;
  if (ax < 1.4901161193847656e-8) return x;
  pyrt_libm_sc sc;
  int k = pyrt_libm_trig(ax, &sc);
  double r = (k & 1) == 0 ? sc.sh : sc.ch;
  if (k >= 2) r = -r;
  return x < 0 ? -r : r;
}

/* $mth_cos */
double cos(double x) {
  double ax = fabs(x);
  if (!(ax < INFINITY)) return NAN;
  if (ax < 7.450580596923828e-9) return 1.0;
  pyrt_libm_sc sc;
  int k = pyrt_libm_trig(ax, &sc);
  double r = (k & 1) == 0 ? sc.ch : sc.sh;
  if (k == 1 || k == 2) r = -r;
  return r;
}

/* $mth_tan */
double tan(double x) {
  double ax = fabs(x);
  if (!(ax < INFINITY)) return NAN;
  if (ax < 7.450580596923828e-9) return x;
  pyrt_libm_sc sc;
  int k = pyrt_libm_trig(ax, &sc);
  pyrt_libm_dd q = (k & 1) == 0 ? pyrt_libm_div(sc.sh, sc.sl, sc.ch, sc.cl) : pyrt_libm_div(-sc.ch, -sc.cl, sc.sh, sc.sl);
  return x < 0 ? -q.h : q.h;
}

/* $mth_atan_dd: atan(u) for 0 <= u = uh + ul <= 1 (+ a rounding error), from
   the table entry c = j/64 nearest u and the series at v = (u - c)/(1 + u*c) */
static pyrt_libm_dd pyrt_libm_atan_dd(double uh, double ul) {
  if (!pyrt_libm_at_ready) pyrt_libm_init_at();
  const double *T = pyrt_libm_at_tab;
  int j = (int)pyrt_libm_jsround(uh * 64.0);
  double c = j / 64.0;
  /* v = (u - c) / (1 + u*c), |v| <= 1/128 */
  double n0 = uh - c; /* exact */
  double nh = n0 + ul, nb = nh - n0;
  double nl = (n0 - (nh - nb)) + (ul - nb);
  pyrt_libm_dd d = pyrt_libm_mul(uh, ul, c, 0.0);
  d = pyrt_libm_add(1.0, 0.0, d.h, d.l);
  pyrt_libm_dd v = pyrt_libm_div(nh, nl, d.h, d.l);
  pyrt_libm_dd v2 = pyrt_libm_mul(v.h, v.l, v.h, v.l);
  /* atan v = v + v*v2*(-1/3 + P) */
  double P = v2.h * (1.0 / 5 + v2.h * (-1.0 / 7 + v2.h * (1.0 / 9 + v2.h * (-1.0 / 11 + v2.h / 13))));
  pyrt_libm_dd s = pyrt_libm_add(-PYRT_LIBM_THIRD_H, -PYRT_LIBM_THIRD_L, P, 0.0);
  s = pyrt_libm_mul(v2.h, v2.l, s.h, s.l);
  s = pyrt_libm_mul(v.h, v.l, s.h, s.l);
  s = pyrt_libm_add(v.h, v.l, s.h, s.l);
  return pyrt_libm_add(T[2 * j], T[2 * j + 1], s.h, s.l);
}

/* $mth_atan */
double atan(double x) {
  double ax = fabs(x);
  if (ax != ax) return x;
  if (ax < 7.450580596923828e-9) return x;
  double r;
  if (ax <= 1.0) {
    r = pyrt_libm_atan_dd(ax, 0.0).h;
  } else if (ax < 1152921504606846976.0) {
    /* pi/2 - atan(1/ax) */
    double q = 1.0 / ax;
    pyrt_libm_dd m = pyrt_libm_mul(q, 0.0, ax, 0.0);
    double ql = ((1.0 - m.h) - m.l) / ax;
    pyrt_libm_dd a = pyrt_libm_atan_dd(q, ql);
    r = pyrt_libm_add(PYRT_LIBM_PIO2_H, PYRT_LIBM_PIO2_L, -a.h, -a.l).h;
  } else {
    r = pyrt_libm_add(PYRT_LIBM_PIO2_H, PYRT_LIBM_PIO2_L, -1.0 / ax, 0.0).h;
  }
  return x < 0 ? -r : r;
}

/* atan2: the special cases of CPython's m_atan2 ($math_atan2, which are C99's),
   then $mth_atan2 for finite non-zero x and y */
double atan2(double y, double x) {
  if (x != x || y != y) return NAN;
  if (isinf(y)) {
    if (isinf(x)) {
      if (x > 0) return y > 0 ? 0.7853981633974483 : -0.7853981633974483;
      return y > 0 ? 2.356194490192345 : -2.356194490192345;
    }
    return y > 0 ? PYRT_LIBM_PIO2_H : -PYRT_LIBM_PIO2_H;
  }
  if (isinf(x) || y == 0) {
    if (copysign(1.0, x) == 1.0) return copysign(0.0, y);
    return copysign(PYRT_LIBM_PI_H, y);
  }
  if (x == 0) return y > 0 ? PYRT_LIBM_PIO2_H : -PYRT_LIBM_PIO2_H;
  double ay = fabs(y), ax = fabs(x);
  double r;
  int e;
  if (ay <= ax) {
    double u = ay / ax;
    if (u < 1e-300) {
      r = x > 0 ? u : PYRT_LIBM_PI_H;
    } else {
      /* scale both (exactly) to avoid overflow in the double-double products */
      frexp(ax, &e);
      ay = ldexp(ay, -e);
      ax = ldexp(ax, -e);
      pyrt_libm_dd q = pyrt_libm_div(ay, 0.0, ax, 0.0);
      pyrt_libm_dd a = pyrt_libm_atan_dd(q.h, q.l);
      if (x < 0) a = pyrt_libm_add(PYRT_LIBM_PI_H, PYRT_LIBM_PI_L, -a.h, -a.l);
      r = a.h;
    }
  } else {
    double u = ax / ay;
    if (u < 1e-300) {
      r = PYRT_LIBM_PIO2_H;
    } else {
      frexp(ay, &e);
      ay = ldexp(ay, -e);
      ax = ldexp(ax, -e);
      pyrt_libm_dd q = pyrt_libm_div(ax, 0.0, ay, 0.0);
      pyrt_libm_dd a = pyrt_libm_atan_dd(q.h, q.l);
      if (x > 0) a = pyrt_libm_add(PYRT_LIBM_PIO2_H, PYRT_LIBM_PIO2_L, -a.h, -a.l);
      else a = pyrt_libm_add(PYRT_LIBM_PIO2_H, PYRT_LIBM_PIO2_L, a.h, a.l);
      r = a.h;
    }
  }
  return y < 0 ? -r : r;
}

/* $mth_sqrt1m: sqrt(1 - a*a) for 0 <= a < 1 */
static pyrt_libm_dd pyrt_libm_sqrt1m(double a) {
  pyrt_libm_dd m = pyrt_libm_mul(a, 0.0, a, 0.0);
  m = pyrt_libm_add(1.0, 0.0, -m.h, -m.l);
  return pyrt_libm_sqrt_dd(m.h, m.l);
}

/* $mth_asin: atan(a / sqrt(1 - a*a)), or pi/2 - atan of its inverse */
double asin(double x) {
  double a = fabs(x);
  if (!(a <= 1.0)) return NAN;
  if (a < 1.4901161193847656e-8) return x;
  double r;
  if (a == 1.0) {
    r = PYRT_LIBM_PIO2_H;
  } else {
    pyrt_libm_dd s = pyrt_libm_sqrt1m(a);
    pyrt_libm_dd t;
    if (a <= s.h) {
      pyrt_libm_dd q = pyrt_libm_div(a, 0.0, s.h, s.l);
      t = pyrt_libm_atan_dd(q.h, q.l);
    } else {
      pyrt_libm_dd q = pyrt_libm_div(s.h, s.l, a, 0.0);
      t = pyrt_libm_atan_dd(q.h, q.l);
      t = pyrt_libm_add(PYRT_LIBM_PIO2_H, PYRT_LIBM_PIO2_L, -t.h, -t.l);
    }
    r = t.h;
  }
  return x < 0 ? -r : r;
}

/* $mth_acos */
double acos(double x) {
  double a = fabs(x);
  if (!(a <= 1.0)) return NAN;
  if (a == 1.0) return x > 0 ? 0.0 : PYRT_LIBM_PI_H;
  if (a < 5.551115123125783e-17) return PYRT_LIBM_PIO2_H;
  pyrt_libm_dd s = pyrt_libm_sqrt1m(a);
  pyrt_libm_dd t;
  if (s.h <= a) {
    pyrt_libm_dd q = pyrt_libm_div(s.h, s.l, a, 0.0);
    t = pyrt_libm_atan_dd(q.h, q.l);
    if (x < 0) t = pyrt_libm_add(PYRT_LIBM_PI_H, PYRT_LIBM_PI_L, -t.h, -t.l);
  } else {
    pyrt_libm_dd q = pyrt_libm_div(a, 0.0, s.h, s.l);
    t = pyrt_libm_atan_dd(q.h, q.l);
    if (x > 0) t = pyrt_libm_add(PYRT_LIBM_PIO2_H, PYRT_LIBM_PIO2_L, -t.h, -t.l);
    else t = pyrt_libm_add(PYRT_LIBM_PIO2_H, PYRT_LIBM_PIO2_L, t.h, t.l);
  }
  return t.h;
}

/* ---- ports of glibc 2.36 (sysdeps/ieee754/dbl-64) ---- */

/* $mth_fma: fma(a, b, c) = a*b + c rounded once (Boldo-Melquiond: exact
   product and sum, the low parts added with rounding to odd); |a*b|, |c| <
   2**995 and no underflow. glibc's expm1 and log1p are built with -mfma on
   x86-64 and GCC contracts a*b+c into fma: the ports below do the same
   contractions. */
static double pyrt_libm_fma(double a, double b, double c) {
  double p = a * b;
  double t = 134217729.0 * a;
  double a1 = t - (t - a), a2 = a - a1;
  t = 134217729.0 * b;
  double b1 = t - (t - b), b2 = b - b1;
  double pl = ((a1 * b1 - p) + a1 * b2 + a2 * b1) + a2 * b2;
  double s = p + c, sb = s - p;
  double sl = (p - (s - sb)) + (c - sb);
  double v = sl + pl, vb = v - sl;
  double ve = (sl - (v - vb)) + (pl - vb);
  if (ve != 0) {
    uint64_t u = pyrt_libm_bits(v);
    if ((u & 1) == 0) {
      /* round to odd: the neighbour of v towards the exact sum */
      int up = (ve > 0) == (v > 0);
      v = pyrt_bits_f64(up ? u + 1 : u - 1);
    }
  }
  return s + v;
}

/* $mth_expm1 (s_expm1.c) */
double expm1(double x) {
  const double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
               Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;
  const double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
  uint32_t hx = (uint32_t)pyrt_libm_hi(x);
  uint32_t xsb = hx & 0x80000000u;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687A) {
    if (hx >= 0x40862E42) {
      if (hx >= 0x7ff00000) {
        if (x != x) return x + x;
        return xsb == 0 ? x : -1.0;
      }
      if (x > 7.09782712893383973096e+02) return INFINITY;
    }
    if (xsb != 0) return 1.0e-300 - 1.0;
  }
  double hi, lo, c = 0.0;
  int k;
  if (hx > 0x3fd62e42) {
    if (hx < 0x3FF0A2B2) {
      if (xsb == 0) {
        hi = x - ln2_hi;
        lo = ln2_lo;
        k = 1;
      } else {
        hi = x + ln2_hi;
        lo = -ln2_lo;
        k = -1;
      }
    } else {
      k = (int)pyrt_libm_fma(1.44269504088896338700e+00, x, xsb == 0 ? 0.5 : -0.5);
      hi = x - k * ln2_hi; /* exact */
      lo = k * ln2_lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else {
    k = 0;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double R1 = pyrt_libm_fma(hxs, Q1, 1.0), h2 = hxs * hxs;
  double R2 = pyrt_libm_fma(hxs, Q3, Q2), h4 = h2 * h2;
  double R3 = pyrt_libm_fma(hxs, Q5, Q4);
  double r1 = pyrt_libm_fma(h4, R3, pyrt_libm_fma(h2, R2, R1));
  double t = pyrt_libm_fma(-r1, hfx, 3.0);
  double e = hxs * ((r1 - t) / pyrt_libm_fma(-x, t, 6.0));
  if (k == 0) return x - pyrt_libm_fma(x, e, -hxs);
  e = pyrt_libm_fma(x, e - c, -c);
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  double y;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = pyrt_libm_sethi(y, (uint32_t)pyrt_libm_hi(y) + ((uint32_t)k << 20));
    return y - 1.0;
  }
  if (k < 20) {
    t = pyrt_libm_sethi(1.0, 0x3ff00000u - (0x200000u >> k)); /* 1 - 2**-k */
    y = t - (e - x);
  } else {
    t = pyrt_libm_sethi(1.0, (uint32_t)(0x3ff - k) << 20); /* 2**-k */
    y = x - (e + t);
    y += 1.0;
  }
  return pyrt_libm_sethi(y, (uint32_t)pyrt_libm_hi(y) + ((uint32_t)k << 20));
}

/* $mth_log1p (s_log1p.c) */
double log1p(double x) {
  const double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
  const double Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01, Lp3 = 2.857142874366239149e-01,
               Lp4 = 2.222219843214978396e-01, Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
               Lp7 = 1.479819860511658591e-01;
  int32_t hx = pyrt_libm_hi(x);
  int32_t ax = hx & 0x7fffffff;
  int k = 1;
  double f = 0.0, c = 0.0;
  int32_t hu = 0;
  if (hx < 0x3FDA827A) {
    if (ax >= 0x3ff00000) {
      if (x == -1.0) return -INFINITY;
      return NAN;
    }
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (int32_t)0xbfd2bec3u) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k != 0) {
    double u;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = pyrt_libm_hi(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = pyrt_libm_hi(u);
      k = (hu >> 20) - 1023;
      c = 0.0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = pyrt_libm_sethi(u, (uint32_t)hu | 0x3ff00000u);
    } else {
      k += 1;
      u = pyrt_libm_sethi(u, (uint32_t)hu | 0x3fe00000u);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f;
  if (hu == 0) {
    if (f == 0) {
      if (k == 0) return 0.0;
      c = pyrt_libm_fma(k, ln2_lo, c);
      return pyrt_libm_fma(k, ln2_hi, c);
    }
    double R = hfsq * pyrt_libm_fma(-0.66666666666666666, f, 1.0);
    if (k == 0) return f - R;
    return pyrt_libm_fma(k, ln2_hi, -((R - pyrt_libm_fma(k, ln2_lo, c)) - f));
  }
  double s = f / (2.0 + f);
  double z = s * s;
  double z2 = z * z;
  double R2 = pyrt_libm_fma(z, Lp3, Lp2), z4 = z2 * z2;
  double R3 = pyrt_libm_fma(z, Lp5, Lp4), z6 = z4 * z2;
  double R4 = pyrt_libm_fma(z, Lp7, Lp6);
  double R = pyrt_libm_fma(z6, R4, pyrt_libm_fma(z4, R3, pyrt_libm_fma(z, Lp1, z2 * R2)));
  /* s*(hfsq+R) is computed before the branch (GCC hoists it): not contracted */
  double sr = s * (hfsq + R);
  if (k == 0) return f - (hfsq - sr);
  return pyrt_libm_fma(k, ln2_hi, -((hfsq - (sr + pyrt_libm_fma(k, ln2_lo, c))) - f));
}

/* $mth_log10 (e_log10.c, on the C library's log) */
double log10(double x) {
  int32_t hx = pyrt_libm_hi(x);
  int k = 0;
  /* zero, negative, NaN and infinity as e_log10.c has them (the JS
     runtime's caller does not pass them) */
  if (x == 0) return -INFINITY;
  if (x < 0 || x != x) return NAN;
  if (x == INFINITY) return x;
  if (hx < 0x00100000) {
    k -= 54;
    x *= 18014398509481984.0; /* 2**54 */
    hx = pyrt_libm_hi(x);
  }
  k += (hx >> 20) - 1023;
  int i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  double y = k + i;
  x = pyrt_libm_sethi(x, (uint32_t)hx);
  double z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * log(x);
  return z + y * 3.01029995663611771306e-01;
}

/* $mth_sinh (e_sinh.c) */
double sinh(double x) {
  int32_t jx = pyrt_libm_hi(x);
  int32_t ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  double h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    double t = expm1(fabs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * exp(fabs(x));
  uint32_t lx = (uint32_t)pyrt_libm_bits(x);
  if (ix < 0x408633ce || (ix == 0x408633ce && lx <= 0x8fb9f87du)) {
    double w = exp(0.5 * fabs(x));
    double t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

/* $mth_cosh (e_cosh.c) */
double cosh(double x) {
  int32_t ix = pyrt_libm_hi(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1.0;
      double t = expm1(fabs(x));
      double w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    double t = exp(fabs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(fabs(x));
  uint32_t lx = (uint32_t)pyrt_libm_bits(x);
  if (ix < 0x408633ce || (ix == 0x408633ce && lx <= 0x8fb9f87du)) {
    double w = exp(0.5 * fabs(x));
    double t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return INFINITY;
}

/* $mth_tanh (s_tanh.c) */
double tanh(double x) {
  int32_t jx = pyrt_libm_hi(x);
  int32_t ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (jx >= 0) return 1.0 / x + 1.0;
    return 1.0 / x - 1.0;
  }
  double z;
  if (ix < 0x40360000) {
    if (x == 0) return x;
    if (ix < 0x3c800000) return x * (1.0 + x);
    if (ix >= 0x3ff00000) {
      double t = expm1(2.0 * fabs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      double t = expm1(-2.0 * fabs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0 - 1.0e-300;
  }
  return jx >= 0 ? z : -z;
}

/* $mth_asinh (s_asinh.c) */
double asinh(double x) {
  int32_t ix = pyrt_libm_hi(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  double w;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = log(fabs(x)) + 6.93147180559945286227e-01;
  } else {
    double xa = fabs(x);
    if (ix > 0x40000000) {
      w = log(2.0 * xa + 1.0 / (sqrt(xa * xa + 1.0) + xa));
    } else {
      double t = xa * xa;
      w = log1p(xa + t / (1.0 + sqrt(1.0 + t)));
    }
  }
  return copysign(w, x);
}

/* $mth_acosh (e_acosh.c) */
double acosh(double x) {
  uint64_t bits = pyrt_libm_bits(x);
  int32_t hx = (int32_t)(uint32_t)(bits >> 32);
  uint32_t lx = (uint32_t)bits;
  if (hx < 0x3ff00000) return NAN;
  if (hx >= 0x41b00000) {
    if (hx >= 0x7ff00000) return x + x;
    return log(x) + 6.93147180559945286227e-01;
  }
  if (hx == 0x3ff00000 && lx == 0) return 0.0;
  if (hx > 0x40000000) {
    double t = x * x;
    return log(2.0 * x - 1.0 / (x + sqrt(t - 1.0)));
  }
  double t = x - 1.0;
  return log1p(t + sqrt(2.0 * t + t * t));
}

/* $mth_atanh (e_atanh.c) */
double atanh(double x) {
  double xa = fabs(x);
  double t;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + t * xa / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  } else {
    if (xa > 1.0) return NAN;
    if (xa != xa) return x;
    return x / 0.0;
  }
  return copysign(t, x);
}

/* $mth_cbrt (s_cbrt.c) */
double cbrt(double x) {
  if (x == 0 || !(x - x == 0)) return x + x;
  double ax = fabs(x);
  int xe;
  frexp(ax, &xe);
  double xm = ldexp(ax, -xe);
  double u = 0.354895765043919860 +
             (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430 + (-1.83469277483613086 +
             (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  double t2 = u * u * u;
  const double factor[5] = {1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648,
                            1.5874010519681994748};
  double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[2 + xe % 3];
  return ldexp(x > 0.0 ? ym : -ym, xe / 3);
}
