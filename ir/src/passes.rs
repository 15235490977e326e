//! The IR passes after the frontend, in one table: the driver runs them in this
//! order, verifies after each (debug builds and tests), and can dump the IR
//! after any of them (`--dump-ir=after:<name>`).

use crate::entities::{EntityRef, Value};
use crate::function::{Function, Terminator, ValueDef};
use crate::module::Module;
use crate::ops::{Const, Op};
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
        doc: "drop definedness checks proven true, trivial block parameters and dead code",
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
    dead_code(f);
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
