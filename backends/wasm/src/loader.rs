//! The JS loader written beside a module (`NAME.mjs`): it runs the module on
//! JS hosts (node, browsers) by supplying its WASI calls itself
//! (`runtime/wasm/loader.mjs`).

use pyrt_runtime::WASM_LOADER as LOADER;

/// The loader of module file `wasm_file` (a name relative to the loader), for program `name`.
pub fn loader_js(wasm_file: &str, name: &str) -> String {
    let q = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    LOADER.replace("__PYRT_WASM__", &q(wasm_file)).replace("__PYRT_NAME__", &q(name))
}
