//! The JS loader written beside a module (`NAME.mjs`): it runs the module on
//! JS hosts (node, browsers) by supplying its WASI calls itself
//! (`runtime/wasm/loader.mjs`); a library's loader exports what the library
//! exports.

use crate::Export;
use pyrt_runtime::{WASM_INTEROP, WASM_LOADER as LOADER};

/// The loader of module file `wasm_file` (a name relative to the loader), for
/// program `name`; `interop`: the program's JS descriptors when it uses `js`
/// (the loader then carries `runtime/wasm/interop.mjs`); `library`: the
/// exports of a library (`--lib`).
pub fn loader_js(wasm_file: &str, name: &str, interop: Option<&str>, library: Option<&[Export]>) -> String {
    let interop = match interop {
        Some(descs) => format!("{WASM_INTEROP}\nconst interop = pyrtInterop({descs});"),
        None => "const interop = null;".to_string(),
    };
    let text = LOADER.replace("__PYRT_WASM__", &js_string(wasm_file)).replace("__PYRT_NAME__", &js_string(name)).replace("/*__PYRT_INTEROP__*/", &interop);
    match library {
        None => section(&text, "program", "library"),
        Some(exports) => {
            let list: Vec<String> = exports.iter().map(|e| format!("[{}, {}]", e.desc, e.func)).collect();
            let mut text = section(&text, "library", "program").replace("__PYRT_EXPORTS__", &format!("[{}]", list.join(", ")));
            let decls: Vec<String> = exports.iter().enumerate().map(|(k, _)| format!("const $x{k} = $library[{k}];\n")).collect();
            let list: Vec<String> = exports.iter().enumerate().map(|(k, e)| format!("$x{k} as {}", e.name)).chain(["$api as __pyrt__".to_string()]).collect();
            text.push_str(&decls.concat());
            text.push_str(&format!("export {{ {} }};\n", list.join(", ")));
            text
        }
    }
}

/// `text` with the section marked `//{keep` … `//}keep` kept (its marks
/// dropped) and the one marked `drop` left out.
fn section(text: &str, keep: &str, drop: &str) -> String {
    let (open, close) = (format!("//{{{drop}\n"), format!("//}}{drop}\n"));
    let mut out = match (text.find(&open), text.find(&close)) {
        (Some(a), Some(b)) => format!("{}{}", &text[..a], &text[b + close.len()..]),
        _ => text.to_string(),
    };
    for mark in [format!("//{{{keep}\n"), format!("//}}{keep}\n")] {
        out = out.replacen(&mark, "", 1);
    }
    out
}

/// `s` as a JS string literal.
pub(crate) fn js_string(s: &str) -> String { format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"")) }
