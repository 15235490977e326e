//! Frames only where a collection can happen, and only as large as the
//! references live at once.
//!
//! Every function roots its references in a shadow-stack frame (`R[k]`, linked
//! through `pyrt_top`) so that the collector finds them. A function during
//! which no collection can happen needs no frame: its `R` array becomes plain
//! locals the C compiler keeps in registers, and pushing and popping the frame
//! (the larger part of a small function's cost) goes away.
//!
//! No collection can happen during a function when every call in its C text is
//! to a runtime function marked `PYRT_NOGC` (it never allocates, except to
//! raise an exception made from constants), to a C library function on the
//! list below, or to a program function that is itself frameless (a greatest
//! fixed point, so recursive functions qualify too). Raising allocates, so the
//! function must have no exception handler: a raise leaves it at once, with its
//! references dead. Generators, closures and functions that define closures
//! keep their frames. Anything the scan does not recognise as one of these,
//! such as a call through a pointer, counts as a possible collection. Such a
//! function that calls no function of the program at all (a leaf) tests the
//! recursion depth without counting itself, as nothing it runs can see it.
//!
//! References whose lives do not overlap share a root slot ([`share_slots`]),
//! so a frame holds as many slots as references are live at once, not one per
//! reference value: less to clear on entry, less for the collector to scan.

use pyrt_ir::{Block, EntityRef, Function, Terminator, Value};
use std::collections::{HashMap, HashSet};

/// Functions of the C library that never call back into the program.
const C_LIBRARY: &[&str] = &[
    "sqrt", "fabs", "floor", "ceil", "trunc", "fmod", "copysign", "pow", "exp", "log", "log2", "log10", "sin", "cos", "tan", "atan", "atan2",
    "isnan", "isinf", "isfinite", "memcpy", "memcmp", "memset",
];

/// Function-like macros of the runtime that call nothing but `PYRT_NOGC`
/// functions.
const MACROS: &[&str] = &["PYRT_UNLIKELY", "PYRT_LIKELY", "INT64_C", "UINT64_C", "PYRT_INT_OP"];

/// C keywords that precede a parenthesis.
const KEYWORDS: &[&str] = &["if", "while", "for", "switch", "return", "sizeof"];

/// A translated function: its C name, its text and whether it may go without
/// a frame as far as its own shape goes (no generator, closure or handler).
pub(crate) struct Emitted {
    pub name: String,
    pub text: String,
    pub frameless_shape: bool,
}

/// What a function's text calls.
enum Calls {
    /// Some call may collect whatever the callees do.
    Collects,
    /// Program functions it calls (each frameless or not).
    Program(Vec<String>),
}

/// Drops the frame of every function during which no collection can happen.
pub(crate) fn elide(funcs: &mut [Emitted]) {
    // The scan starts after the function's first line, its own prototype.
    let calls: Vec<Calls> = funcs.iter().map(|f| if f.frameless_shape { scan(f.text.split_once('\n').map_or("", |(_, body)| body)) } else { Calls::Collects }).collect();
    let index: HashMap<&str, usize> = funcs.iter().enumerate().map(|(i, f)| (f.name.as_str(), i)).collect();
    let mut frameless: Vec<bool> = calls.iter().map(|c| matches!(c, Calls::Program(_))).collect();
    loop {
        let mut changed = false;
        for (i, c) in calls.iter().enumerate() {
            if let Calls::Program(callees) = c
                && frameless[i]
                && !callees.iter().all(|g| index.get(g.as_str()).is_some_and(|&j| frameless[j]))
            {
                frameless[i] = false;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    for ((f, keep), c) in funcs.iter_mut().zip(frameless).zip(&calls) {
        if keep {
            // The root array goes too when only its declaration names it.
            let unused_roots = f.text.matches("R[").count() == 1;
            // A leaf (it calls no function of the program, and the runtime
            // functions it calls call none either) only tests the depth: no
            // frame is ever counted while it runs.
            let leaf = matches!(c, Calls::Program(callees) if callees.is_empty());
            f.text = f
                .text
                .lines()
                .filter(|l| {
                    let l = l.trim();
                    !(l.starts_with("pyrt_frame F = ")
                        || l == "pyrt_top = &F;"
                        || l == "pyrt_top = F.prev;"
                        || (unused_roots && l.starts_with("void *R["))
                        || (leaf && l == "pyrt_depth--;"))
                })
                .map(|l| if leaf { l.replace(ENTER_DEPTH, LEAF_DEPTH) } else { l.to_string() } + "\n")
                .collect();
        }
    }
}

/// How a function counts its frame against the recursion limit, and how a
/// leaf only tests it.
pub(crate) const ENTER_DEPTH: &str = "++pyrt_depth > PYRT_RECURSION_LIMIT";
const LEAF_DEPTH: &str = "pyrt_depth >= PYRT_RECURSION_LIMIT";

/// The calls in a function's C text.
fn scan(text: &str) -> Calls {
    let nogc = pyrt_runtime::c_runtime_nogc();
    let bytes = text.as_bytes();
    let mut program = HashSet::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'"' {
            // A string literal: skip it (escapes included).
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            let word = &text[start..i];
            let preceded = start > 0 && matches!(bytes[start - 1], b'.' | b'>');
            if bytes.get(i) == Some(&b'(') {
                if preceded {
                    return Calls::Collects; // a call through a member: `o->m(...)`
                }
                if is_program_function(word) {
                    program.insert(word.to_string());
                } else if !(nogc.contains(word) || C_LIBRARY.contains(&word) || MACROS.contains(&word) || KEYWORDS.contains(&word)) {
                    return Calls::Collects;
                }
            }
            continue;
        }
        if c == b'(' && i > 0 && calls_result(&text[..i]) {
            return Calls::Collects;
        }
        i += 1;
    }
    Calls::Program(program.into_iter().collect())
}

/// `f12`: a function of the program.
fn is_program_function(word: &str) -> bool { word.strip_prefix('f').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) }

/// Whether a `(` after `before` calls what precedes it: after `]` it does
/// (`vt[3](...)`), after `)` unless that parenthesis was a cast.
fn calls_result(before: &str) -> bool {
    let before = before.trim_end();
    if before.ends_with(']') {
        return true;
    }
    let Some(inner) = before.strip_suffix(')') else { return false };
    // The parenthesised text before: a cast names a type, `T` or `T *`.
    let mut depth = 0;
    let mut open = None;
    for (k, ch) in inner.char_indices().rev() {
        match ch {
            ')' => depth += 1,
            '(' if depth == 0 => {
                open = Some(k);
                break;
            }
            '(' => depth -= 1,
            _ => {}
        }
    }
    let Some(open) = open else { return true };
    let ty = inner[open + 1..].trim_end_matches([' ', '*']);
    let is_type = !ty.is_empty() && ty.split(' ').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
    !is_type
}

/// A root slot for each reference value (`is_ref`), shared by values whose
/// lives do not overlap, and the number of slots. `None` for functions whose
/// exceptions may enter a handler (values live there would have to stay live
/// across the whole protected region): they keep one slot per value.
///
/// Two values overlap when one is defined while the other is live (a value is
/// live from its definition to its last use, along every path). A result also
/// overlaps its instruction's own operands, since the C an instruction becomes
/// may store the result before it has read them all; and a definition that is
/// never used still overlaps what is live, since it is still written.
pub(crate) fn share_slots(f: &Function, is_ref: &[bool]) -> Option<(Vec<usize>, usize)> {
    if f.generator || f.layout.iter().any(|&b| matches!(f.blocks[b].term, Terminator::Try { .. })) {
        return None;
    }
    let nb = f.blocks.len();
    // Live-in sets by backward dataflow to a fixed point.
    let mut live_in: Vec<HashSet<usize>> = vec![HashSet::new(); nb];
    loop {
        let mut changed = false;
        for &b in f.layout.iter().rev() {
            let live = live_through(f, b, &live_in, is_ref, &mut |_, _| {});
            if live != live_in[b.index()] {
                live_in[b.index()] = live;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // Interference, then greedy colouring in definition order.
    let mut adj: HashMap<usize, HashSet<usize>> = HashMap::new();
    let mut order = Vec::new();
    for &b in &f.layout {
        let mut defs = Vec::new();
        live_through(f, b, &live_in, is_ref, &mut |def, live| {
            defs.push(def);
            for &o in live {
                if o != def {
                    adj.entry(def).or_default().insert(o);
                    adj.entry(o).or_default().insert(def);
                }
            }
        });
        // The walk is backwards; colour in the order of definition.
        order.extend(defs.into_iter().rev());
    }
    let mut slot = vec![usize::MAX; is_ref.len()];
    let mut n = 0;
    // Values defined nowhere in the live blocks still get a slot of their own.
    order.extend((0..is_ref.len()).filter(|&v| is_ref[v]));
    for v in order {
        if slot[v] != usize::MAX {
            continue;
        }
        let taken: HashSet<usize> = adj.get(&v).map(|ns| ns.iter().map(|&o| slot[o]).collect()).unwrap_or_default();
        let k = (0..).find(|k| !taken.contains(k)).expect("a free slot");
        slot[v] = k;
        n = n.max(k + 1);
    }
    Some((slot, n))
}

/// The references live on entry to block `b`, given the live-in sets of its
/// successors; `def(v, across)` sees each definition in the block, backwards,
/// with what it overlaps.
fn live_through(f: &Function, b: Block, live_in: &[HashSet<usize>], is_ref: &[bool], def: &mut dyn FnMut(usize, &HashSet<usize>)) -> HashSet<usize> {
    let refs = |vs: &[Value]| -> Vec<usize> { vs.iter().map(|v| v.index()).filter(|&v| is_ref[v]).collect() };
    let data = &f.blocks[b];
    let mut live: HashSet<usize> = HashSet::new();
    for s in data.term.targets() {
        let params = refs(&f.blocks[s].params);
        live.extend(live_in[s.index()].iter().copied().filter(|v| !params.contains(v)));
    }
    live.extend(refs(&data.term.uses()));
    for &i in data.insts.iter().rev() {
        let inst = &f.insts[i];
        let args = refs(&inst.args);
        if let Some(r) = inst.result.map(|r| r.index()).filter(|&r| is_ref[r]) {
            live.remove(&r);
            let mut across = live.clone();
            across.extend(args.iter().copied());
            def(r, &across);
        }
        live.extend(args);
    }
    let params = refs(&data.params);
    let mut across = live.clone();
    across.extend(params.iter().copied());
    for p in &params {
        live.remove(p);
    }
    for &p in &params {
        def(p, &across);
    }
    live
}

#[cfg(test)]
mod tests {
    use super::*;

    fn program_calls(text: &str) -> Option<Vec<String>> {
        match scan(text) {
            Calls::Collects => None,
            Calls::Program(mut v) => {
                v.sort();
                Some(v)
            }
        }
    }

    #[test]
    fn casts_and_no_collection_calls_are_not_collections() {
        let t = "v3 = (int64_t)((uint64_t)v1 + (uint64_t)v2);\nv4 = pyrt_int_add(v3, INT64_C(1));\nif (PYRT_UNLIKELY(pyrt_exc != NULL)) goto X;\nv5 = f12(((pyrt_str *)R[0]), v4);\npyrt_raise(&pyrt_t_KeyError, \"f(x)\");";
        assert_eq!(program_calls(t), Some(vec!["f12".to_string()]));
    }

    #[test]
    fn allocation_and_indirect_calls_collect() {
        assert!(program_calls("R[0] = pyrt_alloc(&T0, T0.size);").is_none());
        assert!(program_calls("v1 = ((int64_t (*)(void *))V[3])(R[0]);").is_none());
        assert!(program_calls("v1 = ((pyrt_func *)R[1])->code(R[0]);").is_none());
        assert!(program_calls("v1 = VT(R[0])[2](R[0]);").is_none());
    }

    /// A list live around a loop, a str made in the loop, a str made after it.
    const LOOP: &str = "main fn0

fn fn0 f(n: int) -> int {
block0(v2: int):
    v3: list[int] = build_list v2
    v4: int = const 0
    jump block1(v4)
block1(v5: int):
    v18: bool = IntLt v5, v2
    branch v18, block2(), block3()
block2():
    v19: str = IntToStr v5
    v20: int = method list.__len__ v3
    v24: int = StrLen v19
    v21: int = IntAdd v5, v20
    jump block1(v21)
block3():
    v22: str = IntToStr v2
    v25: list[str] = build_list v22, v22
    v23: int = StrLen v22
    return v23
}
";

    #[test]
    fn references_share_slots_only_when_their_lives_do_not_overlap() {
        let m = pyrt_ir::parse::parse_module(LOOP).expect("the IR parses");
        let f = m.funcs.iter().next().expect("a function").1;
        let is_ref: Vec<bool> = (0..f.values.len()).map(|v| [3, 19, 22, 25].contains(&v)).collect();
        let (slot, n) = share_slots(f, &is_ref).expect("no handler: slots are shared");
        // The list is live around the loop, so the loop's str has a slot of
        // its own; after the loop the list is dead and the second str takes
        // its slot; the list of strs overlaps its operand.
        assert_ne!(slot[3], slot[19]);
        assert_eq!(slot[22], slot[3]);
        assert_ne!(slot[25], slot[22]);
        assert_eq!(n, 2);
    }

    #[test]
    fn frameless_is_a_greatest_fixed_point() {
        let f = |name: &str, text: &str| Emitted { name: name.into(), text: text.into(), frameless_shape: true };
        let frame = "  pyrt_frame F = {pyrt_top, 1, R};\n  pyrt_top = &F;\n";
        let mut funcs = vec![
            f("f0", &format!("static int64_t f0(int64_t a0) {{\n{frame}  v1 = f1(v0);\n  v2 = f0(v1);\n  pyrt_top = F.prev;\n")),
            f("f1", &format!("static int64_t f1(int64_t a0) {{\n{frame}  v1 = f0(v0);\n")),
            f("f2", &format!("static int64_t f2(int64_t a0) {{\n{frame}  v1 = f1(v0);\n  R[0] = pyrt_alloc(&T0, 16);\n")),
            f("f3", &format!("static int64_t f3(int64_t a0) {{\n{frame}  v1 = f2(v0);\n")),
        ];
        funcs.push(f("f4", &format!("static int64_t f4(int64_t a0) {{\n{frame}  if (PYRT_UNLIKELY({ENTER_DEPTH})) {{\n  v1 = pyrt_int_add(v0, v0);\n  pyrt_top = F.prev;\n  pyrt_depth--;\n")));
        elide(&mut funcs);
        let has_frame: Vec<bool> = funcs.iter().map(|f| f.text.contains("pyrt_top")).collect();
        assert_eq!(has_frame, vec![false, false, true, true, false]);
        // Only the leaf stops counting its frame.
        assert!(funcs[4].text.contains(LEAF_DEPTH) && !funcs[4].text.contains("pyrt_depth--"), "{}", funcs[4].text);
        assert!(!funcs[0].text.contains(LEAF_DEPTH));
    }
}
