//! The JS loader written beside a module (`NAME.mjs`): it runs the module on
//! JS hosts (node, browsers) by supplying its WASI calls itself
//! (`runtime/wasm/loader.mjs`).

use pyrt_runtime::{WASM_INTEROP, WASM_LOADER as LOADER};

/// The loader of module file `wasm_file` (a name relative to the loader), for
/// program `name`; `interop`: the program's JS descriptors when it uses `js`
/// (the loader then carries `runtime/wasm/interop.mjs`).
pub fn loader_js(wasm_file: &str, name: &str, interop: Option<&str>) -> String {
    let interop = match interop {
        Some(descs) => format!("{WASM_INTEROP}\nconst interop = pyrtInterop({descs});"),
        None => "const interop = null;".to_string(),
    };
    LOADER.replace("__PYRT_WASM__", &js_string(wasm_file)).replace("__PYRT_NAME__", &js_string(name)).replace("/*__PYRT_INTEROP__*/", &interop)
}

/// `s` as a JS string literal.
pub(crate) fn js_string(s: &str) -> String { format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"")) }
