//! The IR verifier, run after every pass in debug builds and tests.
//!
//! Invariants checked (all errors are reported, each with the offending item):
//! 1. The entry block is live and first in the layout; it has no predecessors.
//! 2. Every instruction of a live block belongs to exactly one block.
//! 3. Every jump passes as many arguments as its target takes parameters, and
//!    targets a live block.
//! 4. No use refers to an alias; every used value is defined in a live block and
//!    its definition dominates the use (SSA).
//! 5. The CFG is reducible.
//! 6. When `typed`: every value has a known type, argument types match block
//!    parameter types, returns match the function's return type.
//! 7. When `lowered`: no Python-level op remains and primitive operands have the
//!    types the primitive's signature names.

use crate::cfg::Cfg;
use crate::entities::{Block, EntityRef, Inst, Value};
use crate::function::{Function, ValueDef};
use crate::module::Module;
use crate::ops::{Op, PrimTy};
use crate::print::print_inst;
use crate::types::Type;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Level {
    pub typed: bool,
    pub lowered: bool,
}

/// A backend's check of the lowered module it is given: every verifier error,
/// as notes of one bug diagnostic naming the backend (`"C backend"`).
#[allow(clippy::result_large_err)] // a Diagnostic, as the backends return
pub fn verify_for_backend(m: &Module, backend: &str) -> Result<(), crate::Diagnostic> {
    verify_module(m, Level { typed: true, lowered: true }).map_err(|errors| {
        errors.into_iter().fold(crate::Diagnostic::bug(crate::Span::DUMMY, format!("{backend}: the module does not pass the IR verifier")), |d, e| d.with_note(e))
    })
}

pub fn verify_module(m: &Module, level: Level) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    for (id, f) in m.funcs.iter() {
        let mut es = verify_function(f, level).err().unwrap_or_default();
        if level.typed {
            es.extend(check_flows(m, f));
        }
        errors.extend(es.into_iter().map(|e| format!("{id} {}: {e}", f.name)));
    }
    if let Some(main) = m.main
        && m.funcs.get(main).is_none() {
            errors.push(format!("main {main} does not exist"));
        }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

pub fn verify_function(f: &Function, level: Level) -> Result<(), Vec<String>> {
    let mut errs = Vec::new();
    if f.layout.first() != Some(&f.entry) {
        errs.push(format!("entry {} is not first in the layout", f.entry));
    }
    let cfg = Cfg::new(f);
    if !cfg.preds(f.entry).is_empty() {
        errs.push(format!("entry {} has predecessors", f.entry));
    }
    let live: Vec<bool> = {
        let mut l = vec![false; f.blocks.len()];
        for &b in &f.layout {
            l[b.index()] = true;
        }
        l
    };
    // Where each value is defined: (block, position; params at -1).
    let mut def_at: Vec<Option<(Block, isize)>> = vec![None; f.values.len()];
    let mut owner: Vec<Option<Block>> = vec![None; f.insts.len()];
    for &b in &f.layout {
        for &p in &f.blocks[b].params {
            def_at[p.index()] = Some((b, -1));
            if f.values[p].def != ValueDef::Param(b, f.blocks[b].params.iter().position(|&q| q == p).unwrap() as u32) {
                errs.push(format!("{p} is a parameter of {b} but not defined as one"));
            }
        }
        for (pos, &i) in f.blocks[b].insts.iter().enumerate() {
            if let Some(prev) = owner[i.index()] {
                errs.push(format!("{i} appears in {prev} and {b}"));
            }
            owner[i.index()] = Some(b);
            if let Some(r) = f.insts[i].result {
                def_at[r.index()] = Some((b, pos as isize));
            }
        }
    }
    let check_use = |errs: &mut Vec<String>, v: Value, b: Block, pos: isize, what: &dyn Fn() -> String| {
        if matches!(f.values.get(v).map(|d| d.def), Some(ValueDef::Alias(_))) {
            errs.push(format!("{} uses alias {v}", what()));
            return;
        }
        match def_at.get(v.index()).copied().flatten() {
            None => errs.push(format!("{} uses {v}, which is not defined in a live block", what())),
            Some((db, dpos)) => {
                let ok = if db == b { dpos < pos } else { cfg.dominates(db, b) };
                if !ok && cfg.is_reachable(b) {
                    errs.push(format!("{} uses {v}, whose definition in {db} does not dominate it", what()));
                }
            }
        }
    };
    for &b in &f.layout {
        let data = &f.blocks[b];
        for (pos, &i) in data.insts.iter().enumerate() {
            let inst = &f.insts[i];
            for &a in &inst.args {
                check_use(&mut errs, a, b, pos as isize, &|| format!("in {b}: {}", print_inst(f, i)));
            }
            if level.lowered && inst.op.is_python_level() {
                errs.push(format!("in {b}: Python-level op after lowering: {}", print_inst(f, i)));
            }
            if level.typed {
                check_types(f, i, &mut errs, level.lowered);
            }
        }
        let end = data.insts.len() as isize;
        for v in data.term.uses() {
            check_use(&mut errs, v, b, end, &|| format!("terminator of {b}"));
        }
        for c in data.term.successors() {
            if !live[c.block.index()] {
                errs.push(format!("{b} jumps to dead block {}", c.block));
                continue;
            }
            let want = f.blocks[c.block].params.len();
            if c.args.len() != want {
                errs.push(format!("{b} passes {} arguments to {}, which takes {want}", c.args.len(), c.block));
            }
            if level.typed {
                for (a, p) in c.args.iter().zip(&f.blocks[c.block].params) {
                    if f.values[*a].ty != f.values[*p].ty {
                        errs.push(format!("{b} passes {a}: {} to {p}: {}", f.values[*a].ty, f.values[*p].ty));
                    }
                }
            }
        }
        if level.typed {
            if let crate::function::Terminator::Return(v) = &data.term
                && f.values[*v].ty != f.ret {
                    errs.push(format!("{b} returns {v}: {} from a function returning {}", f.values[*v].ty, f.ret));
                }
            for &p in &data.params {
                if !f.values[p].ty.is_known() {
                    errs.push(format!("parameter {p} of {b} has no type"));
                }
            }
        }
    }
    if !cfg.is_reducible() {
        errs.push("the control-flow graph is irreducible".to_string());
    }
    if errs.is_empty() { Ok(()) } else { Err(errs) }
}

fn check_types(f: &Function, i: Inst, errs: &mut Vec<String>, lowered: bool) {
    let inst = &f.insts[i];
    if let Some(r) = inst.result
        && !f.values[r].ty.is_known() && inst.op != Op::Undef {
            errs.push(format!("{} has no type", print_inst(f, i)));
        }
    if let Some(r) = inst.result
        && !f.values[r].ty.is_settled() && f.values[r].ty.is_known() {
            errs.push(format!("{} has an unsettled type", print_inst(f, i)));
        }
    if !lowered {
        return;
    }
    if let Op::Method(m) = inst.op {
        // A library function has no receiver.
        let want = m.get().params.len() + usize::from(!m.get().recv.is_module());
        if inst.args.len() != want {
            errs.push(format!("{} takes {want} operands", print_inst(f, i)));
        }
    }
    if let Op::Prim(p) = inst.op {
        let (args, ret) = p.signature();
        if args.len() != inst.args.len() {
            errs.push(format!("{} takes {} operands", print_inst(f, i), args.len()));
            return;
        }
        for (k, (want, &a)) in args.iter().zip(&inst.args).enumerate() {
            if !want.accepts(&f.values[a].ty) {
                errs.push(format!("operand {k} of {} should be {want:?}", print_inst(f, i)));
            }
        }
        let got = inst.result.map(|r| f.values[r].ty.clone());
        if got != ret.to_type() && !(ret == PrimTy::Void && got.is_none()) {
            errs.push(format!("{} should produce {:?}", print_inst(f, i), ret.to_type().unwrap_or(Type::None)));
        }
    }
}

/// Calls pass arguments of the callee's parameter types; stores match the global's type.
fn check_flows(m: &Module, f: &Function) -> Vec<String> {
    let mut errs = Vec::new();
    for &b in &f.layout {
        for &i in &f.blocks[b].insts {
            let inst = &f.insts[i];
            match &inst.op {
                Op::Call(c) => {
                    let Some(callee) = m.funcs.get(*c) else {
                        errs.push(format!("{} calls a missing function", print_inst(f, i)));
                        continue;
                    };
                    if callee.params().len() != inst.args.len() {
                        errs.push(format!("{} passes {} arguments to {} parameters", print_inst(f, i), inst.args.len(), callee.params().len()));
                        continue;
                    }
                    for (a, p) in inst.args.iter().zip(callee.params()) {
                        if f.values[*a].ty != callee.values[*p].ty {
                            errs.push(format!("{} passes {a}: {} to a parameter of type {}", print_inst(f, i), f.values[*a].ty, callee.values[*p].ty));
                        }
                    }
                    let ret = callee.call_ret();
                    if let Some(r) = inst.result
                        && f.values[r].ty != ret {
                            errs.push(format!("{} has type {} but the callee returns {}", print_inst(f, i), f.values[r].ty, ret));
                        }
                }
                Op::StoreGlobal(g) if f.values[inst.args[0]].ty != m.globals[*g].ty => {
                    errs.push(format!("{} stores a {} into a global of type {}", print_inst(f, i), f.values[inst.args[0]].ty, m.globals[*g].ty));
                }
                Op::LoadGlobal(g) if inst.result.is_some_and(|r| f.values[r].ty != m.globals[*g].ty) => {
                    errs.push(format!("{} loads a global of type {}", print_inst(f, i), m.globals[*g].ty));
                }
                _ => {}
            }
        }
    }
    errs
}
