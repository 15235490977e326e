/* pyrt's C runtime, part 5: printf-style `%` formatting, str.format and
 * format(). Concatenated after library.c; the same rules. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-const-variable"

#pragma GCC diagnostic pop
