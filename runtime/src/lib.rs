//! The runtime sources each backend links in. For now the JS runtime: plain
//! script text that the JS backend places ahead of the translated program.
//! (The object layout, type ids and root protocol shared by the wasm and C
//! backends will live here too.)

/// The JS runtime, in the order the parts are concatenated: `$`-prefixed helpers
/// for ints, floats, strings, formatting, exceptions, output and the host shim
/// (`pyrt.js`); str methods and `%`/`str.format` (`strings.js`); dicts and sets
/// with CPython's orders (`collections.js`); type descriptors, lists, tuples and
/// iterators (`types.js`); the library modules math, random, time (`library.js`).
pub const JS_RUNTIME_PARTS: &[(&str, &str)] = &[
    ("pyrt.js", include_str!("../js/pyrt.js")),
    ("strings.js", include_str!("../js/strings.js")),
    ("collections.js", include_str!("../js/collections.js")),
    ("types.js", include_str!("../js/types.js")),
    ("library.js", include_str!("../js/library.js")),
    ("modules.js", include_str!("../js/modules.js")),
];
/// Helpers of the JS backend that are not part of the runtime's API (`$be_`).
pub const JS_RUNTIME_EXTRA: &str = include_str!("../js/extra.js");
