//! JS names for Python-derived entities.
//!
//! Every name the backend prints falls into one of these disjoint shapes, so no
//! Python name can clash with another, with a JS keyword or global, or with the
//! runtime (whose names all start with `$`):
//!
//! | entity | shape | example |
//! |---|---|---|
//! | function | `f_<name>` (`_<id>` added when two sanitize alike) | `f_fib`, `f_fib_3` |
//! | global | `g_<name>` (likewise) | `g_counter` |
//! | class | `c_<name>` (likewise); built-in exceptions use the runtime's `$<Name>` | `c_Dog`, `$ValueError` |
//! | attribute or method slot | `<name>`; `py$<name>` for the few names JS objects already use | `speak`, `py$constructor` |
//! | named local | `<name>_<value index>`; `l_` in front when the name would start like a function, a global or the runtime | `x_12`, `l_f_x_3` |
//! | unnamed local | `v<value index>` | `v12` |
//! | copy temporary | `t<n>` | `t0` |
//! | loop / block label | `L<block index>` / `B<block index>` | `L3`, `B5` |
//!
//! Locals carry the value's index, unique in their function, so they never clash
//! with each other; `vN` and `tN` contain no `_` and so never clash with named
//! locals; the name of a function or global always has `f_`/`g_` as its start.
//! Characters outside `[A-Za-z0-9_]` are written `$<hex>$`, which keeps the
//! output ASCII and valid on every host.

use pyrt_ir::{ClassId, FuncId, GlobalId, Module};
use std::collections::HashSet;

/// `name` with every character outside `[A-Za-z0-9_]` written as `$<hex>$`.
pub fn sanitize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c);
        } else {
            out.push_str(&format!("${:x}$", c as u32));
        }
    }
    out
}

/// The top-level names: functions and globals.
pub struct Names {
    pub funcs: Vec<String>,
    pub globals: Vec<String>,
    pub classes: Vec<String>,
}

impl Names {
    pub fn new(m: &Module) -> Names {
        let mut used = HashSet::new();
        let mut unique = |base: String, id: usize| -> String {
            let mut name = base.clone();
            let mut n = 0;
            while !used.insert(name.clone()) {
                name = if n == 0 { format!("{base}_{id}") } else { format!("{base}_{id}_{n}") };
                n += 1;
            }
            name
        };
        let funcs = m.funcs.iter().map(|(id, f)| unique(format!("f_{}", sanitize(&f.name)), id.0 as usize)).collect();
        let globals = m.globals.iter().map(|(id, g)| unique(format!("g_{}", sanitize(&g.name)), id.0 as usize)).collect();
        let classes = m
            .classes
            .iter()
            .map(|(id, c)| match &c.builtin {
                Some(rt) => rt.clone(),
                None => unique(format!("c_{}", sanitize(&c.name)), id.0 as usize),
            })
            .collect();
        Names { funcs, globals, classes }
    }
    pub fn class(&self, c: ClassId) -> &str { &self.classes[c.0 as usize] }
    pub fn func(&self, f: FuncId) -> &str { &self.funcs[f.0 as usize] }
    pub fn global(&self, g: GlobalId) -> &str { &self.globals[g.0 as usize] }
}

/// The variable name of value `index` with source name `name`.
pub fn local(name: Option<&str>, index: usize) -> String {
    match name {
        None | Some("") => format!("v{index}"),
        Some(n) => {
            let s = sanitize(n);
            let clashes = s == "f" || s == "g" || s.starts_with("f_") || s.starts_with("g_") || s.starts_with('$');
            if clashes { format!("l_{s}_{index}") } else { format!("{s}_{index}") }
        }
    }
}

/// The JS property of an attribute or method: the Python name, except for the
/// names every JS object already has a meaning for.
pub fn slot(name: &str) -> String {
    match name {
        "constructor" | "__proto__" | "prototype" | "toString" | "valueOf" | "hasOwnProperty" => format!("py${name}"),
        n => sanitize(n),
    }
}

pub fn temp(n: usize) -> String { format!("t{n}") }
pub fn loop_label(b: pyrt_ir::Block) -> String { format!("L{}", b.0) }
pub fn block_label(b: pyrt_ir::Block) -> String { format!("B{}", b.0) }

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locals() {
        assert_eq!(local(Some("x"), 12), "x_12");
        assert_eq!(local(None, 3), "v3");
        assert_eq!(local(Some("f_x"), 3), "l_f_x_3");
        assert_eq!(local(Some("f"), 3), "l_f_3");
        assert_eq!(local(Some("π"), 1), "l_$3c0$_1");
        assert_eq!(local(Some("aπ"), 1), "a$3c0$_1");
        assert_eq!(local(Some("class"), 1), "class_1");
    }
}
