//! The runtime a program needs: the runtime's top-level items that the
//! program reaches, and nothing else (smaller JS that starts sooner; C that
//! compiles in a fraction of the time).
//!
//! Both runtimes are split into top-level items read off their text. An item
//! that declares names (a function, a constant, a table) is kept when the
//! program, or a kept item, names one of them; every other item (a statement,
//! a type, a macro, a prototype) is always kept. A name counts wherever it
//! appears in an item's code, even in a string or after a dot, so what a kept
//! item needs is over-, never under-estimated.
//!
//! - JS: an item starts at a line in column 0 (`function $f(`, `class $C`,
//!   `const $a = …, $b = …`, `let $x …`, or a statement); indented lines and
//!   closing `}`/`)`/`]` lines continue it. Only `$` names count.
//! - C: an item ends at a `;` outside braces, at the `}` closing a function
//!   body, or with the line of a macro invocation standing alone; a
//!   preprocessor line (with its `\` continuations) is an item of its own.
//!   Only `static` functions (their prototypes with them) and data are ever
//!   dropped.
//!
//! In both, the comments and blank lines before an item belong to it, and a
//! name must appear whole in the text that uses it: the C runtime pastes no
//! names together with `##` (a test holds it to that).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A top-level item of a runtime.
struct Item {
    text: &'static str,
    /// The names it declares (none: always kept).
    declares: Vec<&'static str>,
    /// The names its code mentions (its own excepted).
    mentions: Vec<&'static str>,
}

/// The JS runtime (the parts of [`crate::JS_RUNTIME_PARTS`] and
/// [`crate::JS_RUNTIME_EXTRA`], in order) with only the declarations that
/// `program`, the translated code that follows it, reaches.
pub fn js_runtime_for(program: &str) -> String {
    static ITEMS: OnceLock<Vec<Item>> = OnceLock::new();
    let items = ITEMS.get_or_init(|| crate::JS_RUNTIME_PARTS.iter().map(|(_, text)| *text).chain([crate::JS_RUNTIME_EXTRA]).flat_map(js_items).collect());
    reachable(items, identifiers(program).filter(|w| w.starts_with('$')))
}

/// The C runtime (the parts of [`crate::C_RUNTIME_PARTS`], in order) with only
/// the `static` functions and data that `program`, the translated code that
/// follows it, reaches.
pub fn c_runtime_for(program: &str) -> String { reachable(c_runtime_items(), identifiers(program)) }

/// The C runtime's items, read once.
fn c_runtime_items() -> &'static [Item] {
    static ITEMS: OnceLock<Vec<Item>> = OnceLock::new();
    ITEMS.get_or_init(|| crate::C_RUNTIME_PARTS.iter().flat_map(|(_, text)| c_items(text)).collect())
}

/// What the C runtime defines: each `static` function's or datum's name and
/// whether it is marked `PYRT_NOGC`, and each macro's name.
pub(crate) fn c_definitions() -> impl Iterator<Item = (&'static str, bool)> {
    c_runtime_items().iter().flat_map(|item| {
        let code = strip_c_comments(item.text);
        let code = code.trim_start();
        let nogc = code.starts_with("static ") && code.split('(').next().is_some_and(|head| head.contains(" PYRT_NOGC "));
        let mut names: Vec<(&'static str, bool)> = item.declares.iter().map(|&n| (n, nogc)).collect();
        if let Some(rest) = code.strip_prefix("#define ") {
            // The macro's name, as a slice of the runtime's own text.
            let name = identifiers(rest).next().unwrap_or("");
            names.extend(identifiers(item.text).find(|w| *w == name).map(|n| (n, false)));
        }
        names
    })
}

/// The items that the always-kept items and `roots` reach, concatenated in order.
fn reachable<'p>(items: &[Item], roots: impl Iterator<Item = &'p str>) -> String {
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, item) in items.iter().enumerate() {
        for &n in &item.declares {
            by_name.entry(n).or_default().push(k);
        }
    }
    let mut keep = vec![false; items.len()];
    let mut work: Vec<usize> = (0..items.len()).filter(|&k| items[k].declares.is_empty()).collect();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut reach = |name: &str, work: &mut Vec<usize>| {
        if let Some((&declared, ks)) = by_name.get_key_value(name)
            && seen.insert(declared)
        {
            work.extend(ks.iter().copied());
        }
    };
    for name in roots {
        reach(name, &mut work);
    }
    while let Some(k) = work.pop() {
        if keep[k] {
            continue;
        }
        keep[k] = true;
        for &name in &items[k].mentions {
            reach(name, &mut work);
        }
    }
    items.iter().zip(keep).filter(|(_, kept)| *kept).map(|(item, _)| item.text).collect()
}

/// The identifiers of a piece of code (`$` counts as a letter, as in JS:
/// `f_a$2e$b` is one identifier, naming no `$` name).
fn identifiers(code: &str) -> impl Iterator<Item = &str> {
    code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$')).filter(|w| w.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '$'))
}

// ---- JS ----

/// One file of the JS runtime, split into its top-level items.
fn js_items(text: &'static str) -> Vec<Item> {
    // Byte offsets of the lines that start an item.
    let mut starts = Vec::new();
    let mut pending: Option<usize> = None; // the first comment or blank line before an item
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let first = line.as_bytes().first().copied().unwrap_or(b'\n');
        let continues = matches!(first, b' ' | b'\t' | b'}' | b')' | b']');
        let leading = line.starts_with("//") || line.trim().is_empty();
        if leading {
            pending.get_or_insert(offset);
        } else if !continues {
            starts.push(pending.take().unwrap_or(offset));
        } else {
            pending = None;
        }
        offset += line.len();
    }
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    starts.push(text.len());
    starts
        .windows(2)
        .map(|w| &text[w[0]..w[1]])
        .filter(|item| !item.is_empty())
        .map(|item| {
            let code: Vec<&'static str> = item.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
            let head = code.iter().find(|l| !l.trim().is_empty()).copied().unwrap_or("");
            let declares = js_declared(head);
            let mentions = code.iter().flat_map(|l| identifiers(l)).filter(|w| w.starts_with('$') && !declares.contains(w)).collect();
            Item { text: item, declares, mentions }
        })
        .collect()
}

/// The `$` names a JS item's first line declares.
fn js_declared(head: &'static str) -> Vec<&'static str> {
    let word = |rest: &'static str| identifiers(rest).next().unwrap_or("");
    for kw in ["function* ", "function ", "async function ", "class "] {
        if let Some(rest) = head.strip_prefix(kw) {
            return Some(word(rest.trim_start_matches('*').trim_start())).filter(|n| n.starts_with('$')).into_iter().collect();
        }
    }
    for kw in ["const ", "let ", "var "] {
        if let Some(rest) = head.strip_prefix(kw) {
            // `const $a = …, $b = …`: the first name, then each after `, `
            // that is followed by ` =` (further declarators on the line).
            let mut names = vec![word(rest)];
            names.extend(rest.match_indices(", $").map(|(i, _)| word(&rest[i + 2..])).filter(|n| rest.contains(&format!("{n} ="))));
            if names.iter().all(|n| n.starts_with('$')) {
                return names;
            }
        }
    }
    Vec::new()
}

// ---- C ----

/// One file of the C runtime, split into its top-level items.
fn c_items(text: &'static str) -> Vec<Item> {
    let b = text.as_bytes();
    let mut items = Vec::new();
    let (mut start, mut depth, mut i) = (0, 0usize, 0);
    let mut code = false; // the current item has code (not only comments and blank lines)
    let mut body = false; // the item's first brace opened a function body
    // The end of the line holding byte `k` (past its newline).
    let line_end = |k: usize| text[k..].find('\n').map_or(text.len(), |n| k + n + 1);
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'*') => i = text[i + 2..].find("*/").map_or(b.len(), |n| i + 2 + n + 2),
            b'/' if b.get(i + 1) == Some(&b'/') => i = line_end(i),
            b'"' | b'\'' => {
                let q = b[i];
                i += 1;
                while i < b.len() && b[i] != q {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'#' if depth == 0 && !code && (i == 0 || b[i - 1] == b'\n') => {
                // A directive, with its continuation lines.
                let mut end = line_end(i);
                while end >= 2 && text[..end].trim_end_matches('\n').ends_with('\\') && end < b.len() {
                    end = line_end(end);
                }
                items.push(c_item(&text[start..end]));
                (start, i) = (end, end);
            }
            b'{' => {
                if depth == 0 {
                    let head = strip_c_comments(&text[start..i]);
                    body = head.contains('(') && !head.contains('=') && !["typedef", "struct", "union", "enum"].iter().any(|k| head.trim_start().starts_with(k));
                }
                depth += 1;
                code = true;
                i += 1;
            }
            b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
                if depth == 0 && body {
                    let end = line_end(i - 1);
                    items.push(c_item(&text[start..end]));
                    (start, i, code, body) = (end, end, false, false);
                }
            }
            b';' if depth == 0 => {
                let end = line_end(i);
                items.push(c_item(&text[start..end]));
                (start, i, code, body) = (end, end, false, false);
            }
            b'\n' if depth == 0 && code && {
                // A macro invocation standing alone (`PYRT_EXC_TYPE(…)`) ends at its line.
                let line = &text[text[..i].rfind('\n').map_or(0, |k| k + 1)..i];
                line.starts_with(|c: char| c.is_ascii_uppercase()) && line.trim_end().ends_with(')')
            } =>
            {
                items.push(c_item(&text[start..i + 1]));
                (start, i, code, body) = (i + 1, i + 1, false, false);
            }
            c => {
                code |= !c.is_ascii_whitespace();
                i += 1;
            }
        }
    }
    if start < text.len() {
        items.push(c_item(&text[start..]));
    }
    items
}

/// A C item: what it declares (only a `static` function's or datum's name)
/// and the identifiers its code mentions.
fn c_item(text: &'static str) -> Item {
    let code = strip_c_comments(text);
    let head_end = code.find(['{', '=', ';']).unwrap_or(code.len());
    let head = code[..head_end].trim();
    let name_before = |s: &str, stop: char| s.split(stop).next().and_then(|h| identifiers(h).last()).map(|n| n.to_string());
    let declared = if !head.starts_with("static ") {
        None
    } else if head.contains('(') {
        // A function's definition or prototype: both go with the function (a
        // prototype of a function never defined is an error under -Werror).
        name_before(head, '(')
    } else {
        name_before(head, '[')
    };
    // The name as a slice of the runtime's own text, so items can hold it.
    let declares: Vec<&'static str> = declared.and_then(|n| identifiers(text).find(|w| *w == n)).into_iter().collect();
    let mentions = identifiers(text).filter(|w| !declares.contains(w)).collect::<HashSet<_>>().into_iter().collect();
    Item { text, declares, mentions }
}

/// C code with its comments replaced by spaces.
fn strip_c_comments(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(k) = rest.find("/*") {
        out.push_str(&rest[..k]);
        out.push(' ');
        rest = rest[k + 2..].split_once("*/").map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_cover_the_runtimes_exactly() {
        let js: String = crate::JS_RUNTIME_PARTS.iter().map(|(_, t)| *t).chain([crate::JS_RUNTIME_EXTRA]).collect();
        assert_eq!(crate::JS_RUNTIME_PARTS.iter().map(|(_, t)| *t).chain([crate::JS_RUNTIME_EXTRA]).flat_map(js_items).map(|i| i.text).collect::<String>(), js);
        for (name, text) in crate::C_RUNTIME_PARTS {
            assert_eq!(c_items(text).iter().map(|i| i.text).collect::<String>(), *text, "{name}");
        }
    }

    #[test]
    fn the_c_runtime_pastes_no_names() {
        for (name, text) in crate::C_RUNTIME_PARTS {
            for (k, _) in text.match_indices("##") {
                // `__builtin_##op##_overflow` names a compiler builtin, not the runtime's.
                let line = &text[text[..k].rfind('\n').map_or(0, |n| n + 1)..k];
                assert!(line.rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '#')).next().is_some_and(|w| w.starts_with("__builtin_")), "{name}: a name pasted with ## cannot be found by c_runtime_for: {}", &text[k.saturating_sub(40)..k + 10]);
            }
        }
    }

    #[test]
    fn js_declarations_are_read_off_the_first_line() {
        assert_eq!(js_declared("function $str_cmp(a, b) {"), vec!["$str_cmp"]);
        assert_eq!(js_declared("class $Object {"), vec!["$Object"]);
        assert_eq!(js_declared("const $C_THIRD_H = 0.3333333333333333, $C_THIRD_L = 1.850371707708594e-17;"), vec!["$C_THIRD_H", "$C_THIRD_L"]);
        assert_eq!(js_declared("let $be_depth = 0;"), vec!["$be_depth"]);
        assert!(js_declared("$Exception.$pyname = \"Exception\";").is_empty());
        assert!(js_declared("\"use strict\";").is_empty());
    }

    #[test]
    fn c_items_declare_static_functions_and_data_only() {
        let decl = |t: &'static str| c_item(t).declares;
        assert_eq!(decl("/* doc */\nstatic PYRT_NOGC int pyrt_f(int a) {\n  return a;\n}\n"), vec!["pyrt_f"]);
        assert_eq!(decl("static const uint32_t pyrt_t[2][2] = {\n  {1, 2}, {3, 4}};\n"), vec!["pyrt_t"]);
        assert_eq!(decl("static size_t pyrt_n;\n"), vec!["pyrt_n"]);
        assert_eq!(decl("static int pyrt_g(int a);\n"), vec!["pyrt_g"]);
        assert!(decl("typedef struct pyrt_s {\n  int a;\n} pyrt_s;\n").is_empty());
        assert!(decl("#define PYRT_X(a) pyrt_f(a)\n").is_empty());
        // A prototype goes with its function: it does not keep it alive.
        assert!(!c_item("static int pyrt_g(pyrt_s *a);\n").mentions.contains(&"pyrt_g"));
    }

    #[test]
    fn only_what_the_program_reaches_is_kept() {
        let small = js_runtime_for("$print($str_cmp(\"a\", \"b\") + \"\\n\");");
        assert!(small.contains("function $str_cmp("));
        assert!(small.contains("function $print("));
        // What $str_cmp uses comes along; a library function nobody names does not.
        assert!(small.contains("const $SURR_UP_RE"));
        assert!(!small.contains("function $math_fabs("));
        assert!(small.len() < crate::JS_RUNTIME_PARTS.iter().map(|(_, t)| t.len()).sum::<usize>() / 2);

        let c = c_runtime_for("int main(void) { pyrt_print(pyrt_str_ascii(\"x\")); return 0; }");
        assert!(c.contains("static void pyrt_print("));
        assert!(!c.contains("pyrt_u_xidcont[763][2] = {"));
        assert!(c.len() < crate::C_RUNTIME_PARTS.iter().map(|(_, t)| t.len()).sum::<usize>() / 2);
    }
}
