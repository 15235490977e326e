/* pyrt's C runtime, part 4: str methods, float parsing and rounding, and the
 * library modules math, random and time. Concatenated after sets.c; the same
 * rules. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-const-variable"

#pragma GCC diagnostic pop
