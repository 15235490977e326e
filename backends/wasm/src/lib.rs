//! The wasm backend: a lowered [`pyrt_ir::Module`] → one WebAssembly module
//! (linear memory, the runtime's own precise GC), emitted with wasm-encoder.
//!
//! The runtime is the C runtime itself, built for wasm32-wasi
//! (`runtime/build.rs`): one source, so the C and wasm runtimes cannot drift.
//! This backend translates the program's functions (`func`), lays out its
//! static data with the same object layout as the C backend (`program`,
//! `ir::layout`, the wasm32 offsets in `abi`), and links the two into one
//! module, keeping only the runtime functions the program reaches (`link`).
//! The module is a WASI command (`_start`); `loader` writes the JS that runs
//! it on JS hosts without WASI.
//!
//! Constructs the backend does not translate yet are refused with an `E0800`
//! diagnostic at the operation's source line, never translated wrongly.
//!
//! Architecture invariant: depends on `pyrt-ir` and `pyrt-runtime` only.

#![allow(clippy::result_large_err)]

mod abi;
mod func;
mod interop;
mod link;
mod loader;
mod program;
mod rt;

use pyrt_ir::verify::verify_for_backend;
use pyrt_ir::{Diagnostic, Module, Span};

pub use loader::loader_js;

/// The code of the diagnostic for constructs this backend does not translate yet.
pub const UNSUPPORTED: &str = "E0800";

pub(crate) fn unsupported(span: Span, what: impl Into<String>) -> Diagnostic {
    Diagnostic::error(UNSUPPORTED, span, format!("{} is not supported by the wasm backend yet", what.into())).with_note("the JS and C backends translate it: pyrt translate --backend=js (or c)")
}

/// A translated program.
pub struct Output {
    /// The module (runtime included).
    pub module: Vec<u8>,
    /// For a program that uses `import js`: the JS descriptors its loader
    /// carries ([`loader_js`]); such a module runs only under the loader.
    pub interop: Option<String>,
    /// For a library (`--lib`): what its loader exports.
    pub library: Option<Vec<Export>>,
}

/// One export of a library: JS's name for it, the JS descriptor of its
/// function (a class's: its constructor's) and the function's static object.
pub struct Export {
    pub name: String,
    pub desc: u32,
    pub func: u32,
}

/// Translate a lowered module to one wasm module (runtime included).
pub fn emit_wasm(m: &Module) -> Result<Output, Vec<Diagnostic>> {
    verify_for_backend(m, "wasm backend").map_err(|d| vec![d])?;
    let rt = rt::runtime().map_err(|why| {
        vec![Diagnostic::error(UNSUPPORTED, Span::DUMMY, "this pyrt was built without the wasm runtime").with_note(why).with_note("install clang, lld, wasi-libc and libclang-rt-14-dev-wasm32 (Debian packages), then rebuild pyrt")]
    })?;
    let code = program::emit_program(m, rt)?;
    let module = link::link(rt, &code).map_err(|e| vec![Diagnostic::bug(Span::DUMMY, format!("wasm backend: linking failed: {e}"))])?;
    Ok(Output { module, interop: code.interop, library: code.library })
}
