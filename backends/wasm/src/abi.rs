//! Sizes and offsets of the runtime's structs on wasm32, as clang lays them
//! out; `runtime/wasm/glue.c` asserts each one, so the runtime does not build
//! if they drift.

use pyrt_ir::Type;
use pyrt_ir::layout::{Repr, traced};

pub const TYPE_SIZE: u32 = 36;
pub const DESC_SIZE: u32 = 32;
pub const CATTR_SIZE: u32 = 16;
/// `pyrt_cattr`: defined, then the value.
pub const CATTR_DEFINED: u64 = 0;
pub const CATTR_V: u64 = 8;
/// `pyrt_frame`: prev, n, slots (the slots follow at [`FRAME_SLOTS`]).
pub const FRAME_N: u64 = 4;
pub const FRAME_SLOTS: u64 = 8;
pub const FRAME_HEAD: u32 = 16;
pub const STR_LEN: u64 = 16;
pub const LIST_ITEMS: u64 = 40;
pub const TUPLE_ITEMS: u64 = 32;
pub const EXC_ARGS: u64 = 16;
pub const ITER_CUR: u64 = 24;
pub const ITER_NEXT: u64 = 16;
pub const ITER_ELEM: u64 = 20;
/// `pyrt_gen`: the iterator, then state and closing; the backend's fields follow.
pub const GEN_STATE: u64 = 32;
pub const GEN_CLOSING: u64 = 36;
pub const GEN_SIZE: u32 = 40;
/// `pyrt_func`: code (a table index), environment, qualified name.
pub const FUNC_CODE: u64 = 16;
pub const FUNC_ENV: u64 = 20;
pub const FUNC_QUALNAME: u64 = 24;
pub const FUNC_SIZE: u32 = 28;
/// `pyrt_cframe`: the enclosing frame, the defined flags, the slots.
pub const CFRAME_UP: u64 = 16;
pub const CFRAME_DEFINED: u64 = 32;
pub const CFRAME_V: u64 = 40;
pub const OBJ_TYPE: u64 = 0;
pub const TYPE_VTABLE: u64 = 28;
/// The most arguments a call between JS and Python passes (`PYRT_JS_MAX_ARGS`).
pub const JS_MAX_ARGS: u32 = 64;
pub const O_INST: u8 = 3;
pub const O_ITER: u8 = 4;

pub const K_NONE: u8 = 0;
pub const K_BOOL: u8 = 1;
pub const K_INT: u8 = 2;
pub const K_FLOAT: u8 = 3;
pub const K_REF: u8 = 4;
pub const K_STATIC: u8 = 5;

/// The runtime's kind constant of a type's representation.
pub fn kind(t: &Type) -> u8 {
    match Repr::of(t) {
        Repr::Ref if !traced(t) => K_STATIC,
        Repr::None => K_NONE,
        Repr::Bool => K_BOOL,
        Repr::Int => K_INT,
        Repr::Float => K_FLOAT,
        Repr::Ref => K_REF,
    }
}
