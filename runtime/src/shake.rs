//! The JS runtime a program needs: its top-level declarations that the
//! program reaches, and nothing else.
//!
//! The runtime's files are written so that this can be read off the text: a
//! top-level item starts at a line in column 0 (`function $f(`, `class $C`,
//! `const $a = …, $b = …`, `let $x …`, or a statement); indented lines and
//! closing `}`/`)`/`]` lines continue it, and the comments and blank lines
//! before it belong to it. An item that declares `$` names is kept when the
//! program, or a kept item, names one of them; every other item (a statement,
//! such as `"use strict"` or `$Exception.$pyname = …`) is always kept. A
//! name counts wherever it appears in an item's code, even in a string or
//! after a dot, so a kept item's needs are over-, never under-estimated.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A top-level item of the runtime.
struct Item {
    text: &'static str,
    /// The `$` names it declares (none: a statement, always kept).
    declares: Vec<&'static str>,
    /// The `$` names its code mentions.
    mentions: Vec<&'static str>,
}

fn items() -> &'static [Item] {
    static ITEMS: OnceLock<Vec<Item>> = OnceLock::new();
    ITEMS.get_or_init(|| {
        let mut items = Vec::new();
        for part in crate::JS_RUNTIME_PARTS.iter().map(|(_, text)| *text).chain([crate::JS_RUNTIME_EXTRA]) {
            split(part, &mut items);
        }
        items
    })
}

/// Splits one file of the runtime into its top-level items.
fn split(text: &'static str, items: &mut Vec<Item>) {
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
    for w in starts.windows(2) {
        let item = &text[w[0]..w[1]];
        if item.is_empty() {
            continue;
        }
        let code: Vec<&'static str> = item.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
        let head = code.iter().find(|l| !l.trim().is_empty()).copied().unwrap_or("");
        let mentions = code.iter().flat_map(|l| dollar_names(l)).collect();
        items.push(Item { text: item, declares: declared(head), mentions });
    }
}

/// The `$` names an item's first line declares.
fn declared(head: &'static str) -> Vec<&'static str> {
    let words = |rest: &'static str| rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$')).next().unwrap_or("");
    for kw in ["function* ", "function ", "async function ", "class "] {
        if let Some(rest) = head.strip_prefix(kw) {
            return Some(words(rest.trim_start_matches('*').trim_start())).filter(|n| n.starts_with('$')).into_iter().collect();
        }
    }
    for kw in ["const ", "let ", "var "] {
        if let Some(rest) = head.strip_prefix(kw) {
            // `const $a = …, $b = …`: the first name, then each after `, `
            // that is followed by ` =` (further declarators on the line).
            let mut names = vec![words(rest)];
            names.extend(rest.match_indices(", $").map(|(i, _)| words(&rest[i + 2..])).filter(|n| rest.contains(&format!("{n} ="))));
            if names.iter().all(|n| n.starts_with('$')) {
                return names;
            }
        }
    }
    Vec::new()
}

/// The identifiers starting with `$` in a piece of code (identifiers are split
/// whole: `f_a$2e$b` names nothing).
fn dollar_names(code: &str) -> impl Iterator<Item = &str> {
    code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$')).filter(|w| w.starts_with('$') && w.len() > 1)
}

/// The runtime (the parts of [`crate::JS_RUNTIME_PARTS`] and
/// [`crate::JS_RUNTIME_EXTRA`], in order) with only the declarations that
/// `program`, the translated code that follows it, reaches.
pub fn js_runtime_for(program: &str) -> String {
    let items = items();
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, item) in items.iter().enumerate() {
        for &n in &item.declares {
            by_name.entry(n).or_default().push(k);
        }
    }
    let mut keep = vec![false; items.len()];
    let mut work: Vec<usize> = (0..items.len()).filter(|&k| items[k].declares.is_empty()).collect();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut reach = |name: &'static str, work: &mut Vec<usize>| {
        if let Some(ks) = by_name.get(name)
            && seen.insert(name)
        {
            work.extend(ks.iter().copied());
        }
    };
    for name in dollar_names(program) {
        if let Some((&declared, _)) = by_name.get_key_value(name) {
            reach(declared, &mut work);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_cover_the_runtime_exactly() {
        let whole: String = crate::JS_RUNTIME_PARTS.iter().map(|(_, t)| *t).chain([crate::JS_RUNTIME_EXTRA]).collect();
        let joined: String = items().iter().map(|i| i.text).collect();
        assert_eq!(joined, whole);
    }

    #[test]
    fn declarations_are_read_off_the_first_line() {
        assert_eq!(declared("function $str_cmp(a, b) {"), vec!["$str_cmp"]);
        assert_eq!(declared("class $Object {"), vec!["$Object"]);
        assert_eq!(declared("const $C_THIRD_H = 0.3333333333333333, $C_THIRD_L = 1.850371707708594e-17;"), vec!["$C_THIRD_H", "$C_THIRD_L"]);
        assert_eq!(declared("let $be_depth = 0;"), vec!["$be_depth"]);
        assert!(declared("$Exception.$pyname = \"Exception\";").is_empty());
        assert!(declared("\"use strict\";").is_empty());
    }

    #[test]
    fn only_what_the_program_reaches_is_kept() {
        let small = js_runtime_for("$print($str_cmp(\"a\", \"b\") + \"\\n\");");
        assert!(small.contains("function $str_cmp("));
        assert!(small.contains("function $print("));
        // What $str_cmp calls comes along; a library function nobody names does not.
        assert!(small.contains("const $SURR_UP_RE"));
        assert!(!small.contains("function $math_fabs("));
        assert!(small.len() < crate::JS_RUNTIME_PARTS.iter().map(|(_, t)| t.len()).sum::<usize>() / 2);
    }
}
