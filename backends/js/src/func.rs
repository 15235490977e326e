//! One IR function → one JS function declaration.
//!
//! Control flow comes from [`pyrt_ir::structure`]: labeled blocks and
//! `while (true)` loops with labeled `break`/`continue`, no dispatch loop. Block
//! parameters are variables declared once at the top of the function; a jump
//! assigns them in parallel (see [`FnEmitter::emit_copy`]).
//!
//! ## Which values become expressions inside their use
//!
//! * constants and `undef`: at every use (an integer constant outside ±(2⁵³−1)
//!   raises OverflowError where it is defined instead);
//! * a value without effects used once, later in its own block, with no
//!   instruction with effects between definition and use;
//! * a value *with* effects (a call, an op that may raise) used once, later in its
//!   own block, when only constants or dead pure instructions lie between and the
//!   use evaluates it unconditionally: an operand of an instruction other than a
//!   `select` arm, a branch condition, a returned value, or an argument of an
//!   unconditional jump (which the copy then evaluates first).
//!
//! In a function that calls others, a returned value is never an expression
//! with an effect (see below).
//!
//! Everything else is a statement at its own position (`v = expr;`, or `expr;` when
//! unused). This keeps the IR's order of effects exactly: every effect still happens
//! where it did relative to every other effect and to every read of state an effect
//! may change (globals), because a moved expression never crosses an effect.
//! "Effect" here is [`Op::has_effects`] plus reads of checked globals, which raise
//! NameError.

use crate::descs::Descs;
use crate::js::{self, E};
use crate::names::{self, Names};
use pyrt_ir::structure::{Exit, Node, structure};
use pyrt_ir::{Block, Const, Diagnostic, EntityRef, Function, Inst, Module, Op, Prim, Terminator, Value, ValueDef};
use std::collections::{HashMap, HashSet};
use swc_ecma_ast::{BinaryOp, Stmt, UnaryOp};

/// CPython's default recursion limit: at most this many Python frames, the
/// module's included, may be live; the next call raises RecursionError.
///
/// Every function counts its frame in `$be_depth` (runtime/js/extra.js): one that
/// calls others increments it on entry and decrements it before each `return`
/// (returned expressions hold no calls, so the count is right while they run); a
/// leaf only checks it. An exception leaves the count as it was where it was
/// raised: a future `except` must restore its own frame's count.
const RECURSION_LIMIT: i64 = 1000;
const DEPTH: &str = "$be_depth";

/// The largest integer every double next to it represents exactly: JS ints live in ±this.
const MAX_EXACT_INT: i64 = (1 << 53) - 1;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Kind {
    /// A JS variable (block parameters, values used in other blocks or more than once).
    Var,
    /// Built into its single use.
    Inline,
    /// A constant or undef: built at every use.
    Const,
    /// No uses: the instruction is a bare statement (or nothing, without effects).
    Unused,
}

/// Where a value is used, for the inlining decision.
#[derive(Copy, Clone, Debug)]
struct Use {
    block: Block,
    /// Instruction index in the block; the terminator is at `insts.len()`.
    pos: usize,
    /// Whether an effect may be evaluated in this slot (unconditionally and in order).
    effect_ok: bool,
}

pub struct FnEmitter<'a> {
    m: &'a Module,
    names: &'a Names,
    descs: &'a Descs,
    f: &'a Function,
    kind: Vec<Kind>,
    /// Whether the expression built for an inlined value contains an effect.
    tree_effect: Vec<bool>,
    var: Vec<String>,
    /// Parameters saved to temporaries during the current jump's copy.
    subst: HashMap<Value, String>,
    temps: usize,
    break_targets: HashSet<Block>,
    continue_targets: HashSet<Block>,
    /// Whether the function calls others (and so keeps the frame count, see [`RECURSION_LIMIT`]).
    calls: bool,
    /// The parameters of the enclosing `catch` clauses, innermost last.
    catch_params: Vec<String>,
    /// Whether the function has a `try` (and so saves its frame count in [`FRAME_DEPTH`]).
    has_try: bool,
}

/// A function's own frame count, saved on entry when a handler must restore it.
const FRAME_DEPTH: &str = "d0";

/// The JS variable of frame slot `k` (`s$<k>$<name>`: no other name has a `$` after a letter and digit).
fn slot_name(f: &Function, k: u32) -> String {
    let name = f.slots.get(k as usize).map(|(n, _)| names::sanitize(n)).unwrap_or_default();
    format!("s${k}${name}")
}

enum Src {
    Val(Value),
    Temp(String),
}

struct Move {
    dst: Value,
    src: Src,
    reads: Vec<Value>,
}

/// One function's JS: a declaration (two for a generator: the JS generator and
/// the function that wraps its object in the runtime's iterator protocol),
/// with the functions defined inside it (closures) declared first in its body.
pub fn emit_function(m: &Module, names: &Names, descs: &Descs, f: &Function, name: &str, nested: Vec<Stmt>) -> Result<Vec<Stmt>, Diagnostic> {
    let mut e = FnEmitter {
        m,
        names,
        descs,
        f,
        kind: vec![Kind::Var; f.values.len()],
        tree_effect: Vec::new(),
        var: Vec::new(),
        subst: HashMap::new(),
        temps: 0,
        break_targets: HashSet::new(),
        continue_targets: HashSet::new(),
        catch_params: Vec::new(),
        has_try: false,
        // A generator's frame is suspended between its steps: it does not count.
        calls: !f.generator
            && !f.is_async
            && f.layout.iter().flat_map(|&b| &f.blocks[b].insts).any(|&i| matches!(f.insts[i].op, Op::Call(_) | Op::CallValue | Op::CallSlot { .. } | Op::DispatchBinary { .. })),
    };
    e.name_values();
    e.analyze();
    let tree = structure(f);
    e.find_targets(&tree);
    let mut body = Vec::new();
    e.emit_nodes(&tree, &mut body)?;

    let params: Vec<String> = f.params().iter().map(|&p| e.var[p.index()].clone()).collect();
    let mut locals = Vec::new();
    for &b in &f.layout {
        if b != f.entry {
            locals.extend(f.blocks[b].params.iter().map(|p| e.var[p.index()].clone()));
        }
        for &i in &f.blocks[b].insts {
            if let Some(r) = f.insts[i].result
                && e.kind[r.index()] == Kind::Var
            {
                locals.push(e.var[r.index()].clone());
            }
        }
    }
    locals.extend((0..e.temps).map(names::temp));
    locals.extend((0..f.slots.len() as u32).map(|k| slot_name(f, k)));
    let mut stmts: Vec<Stmt> = js::let_decl(&locals).into_iter().collect();
    stmts.extend(nested);
    let limit = js::int_lit(RECURSION_LIMIT);
    let too_deep = if e.calls {
        js::bin(BinaryOp::Gt, js::update(DEPTH, true, true), limit)
    } else {
        js::bin(BinaryOp::GtEq, js::id(DEPTH), limit)
    };
    let raise = raise_call("$RecursionError", "maximum recursion depth exceeded");
    // An async function's frame is suspended at each `await`: it does not count.
    if !f.generator && !f.is_async {
        stmts.push(js::guard(too_deep, js::expr_stmt(raise)));
    }
    if e.has_try && e.calls {
        stmts.push(js::const_decl(FRAME_DEPTH, js::id(DEPTH)));
    }
    stmts.extend(body);
    // Calls through function values may leave out parameters with constant defaults.
    let defaults: Vec<Option<E>> = f
        .defaults
        .iter()
        .map(|d| match d {
            Some(pyrt_ir::DefaultArg::Const(c)) => Some(const_expr(c)),
            _ => None,
        })
        .collect();
    if f.generator {
        let inner = format!("{name}$gen");
        let call = js::call_named(&inner, params.iter().map(|p| js::id(p)).collect());
        let wrapper = js::function_kind(name, &params, &defaults, vec![js::ret(js::call_named("$gen_iter", vec![call]))], false);
        return Ok(vec![js::function_kind(&inner, &params, &[], stmts, true), wrapper]);
    }
    if f.is_async {
        // Its Promise rejects with a JS Error (a Python exception's face), as
        // exceptions leave Python for JS everywhere; `await` in Python turns
        // it back into the Python exception.
        let e = "$e".to_string();
        let rethrow = vec![js::throw(js::call_named("$js_error", vec![js::id(&e)]))];
        stmts = vec![js::try_stmt(stmts, Some((&e, rethrow)), None)];
    }
    Ok(vec![js::function_full(name, &params, &defaults, stmts, false, f.is_async)])
}

impl FnEmitter<'_> {
    fn name_values(&mut self) {
        let f = self.f;
        self.var = f.values.iter().map(|(v, d)| names::local(d.name.as_deref(), v.index())).collect();
        for (k, &p) in f.params().iter().enumerate() {
            if f.values[p].name.is_none()
                && let Some(n) = f.param_names.get(k)
            {
                self.var[p.index()] = names::local(Some(n), p.index());
            }
        }
    }

    fn resolve(&self, v: Value) -> Value { self.f.resolve(v) }

    fn def_inst(&self, v: Value) -> Option<Inst> {
        match self.f.values[v].def {
            ValueDef::Inst(i) => Some(i),
            _ => None,
        }
    }

    /// Whether evaluating the instruction has an effect (or may raise).
    fn effectful(&self, i: Inst) -> bool {
        match &self.f.insts[i].op {
            Op::LoadGlobal(g) => self.m.globals.get(*g).is_none_or(|g| g.checked),
            Op::Const(Const::Int(n)) => !int_is_exact(*n),
            op => op.has_effects(),
        }
    }

    fn is_const(&self, i: Inst) -> bool {
        match &self.f.insts[i].op {
            Op::Const(Const::Int(n)) => int_is_exact(*n),
            Op::Const(_) | Op::Undef => true,
            _ => false,
        }
    }

    fn analyze(&mut self) {
        let f = self.f;
        let mut uses: Vec<Vec<Use>> = vec![Vec::new(); f.values.len()];
        for &b in &f.layout {
            let data = &f.blocks[b];
            for (pos, &i) in data.insts.iter().enumerate() {
                let inst = &f.insts[i];
                for (k, &a) in inst.args.iter().enumerate() {
                    let effect_ok = !(inst.op == Op::Select && k > 0);
                    uses[self.resolve(a).index()].push(Use { block: b, pos, effect_ok });
                }
            }
            let end = data.insts.len();
            let mut add = |v: Value, effect_ok: bool| uses[f.resolve(v).index()].push(Use { block: b, pos: end, effect_ok });
            match &data.term {
                Terminator::Jump(c) => c.args.iter().for_each(|&a| add(a, true)),
                Terminator::Branch { cond, then_, else_ } => {
                    add(*cond, true);
                    then_.args.iter().chain(&else_.args).for_each(|&a| add(a, false));
                }
                Terminator::Return(v) => add(*v, !self.calls),
                Terminator::Try { after, .. } => after.args.iter().for_each(|&a| add(a, false)),
                Terminator::Unreachable | Terminator::EndFinally => {}
            }
        }

        let mut tree_effect = vec![false; f.values.len()];
        for &b in &f.layout {
            let insts = &f.blocks[b].insts;
            let effectful: Vec<bool> = insts.iter().map(|&i| self.effectful(i)).collect();
            // Instructions that print nothing where they stand.
            let silent: Vec<bool> = insts
                .iter()
                .zip(&effectful)
                .map(|(&i, &eff)| {
                    self.is_const(i) || (!eff && f.insts[i].result.is_none_or(|r| uses[r.index()].is_empty()))
                })
                .collect();
            // Prefix counts, so "none between p and u" is O(1).
            let prefix = |flags: &mut dyn Iterator<Item = bool>| {
                let mut acc = vec![0usize];
                for x in flags {
                    acc.push(acc.last().unwrap() + x as usize);
                }
                acc
            };
            let effects_before = prefix(&mut effectful.iter().copied());
            let loud_before = prefix(&mut silent.iter().map(|s| !s));
            let none_between = |acc: &[usize], p: usize, u: usize| acc[u] == acc[p + 1];
            for (p, &i) in insts.iter().enumerate() {
                let Some(r) = f.insts[i].result else { continue };
                let inst = &f.insts[i];
                if self.is_const(i) {
                    self.kind[r.index()] = Kind::Const;
                    continue;
                }
                let eff = effectful[p]
                    || inst.args.iter().any(|&a| {
                        let a = self.resolve(a);
                        self.kind[a.index()] == Kind::Inline && tree_effect[a.index()]
                    });
                tree_effect[r.index()] = eff;
                self.kind[r.index()] = match uses[r.index()].as_slice() {
                    [] => Kind::Unused,
                    [u] if u.block == b && u.pos > p => {
                        let ok = if eff {
                            u.effect_ok && none_between(&loud_before, p, u.pos)
                        } else {
                            none_between(&effects_before, p, u.pos)
                        };
                        if ok { Kind::Inline } else { Kind::Var }
                    }
                    _ => Kind::Var,
                };
            }
        }
        self.tree_effect = tree_effect;
    }

    fn find_targets(&mut self, nodes: &[Node]) {
        for n in nodes {
            match n {
                Node::Block { body, .. } | Node::Loop { body, .. } => self.find_targets(body),
                Node::If { then_, else_, .. } => {
                    self.find_targets(then_);
                    self.find_targets(else_);
                }
                Node::Try { body, handler, finally } => {
                    self.find_targets(body);
                    for r in handler.iter().chain(finally) {
                        self.find_targets(r);
                    }
                }
                Node::Edge { exit: Exit::Break(b), .. } => {
                    self.break_targets.insert(*b);
                }
                Node::Edge { exit: Exit::Continue(b), .. } => {
                    self.continue_targets.insert(*b);
                }
                _ => {}
            }
        }
    }

    fn emit_nodes(&mut self, nodes: &[Node], out: &mut Vec<Stmt>) -> Result<(), Diagnostic> {
        for n in nodes {
            match n {
                Node::Insts(b) => {
                    let f = self.f;
                    for &i in &f.blocks[*b].insts {
                        self.emit_inst(i, out)?;
                    }
                }
                Node::Block { label, body } => {
                    let mut inner = Vec::new();
                    self.emit_nodes(body, &mut inner)?;
                    let name = names::block_label(*label);
                    // A break at the very end of the block is where control goes anyway.
                    js::strip_tail_jumps(&mut inner, &|s| js::is_break_to(s, &name));
                    if self.break_targets.contains(label) && js::jumps_to(&inner, &name) {
                        out.push(js::labeled(&name, Stmt::Block(js::block(inner))));
                    } else {
                        out.extend(inner);
                    }
                }
                Node::Loop { label, body } => {
                    let mut inner = Vec::new();
                    self.emit_nodes(body, &mut inner)?;
                    let name = names::loop_label(*label);
                    // Likewise a continue at the very end of the loop body.
                    js::strip_tail_jumps(&mut inner, &|s| js::is_continue_to(s, &name));
                    let targeted = self.continue_targets.contains(label) && js::jumps_to(&inner, &name);
                    let lp = js::while_true(inner);
                    out.push(if targeted { js::labeled(&name, lp) } else { lp });
                }
                Node::If { cond, then_, else_ } => {
                    let test = self.operand(*cond)?;
                    let (mut t, mut e) = (Vec::new(), Vec::new());
                    self.emit_nodes(then_, &mut t)?;
                    self.emit_nodes(else_, &mut e)?;
                    // When an arm always leaves (break/continue/return/throw), the
                    // other arm needs no nesting: chains of `and`/`or` and `elif`
                    // stay flat instead of growing one level per operand.
                    let (t_leaves, e_leaves) = (ends_abruptly(&t), ends_abruptly(&e));
                    if e_leaves && (!t_leaves || e.len() <= t.len()) {
                        out.push(js::if_stmt(js::unary(UnaryOp::Bang, test), e, Vec::new()));
                        out.extend(t);
                    } else if t_leaves {
                        out.push(js::if_stmt(test, t, Vec::new()));
                        out.extend(e);
                    } else {
                        out.push(match (t.is_empty(), e.is_empty()) {
                            (true, true) => js::expr_stmt(test),
                            (true, false) => js::if_stmt(js::unary(UnaryOp::Bang, test), e, t),
                            _ => js::if_stmt(test, t, e),
                        });
                    }
                }
                Node::Edge { target, args, exit } => {
                    self.emit_copy(*target, args, out)?;
                    match exit {
                        Exit::Break(b) => out.push(js::break_to(&names::block_label(*b))),
                        Exit::Continue(b) => out.push(js::continue_to(&names::loop_label(*b))),
                        Exit::Fallthrough => {}
                    }
                }
                Node::Try { body, handler, finally } => {
                    let mut b = Vec::new();
                    self.emit_nodes(body, &mut b)?;
                    let h = match handler {
                        Some(h) => {
                            let param = format!("e{}", self.catch_params.len());
                            self.catch_params.push(param.clone());
                            let mut hs = Vec::new();
                            // The frames the exception unwound no longer count.
                            if self.calls {
                                hs.push(js::assign(DEPTH, js::id(FRAME_DEPTH)));
                            }
                            let r = self.emit_nodes(h, &mut hs);
                            self.catch_params.pop();
                            r?;
                            Some((param, hs))
                        }
                        None => None,
                    };
                    let fin = match finally {
                        Some(fs) => {
                            let mut out = Vec::new();
                            self.emit_nodes(fs, &mut out)?;
                            Some(out)
                        }
                        None => None,
                    };
                    self.has_try = true;
                    out.push(js::try_stmt(b, h.as_ref().map(|(p, hs)| (p.as_str(), hs.clone())), fin));
                }
                Node::Return(v) => {
                    let mut e = self.operand(*v)?;
                    // An async function's Promise resolves to a JS value.
                    if self.f.is_async {
                        e = self.js_out(e, self.f.ty(*v));
                    }
                    if self.calls {
                        out.push(js::expr_stmt(js::update(DEPTH, false, false)));
                    }
                    out.push(js::ret(e));
                }
                Node::Unreachable => out.push(js::throw(js::call_named("$be_unreachable", vec![]))),
            }
        }
        Ok(())
    }

    fn emit_inst(&mut self, i: Inst, out: &mut Vec<Stmt>) -> Result<(), Diagnostic> {
        let f = self.f;
        let inst = &f.insts[i];
        let kind = inst.result.map(|r| self.kind[r.index()]);
        match (kind, inst.result) {
            (Some(Kind::Const | Kind::Inline), _) => return Ok(()),
            // Unused and without effects, operands included: nothing to do.
            (Some(Kind::Unused), Some(r)) if !self.tree_effect[r.index()] => return Ok(()),
            _ => {}
        }
        if inst.op == Op::Throw {
            let e = self.operand(inst.args[0])?;
            out.push(js::throw(e));
            return Ok(());
        }
        if let Op::CheckDefined { name, global } = &inst.op {
            let flag = self.operand(inst.args[0])?;
            let raise = if *global {
                raise_call("$NameError", &format!("name '{name}' is not defined"))
            } else {
                raise_call(
                    "$UnboundLocalError",
                    &format!("cannot access local variable '{name}' where it is not associated with a value"),
                )
            };
            out.push(js::guard(js::unary(UnaryOp::Bang, flag), js::expr_stmt(raise)));
            return Ok(());
        }
        let e = self.expr_of(i)?;
        out.push(match (kind, inst.result) {
            (Some(Kind::Var), Some(r)) => js::assign(&self.var[r.index()], e),
            _ => js::expr_stmt(e),
        });
        Ok(())
    }

    /// Assign `args` to the parameters of `target` as one parallel assignment.
    ///
    /// Assignments are ordered so that no parameter is overwritten while another
    /// argument still reads it; a cycle (`a, b = b, a`) saves one parameter in a
    /// temporary. An argument with an effect (there is at most one, see the module
    /// docs) is evaluated first, so the effect happens before any assignment.
    fn emit_copy(&mut self, target: Block, args: &[Value], out: &mut Vec<Stmt>) -> Result<(), Diagnostic> {
        let params = self.f.blocks[target].params.clone();
        if params.len() != args.len() {
            return Err(Diagnostic::bug(self.f.span, format!("jump to {target} passes {} arguments for {} parameters", args.len(), params.len())));
        }
        let mut moves: Vec<Move> = Vec::new();
        let mut first: Option<Move> = None;
        for (&p, &a) in params.iter().zip(args) {
            let a = self.resolve(a);
            if a == p {
                continue;
            }
            let mut reads = Vec::new();
            self.reads(a, &mut reads);
            let m = Move { dst: p, src: Src::Val(a), reads };
            if self.kind[a.index()] == Kind::Inline && self.tree_effect[a.index()] && first.is_none() {
                first = Some(m);
            } else {
                moves.push(m);
            }
        }
        let mut temps = 0;
        let mut new_temp = |me: &mut Self| {
            let t = names::temp(temps);
            temps += 1;
            me.temps = me.temps.max(temps);
            t
        };
        if let Some(m) = first {
            let e = self.source(&m.src)?;
            if moves.iter().any(|o| o.reads.contains(&m.dst)) {
                let t = new_temp(self);
                out.push(js::assign(&t, e));
                moves.push(Move { dst: m.dst, src: Src::Temp(t), reads: Vec::new() });
            } else {
                out.push(js::assign(&self.var[m.dst.index()], e));
            }
        }
        while !moves.is_empty() {
            let free = (0..moves.len()).find(|&k| {
                let dst = moves[k].dst;
                moves.iter().enumerate().all(|(j, o)| j == k || !o.reads.contains(&dst))
            });
            match free {
                Some(k) => {
                    let m = moves.remove(k);
                    let e = self.source(&m.src)?;
                    out.push(js::assign(&self.var[m.dst.index()], e));
                }
                None => {
                    // Every remaining target is still read: save one, redirect its readers.
                    let dst = moves[0].dst;
                    let t = new_temp(self);
                    out.push(js::assign(&t, js::id(&self.var[dst.index()])));
                    self.subst.insert(dst, t);
                    for o in &mut moves {
                        o.reads.retain(|&r| r != dst);
                    }
                }
            }
        }
        self.subst.clear();
        Ok(())
    }

    fn source(&mut self, s: &Src) -> Result<E, Diagnostic> {
        match s {
            Src::Val(v) => self.operand(*v),
            Src::Temp(t) => Ok(js::id(t)),
        }
    }

    /// The variables the expression for `v` reads.
    fn reads(&self, v: Value, out: &mut Vec<Value>) {
        let v = self.resolve(v);
        match self.kind[v.index()] {
            Kind::Const => {}
            Kind::Inline => {
                if let Some(i) = self.def_inst(v) {
                    for &a in &self.f.insts[i].args {
                        self.reads(a, out);
                    }
                }
            }
            Kind::Var | Kind::Unused => out.push(v),
        }
    }

    /// The expression for a use of `v`.
    fn operand(&mut self, v: Value) -> Result<E, Diagnostic> {
        let v = self.resolve(v);
        match (self.kind[v.index()], self.def_inst(v)) {
            (Kind::Const | Kind::Inline, Some(i)) => self.expr_of(i),
            _ => Ok(js::id(self.subst.get(&v).unwrap_or(&self.var[v.index()]))),
        }
    }

    fn operands(&mut self, i: Inst) -> Result<Vec<E>, Diagnostic> {
        let f = self.f;
        f.insts[i].args.iter().map(|&a| self.operand(a)).collect()
    }

    /// The expression computing instruction `i` (its operands built in order).
    fn expr_of(&mut self, i: Inst) -> Result<E, Diagnostic> {
        let f = self.f;
        let inst = &f.insts[i];
        let span = inst.span;
        let op = inst.op.clone();
        let want = |n: usize| -> Result<(), Diagnostic> {
            if inst.args.len() == n {
                Ok(())
            } else {
                Err(Diagnostic::bug(span, format!("JS backend: `{op}` with {} operands", inst.args.len())))
            }
        };
        match &op {
            Op::Const(_) | Op::Undef | Op::Argv | Op::Raise { .. } => want(0)?,
            Op::Copy | Op::StoreGlobal(_) | Op::Unwrap { .. } | Op::UnwrapOr(_) => want(1)?,
            Op::Is => want(2)?,
            Op::Select => want(3)?,
            Op::Prim(p) => want(p.signature().0.len())?,
            _ => {}
        }
        let operands = self.operands(i)?;
        if let Op::FuncRef(fid) = &op {
            let Some(name) = self.names.funcs.get(fid.index()) else {
                return Err(Diagnostic::bug(span, format!("JS backend: reference to unknown function {fid}")));
            };
            return Ok(js::id(name));
        }
        if let Op::CallSlot { name, on_class } = &op {
            let mut it = operands.into_iter();
            let Some(target) = it.next() else { return Err(Diagnostic::bug(span, "JS backend: call_slot without a target")) };
            let target = if *on_class { js::member(target, "prototype") } else { target };
            return Ok(js::call(js::member(target, &names::slot(name)), it.collect()));
        }
        if op == Op::CallValue {
            let mut it = operands.into_iter();
            let Some(callee) = it.next() else { return Err(Diagnostic::bug(span, "JS backend: call_value without a callee")) };
            return Ok(js::call(callee, it.collect()));
        }
        if let Op::Call(fid) = &op {
            let Some(name) = self.names.funcs.get(fid.index()) else {
                return Err(Diagnostic::bug(span, format!("JS backend: call of unknown function {fid}")));
            };
            return Ok(js::call_named(name, operands));
        }
        let mut a = operands.into_iter();
        let mut next = move || a.next().expect("operand count checked");
        Ok(match &op {
            Op::Const(c) => const_expr(c),
            Op::Undef => js::undefined(),
            Op::Copy => next(),
            Op::Call(_) | Op::FuncRef(_) | Op::CallValue | Op::CallSlot { .. } => unreachable!("handled above"),
            Op::ClassRef(c) | Op::Alloc(c) | Op::IsInstance(c) if self.m.classes.get(*c).is_none() => {
                return Err(Diagnostic::bug(span, format!("JS backend: unknown class {c}")));
            }
            Op::ClassRef(c) => js::id(self.names.class(*c)),
            Op::ModuleRef(_) => js::null(),
            Op::Alloc(c) if inst.args.is_empty() => js::new_expr(js::id(self.names.class(*c)), vec![]),
            // An exception keeps its arguments with their types' descriptor.
            Op::Alloc(c) => {
                let t = self.args_desc(&inst.args);
                let args = js::array((0..inst.args.len()).map(|_| next()).collect());
                js::call_named("$exc_new", vec![js::id(self.names.class(*c)), args, t])
            }
            Op::IsInstance(c) if self.m.classes.values().any(|k| k.mixins.contains(c)) => {
                js::call_named("$isinstance_mixin", vec![next(), js::id(self.names.class(*c))])
            }
            Op::IsInstance(c) => js::bin(BinaryOp::InstanceOf, next(), js::id(self.names.class(*c))),
            Op::Downcast(_) => next(),
            Op::ClassOf => js::member(next(), "constructor"),
            Op::BindMethod(n) => js::call_named("$bind_method", vec![next(), js::str_lit(&names::slot(n))]),
            Op::DispatchBinary { name, rname } => {
                let (a, b) = (next(), next());
                js::call_named(if pyrt_ir::module::is_comparison(rname) { "$dispatch_compare" } else { "$dispatch_binary" }, vec![a, b, js::str_lit(&names::slot(name)), js::str_lit(&names::slot(rname))])
            }
            Op::ClassName => js::call_named("$exc_name", vec![next()]),
            Op::Caught => {
                let Some(p) = self.catch_params.last() else {
                    return Err(Diagnostic::bug(span, "JS backend: `caught` outside a handler"));
                };
                js::call_named("$caught", vec![js::id(p)])
            }
            Op::Throw => unreachable!("emitted as a statement"),
            Op::ExcInit => {
                let t = self.args_desc(&inst.args[1..]);
                let o = next();
                let args = js::array((1..inst.args.len()).map(|_| next()).collect());
                js::call_named("$exc_init", vec![o, args, t])
            }
            Op::LoadSlot { slot, name } => {
                let s = slot_name(f, *slot);
                js::cond(
                    js::bin(BinaryOp::EqEqEq, js::id(&s), js::undefined()),
                    raise_call("$UnboundLocalError", &format!("cannot access local variable '{name}' where it is not associated with a value")),
                    js::id(&s),
                )
            }
            Op::StoreSlot(slot) => js::assign_expr(&slot_name(f, *slot), next()),
            Op::LoadOuter { func, slot, name } => {
                let Some(outer) = self.m.funcs.get(*func) else {
                    return Err(Diagnostic::bug(span, format!("JS backend: load from unknown function {func}")));
                };
                let s = slot_name(outer, *slot);
                js::cond(
                    js::bin(BinaryOp::EqEqEq, js::id(&s), js::undefined()),
                    raise_call("$NameError", &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope")),
                    js::id(&s),
                )
            }
            Op::StoreOuter { func, slot } => {
                let Some(outer) = self.m.funcs.get(*func) else {
                    return Err(Diagnostic::bug(span, format!("JS backend: store to unknown function {func}")));
                };
                js::assign_expr(&slot_name(outer, *slot), next())
            }
            Op::Yield => js::yield_expr(next()),
            Op::Js(op) => {
                let n = inst.args.len();
                let arg_ty = inst.args.first().map(|&a| self.f.ty(a).clone());
                self.js_op(op, n, arg_ty, &mut next)
            }
            Op::AllocOf if inst.args.len() == 1 => js::new_expr(next(), vec![]),
            Op::AllocOf => {
                let t = self.args_desc(&inst.args[1..]);
                let cls = next();
                let args = js::array((1..inst.args.len()).map(|_| next()).collect());
                js::call_named("$exc_new", vec![cls, args, t])
            }
            Op::Field(n) => js::member(next(), &names::slot(n)),
            Op::SetField(n) => {
                let o = next();
                js::assign_member(o, &names::slot(n), next())
            }
            Op::ClassAttr(n) => js::member(js::member(next(), "prototype"), &names::slot(n)),
            Op::SetClassAttr(n) => {
                let o = next();
                js::assign_member(js::member(o, "prototype"), &names::slot(n), next())
            }
            Op::LoadGlobal(g) => {
                let Some(global) = self.m.globals.get(*g) else {
                    return Err(Diagnostic::bug(span, format!("JS backend: load of unknown global {g}")));
                };
                let name = self.names.global(*g);
                if global.checked {
                    js::cond(
                        js::bin(BinaryOp::EqEqEq, js::id(name), js::undefined()),
                        raise_call("$NameError", &format!("name '{}' is not defined", global.name)),
                        js::id(name),
                    )
                } else {
                    js::id(name)
                }
            }
            Op::StoreGlobal(g) => {
                if self.m.globals.get(*g).is_none() {
                    return Err(Diagnostic::bug(span, format!("JS backend: store to unknown global {g}")));
                }
                js::assign_expr(self.names.global(*g), next())
            }
            Op::Unwrap { class, message } => js::bin(BinaryOp::NullishCoalescing, next(), raise_call(&format!("${class}"), message)),
            Op::UnwrapOr(c) => js::bin(BinaryOp::NullishCoalescing, next(), const_expr(c)),
            Op::Select => {
                let (c, x, y) = (next(), next(), next());
                js::cond(c, x, y)
            }
            Op::Is => js::bin(BinaryOp::EqEqEq, next(), next()),
            Op::Argv => js::call_named("$argv", vec![]),
            Op::Prim(p) => prim(*p, self.calls, &mut next),
            Op::BuildList | Op::BuildTuple => js::array((0..inst.args.len()).map(|_| next()).collect()),
            Op::BuildSet => {
                let t = self.result_type(i, span)?;
                let consts = f.is_constant_set_display(&inst.args);
                let items = js::array((0..inst.args.len()).map(|_| next()).collect());
                js::call_named(if consts { "$set_const_of" } else { "$set_of" }, vec![self.descs.get(&t), items])
            }
            Op::BuildDict => {
                let t = self.result_type(i, span)?;
                let items = js::array((0..inst.args.len()).map(|_| next()).collect());
                js::call_named("$dict_of", vec![self.descs.get(&t), items])
            }
            Op::TupleGet(k) => js::index(next(), js::int_lit(*k as i64)),
            Op::IterNext => js::call(js::member(next(), "$next"), vec![]),
            Op::IterValue => js::member(next(), "$v"),
            Op::Method(mid) if mid.get().value => js::id(&format!("${}", mid.get().rt)),
            Op::Method(mid) => {
                let m = mid.get();
                let mut args: Vec<E> = (0..inst.args.len()).map(|_| next()).collect();
                if m.typed {
                    let t = f.ty(inst.args[0]).clone();
                    args.push(self.descs.get(&t));
                }
                js::call_named(&format!("${}", m.rt), args)
            }
            Op::Raise { class, message } => {
                if class.is_empty() || !class.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    return Err(Diagnostic::bug(span, format!("JS backend: raise of a bad exception class name {class:?}")));
                }
                raise_call(&format!("${class}"), message)
            }
            Op::CheckDefined { .. }
            | Op::InPlace(_)
            | Op::CallMethod { .. }
            | Op::Unpack(_)
            | Op::Binary(_)
            | Op::Unary(_)
            | Op::Compare(_)
            | Op::Truth
            | Op::Builtin(_)
            | Op::New { .. }
            | Op::GetAttr(_)
            | Op::SetAttr(_)
            | Op::Format => return Err(Diagnostic::bug(span, format!("JS backend: cannot translate `{op}` here (not lowered?)"))),
        })
    }
}

impl FnEmitter<'_> {
    /// The descriptor of a tuple of these values' types.
    /// An operation on JS values (`import js`): the runtime's `$js_*` helpers.
    fn js_op(&self, op: &pyrt_ir::JsOp, n: usize, arg_ty: Option<pyrt_ir::Type>, next: &mut dyn FnMut() -> E) -> E {
        use pyrt_ir::{JsOp, Type};
        let rest = |next: &mut dyn FnMut() -> E, k: usize| js::array((k..n).map(|_| next()).collect());
        match op {
            JsOp::Global(name) => js::call_named("$js_global", vec![js::str_lit(name)]),
            JsOp::Get(name) => js::call_named("$js_get", vec![next(), js::str_lit(name)]),
            JsOp::Set(name) => {
                let o = next();
                js::call_named("$js_set", vec![o, js::str_lit(name), next()])
            }
            JsOp::GetItem => {
                let o = next();
                js::call_named("$js_getitem", vec![o, next()])
            }
            JsOp::SetItem => {
                let (o, k) = (next(), next());
                js::call_named("$js_setitem", vec![o, k, next()])
            }
            JsOp::Call => {
                let f = next();
                js::call_named("$js_call", vec![f, rest(next, 1)])
            }
            JsOp::CallMethod(name) => {
                let o = next();
                js::call_named("$js_call_method", vec![o, js::str_lit(name), rest(next, 1)])
            }
            JsOp::New => {
                let c = next();
                js::call_named("$js_new", vec![c, rest(next, 1)])
            }
            JsOp::Len => js::call_named("$js_len", vec![next()]),
            JsOp::Iter => js::call_named("$js_iter", vec![next()]),
            JsOp::Truth => js::call_named("$js_truth", vec![next()]),
            JsOp::Eq => js::bin(BinaryOp::EqEqEq, next(), next()),
            JsOp::IsNone => js::bin(BinaryOp::EqEq, next(), js::null()),
            JsOp::Str => js::call_named("$js_str", vec![next()]),
            JsOp::ToInt => js::call_named("$js_to_int", vec![next()]),
            JsOp::ToFloat => js::call_named("$js_to_float", vec![next()]),
            JsOp::Out => self.js_out(next(), &arg_ty.unwrap_or(Type::None)),
            JsOp::Await => js::await_expr(js::call_named("$js_await", vec![next()])),
        }
    }

    /// A Python value of type `t` as JS sees it: scalars (None is `null`) are
    /// JS values already, anything else converts by its descriptor (`$js_out`).
    fn js_out(&self, e: E, t: &pyrt_ir::Type) -> E {
        use pyrt_ir::Type;
        match t {
            Type::None | Type::Int | Type::Float | Type::Bool | Type::Str | Type::Js => e,
            t => js::call_named("$js_out", vec![e, self.descs.get(t)]),
        }
    }

    fn args_desc(&self, args: &[Value]) -> E {
        let t = pyrt_ir::Type::Tuple(args.iter().map(|&a| self.f.ty(a).clone()).collect());
        self.descs.get(&t)
    }

    fn result_type(&self, i: Inst, span: pyrt_ir::Span) -> Result<pyrt_ir::Type, Diagnostic> {
        match self.f.insts[i].result {
            Some(r) => Ok(self.f.ty(r).clone()),
            None => Err(Diagnostic::bug(span, "JS backend: a container display without a result")),
        }
    }
}


/// `$raise(cls, "message")`.
fn raise_call(cls: &str, message: &str) -> E { js::call_named("$raise", vec![js::id(cls), js::str_lit(message)]) }

fn const_expr(c: &Const) -> E {
    match c {
        Const::None => js::null(),
        Const::Bool(b) => js::bool_lit(*b),
        Const::Int(n) if int_is_exact(*n) => js::int_lit(*n),
        // The runtime's OverflowError for ints beyond the JS backend's exact range.
        Const::Int(_) => js::call_named("$overflow", vec![]),
        Const::Float(x) => js::float_lit(*x),
        Const::Str(s) => js::str_lit(s),
    }
}

/// A primitive, its operands taken in order from `next`.
/// A primitive; `counts_frame` says whether the function counted its own frame.
fn prim(p: Prim, counts_frame: bool, next: &mut dyn FnMut() -> E) -> E {
    use BinaryOp as B;
    use Prim::*;
    let mut rt = |name: &str, n: usize| js::call_named(name, (0..n).map(|_| next()).collect());
    match p {
        IntAdd => rt("$int_add", 2),
        IntSub => rt("$int_sub", 2),
        IntMul => rt("$int_mul", 2),
        IntFloorDiv => rt("$int_floordiv", 2),
        IntMod => rt("$int_mod", 2),
        IntTrueDiv => rt("$int_truediv", 2),
        IntPow => rt("$int_pow", 2),
        IntInvert => rt("$int_invert", 1),
        IntAnd => rt("$int_and", 2),
        IntOr => rt("$int_or", 2),
        IntXor => rt("$int_xor", 2),
        IntLShift => rt("$int_lshift", 2),
        IntRShift => rt("$int_rshift", 2),
        IntRoundDigits => rt("$int_round", 2),
        IntFormat => rt("$format_int", 2),
        FloatTrueDiv => rt("$float_truediv", 2),
        FloatFloorDiv => rt("$float_floordiv", 2),
        FloatMod => rt("$float_mod", 2),
        FloatPow => rt("$float_pow", 2),
        FloatToInt => rt("$int_from_float", 1),
        FloatRepr => rt("$float_repr", 1),
        FloatRound => rt("$float_round", 1),
        FloatRoundDigits => rt("$float_round_digits", 2),
        FloatFormat => rt("$format_float", 2),
        BoolFormat => rt("$format_bool", 2),
        StrRepeat => rt("$str_repeat", 2),
        StrLen => rt("$str_len", 1),
        StrGetItem => rt("$str_index", 2),
        StrSlice => rt("$str_slice", 4),
        StrContains => rt("$str_contains", 2),
        StrToInt => rt("$int_from_str", 1),
        StrToFloat => rt("$float_from_str", 1),
        StrRepr => rt("$str_repr", 1),
        StrFormat => rt("$format_str", 2),
        // CPython's print needs two recursion levels beyond the caller's frame; a
        // leaf has not counted its own frame (see RECURSION_LIMIT).
        PrintStdout => {
            let s = next();
            js::call_named("$be_print", vec![s, js::int_lit(if counts_frame { 0 } else { 1 })])
        }
        IntAbs | FloatAbs => js::call(js::member(js::id("Math"), "abs"), vec![next()]),
        IntToStr => js::call_named("String", vec![next()]),
        // `0 - a`, not `-a`: an int is never -0.
        IntNeg => {
            let a = next();
            js::bin(B::Sub, js::int_lit(0), a)
        }
        // The same number: the runtime's ints are never -0, so neither is their float.
        IntToFloat => next(),
        // A double sum: exact in the int range; beyond it, it stays beyond it.
        IntRangeNext => {
            let a = next();
            js::bin(B::Add, a, next())
        }
        FloatNeg => js::unary(UnaryOp::Minus, next()),
        BoolNot => js::unary(UnaryOp::Bang, next()),
        IntIsTrue | FloatIsTrue => js::bin(B::NotEqEq, next(), js::int_lit(0)),
        StrIsTrue => js::bin(B::NotEqEq, js::member(next(), "length"), js::int_lit(0)),
        BoolToInt => js::cond(next(), js::int_lit(1), js::int_lit(0)),
        BoolToStr => js::cond(next(), js::str_lit("True"), js::str_lit("False")),
        FloatAdd => bin2(B::Add, next),
        StrConcat => {
            let (l, r) = (next(), next());
            js::concat(l, r)
        }
        FloatSub => bin2(B::Sub, next),
        FloatMul => bin2(B::Mul, next),
        IntEq | FloatEq | BoolEq | StrEq => bin2(B::EqEqEq, next),
        IntNe | FloatNe | BoolNe | StrNe => bin2(B::NotEqEq, next),
        IntLt | FloatLt => bin2(B::Lt, next),
        IntLe | FloatLe => bin2(B::LtEq, next),
        IntGt | FloatGt => bin2(B::Gt, next),
        IntGe | FloatGe => bin2(B::GtEq, next),
        StrLt => str_cmp(B::Lt, next),
        StrLe => str_cmp(B::LtEq, next),
        StrGt => str_cmp(B::Gt, next),
        StrGe => str_cmp(B::GtEq, next),
    }
}

fn bin2(op: BinaryOp, next: &mut dyn FnMut() -> E) -> E {
    let l = next();
    let r = next();
    js::bin(op, l, r)
}

/// `$str_cmp(a, b) <op> 0`.
fn str_cmp(op: BinaryOp, next: &mut dyn FnMut() -> E) -> E {
    let c = js::call_named("$str_cmp", vec![next(), next()]);
    js::bin(op, c, js::int_lit(0))
}

fn int_is_exact(n: i64) -> bool { (-MAX_EXACT_INT..=MAX_EXACT_INT).contains(&n) }

/// Whether control never runs past the end of `stmts`.
fn ends_abruptly(stmts: &[Stmt]) -> bool {
    matches!(stmts.last(), Some(Stmt::Break(_) | Stmt::Continue(_) | Stmt::Return(_) | Stmt::Throw(_)))
}
