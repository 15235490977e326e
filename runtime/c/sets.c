/* pyrt's C runtime, part 3: sets, with CPython 3.11's table and therefore its
 * iteration order. Concatenated after collections.c; the same rules. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-const-variable"

/* (being written) */
static void pyrt_set_trace(pyrt_obj *o) { (void)o; }
static void pyrt_set_free(pyrt_obj *o) { (void)o; }
static size_t pyrt_set_size(pyrt_obj *o) { (void)o; return 0; }

#pragma GCC diagnostic pop
