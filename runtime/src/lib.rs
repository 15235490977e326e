//! The runtime sources each backend links in. For now the JS runtime: plain
//! script text that the JS backend places ahead of the translated program.
//! (The object layout, type ids and root protocol shared by the wasm and C
//! backends will live here too.)

/// The JS runtime: `$`-prefixed helpers for ints, floats, strings, formatting,
/// exceptions, output and the host shim (node, SpiderMonkey, JavaScriptCore).
pub const JS_RUNTIME: &str = include_str!("../js/pyrt.js");
pub const JS_RUNTIME_EXTRA: &str = include_str!("../js/extra.js");
