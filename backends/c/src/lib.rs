//! The C backend: a lowered [`pyrt_ir::Module`] → one C99 file (the runtime of
//! `runtime/c/pyrt.c` first, then the program), for the system C compiler.
//!
//! Values are held as `ir::layout` says: scalars in C locals of their type,
//! references in the function's shadow-stack frame (`R[k]`, one slot per
//! reference value), so the collector finds every live reference exactly.
//! Control flow is C's own: one label per block, `goto` for jumps, block
//! parameters assigned before the jump. An operation that may raise is followed
//! by a test of `pyrt_exc` that jumps to the handler of the innermost `try`
//! whose body holds the block, or to the function's exit, which pops the frame
//! and returns. There is no setjmp.
//!
//! Constructs the backend does not translate yet are refused with an
//! `E0800` diagnostic at the operation's source line, never translated wrongly.
//!
//! Architecture invariant: depends on `pyrt-ir` and `pyrt-runtime` only.

#![allow(clippy::result_large_err)]

mod frames;
mod func;
mod program;

pub use program::emit_c;

/// The code of the diagnostic for constructs this backend does not translate yet.
pub const UNSUPPORTED: &str = "E0800";
