//! The IR passes after the frontend, in one table: the driver runs them in this
//! order, verifies after each (debug builds and tests), and can dump the IR
//! after any of them (`--dump-ir=after:<name>`).

use crate::entities::{EntityRef, Value};
use crate::function::{Function, Terminator, ValueDef};
use crate::module::Module;
use crate::cfg::Cfg;
use crate::ops::{Const, Op, Prim};
use crate::types::Type;
use crate::verify::Level;

pub struct Pass {
    pub name: &'static str,
    /// Why the pass exists and where it must run.
    pub doc: &'static str,
    pub run: fn(&mut Module),
    /// The verifier level that holds after the pass.
    pub level: Level,
}

pub const PASSES: &[Pass] = &[
    Pass {
        name: "lower",
        doc: "pick primitives by annotated types; after it, no Python-level op remains",
        run: crate::lower::lower_module,
        level: Level { typed: true, lowered: true },
    },
    Pass {
        name: "simplify",
        doc: "drop definedness checks proven true, trivial block parameters and dead code; steps by one that a test bounds never overflow",
        run: |m| for_each_function(m, simplify),
        level: Level { typed: true, lowered: true },
    },
];

fn for_each_function(m: &mut Module, f: fn(&mut Function)) {
    for func in m.funcs.values_mut() {
        f(func);
    }
}

pub fn simplify(f: &mut Function) {
    f.remove_unreachable_blocks();
    remove_trivial_params(f);
    remove_proven_checks(f);
    bounded_steps(f);
    dead_code(f);
}

/// Beyond these the int range may end (JS's safe integers; C's is wider).
const STEP_BOUND: i64 = (1 << 53) - 1;

/// `x + 1` and `x - 1` where a test on the way bounds `x` cannot leave the int
/// range, so they become `IntRangeNext` (exact, never raises, no overflow
/// check): `x + 1` where `x < y` or `x <= c` holds (c a constant below the
/// range's top), `x - 1` where `y < x` or `c <= x` holds. A test holds in the
/// blocks its branch edge dominates (the edge's target has no other
/// predecessor); SSA values never change, so it holds for as long as they live.
/// Most often: a loop counter stepped under its loop test.
fn bounded_steps(f: &mut Function) {
    let cfg = Cfg::new(f);
    // The test each block is entered under: (the condition, whether it held).
    let mut entered_under: Vec<Option<(Value, bool)>> = vec![None; f.blocks.len()];
    for &b in &f.layout {
        if let Terminator::Branch { cond, then_, else_ } = &f.blocks[b].term
            && then_.block != else_.block
        {
            for (target, held) in [(then_.block, true), (else_.block, false)] {
                if cfg.preds(target) == [b] {
                    entered_under[target.index()] = Some((*cond, held));
                }
            }
        }
    }
    for &b in &f.layout.clone() {
        let insts = std::mem::take(&mut f.blocks[b].insts);
        let mut out = Vec::with_capacity(insts.len());
        for i in insts {
            let step = match (&f.insts[i].op, f.insts[i].args.as_slice()) {
                (Op::Prim(Prim::IntAdd), &[x, one]) if f.const_of(one) == Some(&Const::Int(1)) => Some((x, one, 1)),
                (Op::Prim(Prim::IntAdd), &[one, x]) if f.const_of(one) == Some(&Const::Int(1)) => Some((x, one, 1)),
                (Op::Prim(Prim::IntSub), &[x, one]) if f.const_of(one) == Some(&Const::Int(1)) => Some((x, one, -1)),
                _ => None,
            };
            if let Some((x, one, dir)) = step
                && bounded(f, &cfg, &entered_under, b, x, dir)
            {
                let by = if dir == 1 {
                    one
                } else {
                    let (c, v) = f.make_inst(Op::Const(Const::Int(-1)), vec![], Some(Type::Int), f.insts[i].span);
                    out.push(c);
                    v.expect("a constant has a value")
                };
                f.insts[i].op = Op::Prim(Prim::IntRangeNext);
                f.insts[i].args = vec![x, by];
            }
            out.push(i);
        }
        f.blocks[b].insts = out;
    }
}

/// Whether a test that holds in block `b` bounds `x` so that `x + dir` stays in range.
fn bounded(f: &Function, cfg: &Cfg, entered_under: &[Option<(Value, bool)>], b: crate::Block, x: Value, dir: i64) -> bool {
    let x = f.resolve(x);
    let small = |v: Value, sign: i64| matches!(f.const_of(v), Some(&Const::Int(c)) if c * sign < STEP_BOUND);
    let mut at = Some(b);
    while let Some(d) = at {
        if let Some((mut cond, mut held)) = entered_under[d.index()] {
            // `not t` holds when `t` does not.
            while let ValueDef::Inst(i) = f.values[f.resolve(cond)].def
                && f.insts[i].op == Op::Prim(Prim::BoolNot)
            {
                cond = f.insts[i].args[0];
                held = !held;
            }
            if let ValueDef::Inst(i) = f.values[f.resolve(cond)].def
                && let Op::Prim(p) = f.insts[i].op
                && let &[l, r] = f.insts[i].args.as_slice()
            {
                let (l, r) = (f.resolve(l), f.resolve(r));
                // As `a < b` (strict) or `a <= b`.
                let fact = match (p, held) {
                    (Prim::IntLt, true) | (Prim::IntGe, false) => Some((l, r, true)),
                    (Prim::IntLe, true) | (Prim::IntGt, false) => Some((l, r, false)),
                    (Prim::IntGt, true) | (Prim::IntLe, false) => Some((r, l, true)),
                    (Prim::IntGe, true) | (Prim::IntLt, false) => Some((r, l, false)),
                    _ => None,
                };
                let proven = match fact {
                    Some((a, bound, strict)) if dir == 1 && a == x => strict || small(bound, 1),
                    Some((bound, a, strict)) if dir == -1 && a == x => strict || small(bound, -1),
                    _ => false,
                };
                if proven {
                    return true;
                }
            }
        }
        at = cfg.idom(d);
    }
    false
}

/// A block parameter whose incoming arguments are all one value (or itself) is
/// that value. Repeats until nothing changes (SSA construction leaves many).
pub fn remove_trivial_params(f: &mut Function) {
    loop {
        let preds = f.predecessors();
        let mut changed = false;
        for &b in &f.layout.clone() {
            if b == f.entry {
                continue;
            }
            let mut keep = Vec::new();
            let params = f.blocks[b].params.clone();
            let mut removed = Vec::new();
            for (k, &p) in params.iter().enumerate() {
                let mut same: Option<Value> = None;
                let mut trivial = true;
                for &pred in &preds[b] {
                    for c in f.blocks[pred].term.successors() {
                        if c.block != b {
                            continue;
                        }
                        let a = f.resolve(c.args[k]);
                        if a == p || Some(a) == same {
                            continue;
                        }
                        if same.is_some() {
                            trivial = false;
                        }
                        same = Some(a);
                    }
                }
                match (trivial, same) {
                    (true, Some(v)) if !preds[b].is_empty() => {
                        f.alias(p, v);
                        removed.push(k);
                    }
                    _ => keep.push(p),
                }
            }
            if removed.is_empty() {
                continue;
            }
            changed = true;
            remove_params(f, b, &removed, &preds[b]);
        }
        f.resolve_aliases();
        if !changed && !remove_redundant_param_sccs(f) {
            break;
        }
    }
}

/// Braun et al. §3.2: a strongly connected set of block parameters that only
/// ever receives one value from outside the set is that value (e.g. a flag that
/// is `true` on every path around a loop with an `if` inside). Returns whether
/// anything was removed.
fn remove_redundant_param_sccs(f: &mut Function) -> bool {
    use petgraph::algo::tarjan_scc;
    use petgraph::graph::DiGraph;
    use std::collections::HashMap;
    let mut g: DiGraph<Value, ()> = DiGraph::new();
    let mut node: HashMap<Value, petgraph::graph::NodeIndex> = HashMap::new();
    let mut incoming: HashMap<Value, Vec<Value>> = HashMap::new();
    for &b in &f.layout {
        if b == f.entry {
            continue;
        }
        for &p in &f.blocks[b].params {
            node.insert(p, g.add_node(p));
        }
    }
    for &b in &f.layout {
        for c in f.blocks[b].term.successors() {
            for (k, &a) in c.args.iter().enumerate() {
                let p = f.blocks[c.block].params[k];
                incoming.entry(p).or_default().push(f.resolve(a));
            }
        }
    }
    for (p, args) in &incoming {
        let Some(&to) = node.get(p) else { continue };
        for a in args {
            if let Some(&from) = node.get(a) {
                g.add_edge(to, from, ());
            }
        }
    }
    let mut changed = false;
    for scc in tarjan_scc(&g) {
        if scc.len() < 2 {
            continue;
        }
        let members: Vec<Value> = scc.iter().map(|&n| g[n]).collect();
        let mut outside: Option<Value> = None;
        let mut single = true;
        for p in &members {
            for a in incoming.get(p).into_iter().flatten() {
                if members.contains(a) || Some(*a) == outside {
                    continue;
                }
                if outside.is_some() {
                    single = false;
                }
                outside = Some(*a);
            }
        }
        if let (true, Some(v)) = (single, outside) {
            for p in members {
                f.alias(p, v);
            }
            changed = true;
        }
    }
    if changed {
        // Drop the aliased parameters and their arguments.
        f.resolve_aliases();
        for &b in &f.layout.clone() {
            let dead: Vec<usize> = f.blocks[b]
                .params
                .iter()
                .enumerate()
                .filter(|(_, p)| matches!(f.values[**p].def, ValueDef::Alias(_)))
                .map(|(k, _)| k)
                .collect();
            if !dead.is_empty() {
                let preds = f.predecessors();
                remove_params(f, b, &dead, &preds[b]);
            }
        }
    }
    changed
}

/// Remove parameters at `indexes` of `b` and the matching arguments of every edge into it.
fn remove_params(f: &mut Function, b: crate::Block, indexes: &[usize], preds: &[crate::Block]) {
    let keep = |k: usize| !indexes.contains(&k);
    let params = std::mem::take(&mut f.blocks[b].params);
    f.blocks[b].params = params.iter().enumerate().filter(|(k, _)| keep(*k)).map(|(_, &p)| p).collect();
    for (n, &p) in f.blocks[b].params.clone().iter().enumerate() {
        f.values[p].def = ValueDef::Param(b, n as u32);
    }
    let mut seen = Vec::new();
    for &pred in preds {
        if seen.contains(&pred) {
            continue;
        }
        seen.push(pred);
        for c in f.blocks[pred].term.successors_mut() {
            if c.block == b {
                let args = std::mem::take(&mut c.args);
                c.args = args.into_iter().enumerate().filter(|(k, _)| keep(*k)).map(|(_, a)| a).collect();
            }
        }
    }
}

/// Remove `CheckDefined` whose flag is the constant True.
fn remove_proven_checks(f: &mut Function) {
    for &b in &f.layout.clone() {
        let insts = std::mem::take(&mut f.blocks[b].insts);
        let kept = insts
            .into_iter()
            .filter(|&i| {
                let inst = &f.insts[i];
                !(matches!(inst.op, Op::CheckDefined { .. }) && f.const_of(inst.args[0]) == Some(&Const::Bool(true)))
            })
            .collect();
        f.blocks[b].insts = kept;
    }
}

/// Remove instructions without effects whose results are never used, and block
/// parameters that only feed themselves.
pub fn dead_code(f: &mut Function) {
    let mut live = vec![false; f.values.len()];
    let mut work: Vec<Value> = Vec::new();
    let mark = |v: Value, live: &mut Vec<bool>, work: &mut Vec<Value>| {
        if !live[v.index()] {
            live[v.index()] = true;
            work.push(v);
        }
    };
    for &b in &f.layout {
        for &i in &f.blocks[b].insts {
            if f.insts[i].op.has_effects() {
                for &a in &f.insts[i].args {
                    mark(a, &mut live, &mut work);
                }
                if let Some(r) = f.insts[i].result {
                    live[r.index()] = true;
                }
            }
        }
        match &f.blocks[b].term {
            Terminator::Branch { cond, .. } => mark(*cond, &mut live, &mut work),
            Terminator::Return(v) => mark(*v, &mut live, &mut work),
            _ => {}
        }
    }
    // Incoming arguments of each parameter.
    let mut incoming: Vec<Vec<Value>> = vec![Vec::new(); f.values.len()];
    for &b in &f.layout {
        for c in f.blocks[b].term.successors() {
            for (k, &a) in c.args.iter().enumerate() {
                incoming[f.blocks[c.block].params[k].index()].push(a);
            }
        }
    }
    while let Some(v) = work.pop() {
        match f.values[v].def {
            ValueDef::Inst(i) => {
                for &a in &f.insts[i].args {
                    mark(a, &mut live, &mut work);
                }
            }
            ValueDef::Param(..) => {
                for &a in &incoming[v.index()] {
                    mark(a, &mut live, &mut work);
                }
            }
            ValueDef::Alias(to) => mark(to, &mut live, &mut work),
        }
    }
    let preds = f.predecessors();
    for &b in &f.layout.clone() {
        let insts = std::mem::take(&mut f.blocks[b].insts);
        f.blocks[b].insts = insts
            .into_iter()
            .filter(|&i| f.insts[i].op.has_effects() || f.insts[i].result.is_some_and(|r| live[r.index()]))
            .collect();
        if b != f.entry {
            let dead: Vec<usize> =
                f.blocks[b].params.iter().enumerate().filter(|(_, p)| !live[p.index()]).map(|(k, _)| k).collect();
            if !dead.is_empty() {
                remove_params(f, b, &dead, &preds[b]);
            }
        }
    }
}

/// Make every widening explicit: where a value of type `T` flows into a slot of
/// type `T | None` (a block parameter, a callee parameter, a return, a global),
/// insert a `Copy` at the wider type just before the flow.
pub fn insert_widenings(m: &mut Module) {
    let param_types: Vec<Vec<Type>> =
        m.funcs.values().map(|f| f.params().iter().map(|&p| f.values[p].ty.clone()).collect()).collect();
    let global_types: Vec<Type> = m.globals.values().map(|g| g.ty.clone()).collect();
    for f in m.funcs.values_mut() {
        for b in f.layout.clone() {
            let insts = std::mem::take(&mut f.blocks[b].insts);
            let mut out = Vec::with_capacity(insts.len());
            for i in insts {
                let want: Vec<Option<Type>> = match &f.insts[i].op {
                    Op::Call(c) => param_types[c.index()].iter().cloned().map(Some).collect(),
                    Op::StoreGlobal(g) => vec![Some(global_types[g.index()].clone())],
                    _ => vec![],
                };
                for (k, w) in want.into_iter().enumerate() {
                    let a = f.insts[i].args[k];
                    if let Some(w) = w.filter(|w| *w != f.values[a].ty) {
                        let (ci, cv) = f.make_inst(Op::Copy, vec![a], Some(w), f.insts[i].span);
                        out.push(ci);
                        f.insts[i].args[k] = cv.unwrap();
                    }
                }
                out.push(i);
            }
            // Edges and returns.
            let mut term = f.blocks[b].term.clone();
            let ret = f.ret.clone();
            let widen = |f: &mut Function, v: Value, w: &Type, out: &mut Vec<crate::entities::Inst>| -> Value {
                if f.values[v].ty == *w {
                    return v;
                }
                let span = f.values[v].span;
                let (ci, cv) = f.make_inst(Op::Copy, vec![v], Some(w.clone()), span);
                out.push(ci);
                cv.unwrap()
            };
            match &mut term {
                Terminator::Return(v) => *v = widen(f, *v, &ret, &mut out),
                t => {
                    for c in t.successors_mut() {
                        let params = f.blocks[c.block].params.clone();
                        for (a, p) in c.args.iter_mut().zip(params) {
                            let w = f.values[p].ty.clone();
                            *a = widen(f, *a, &w, &mut out);
                        }
                    }
                }
            }
            f.blocks[b].term = term;
            f.blocks[b].insts = out;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `i + 1` and `j - 1` under `i < j`, `k + 1` under `k <= 5`; `n + 1`
    /// unbounded; `m - 1` under `m <= 5`, which bounds it the wrong way.
    const STEPS: &str = "main fn0

fn fn0 f(n: int, m: int) -> int {
block0(v1: int, v2: int):
    v3: int = const 1
    v4: int = IntAdd v1, v3
    jump block1(v1, v4)
block1(v5: int, v6: int):
    v7: bool = IntLt v5, v6
    branch v7, block2(), block3()
block2():
    v8: int = IntAdd v5, v3
    v9: int = IntSub v6, v3
    jump block1(v8, v9)
block3():
    v10: int = const 5
    v11: bool = IntLe v2, v10
    branch v11, block4(), block5()
block4():
    v12: int = IntAdd v3, v2
    v13: int = IntSub v2, v3
    v14: int = IntAdd v12, v13
    return v14
block5():
    return v5
}
";

    #[test]
    fn steps_a_test_bounds_cannot_overflow() {
        let mut m = crate::parse::parse_module(STEPS).expect("the IR parses");
        let f = m.funcs.values_mut().next().expect("a function");
        bounded_steps(f);
        let text = crate::print::print_function(f);
        assert!(text.contains("v4: int = IntAdd v1, v3"), "{text}");
        assert!(text.contains("v8: int = IntRangeNext v5, v3"), "{text}");
        assert!(text.contains("v9: int = IntRangeNext v6, v"), "{text}");
        assert!(text.contains("v12: int = IntRangeNext v2, v3"), "{text}");
        assert!(text.contains("v13: int = IntSub v2, v3"), "{text}");
        assert!(text.contains("v14: int = IntAdd v12, v13"), "{text}");
    }
}
