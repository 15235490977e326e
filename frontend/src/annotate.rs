//! The annotator: whole-program type inference to a fixpoint, in the manner of
//! RPython's annotator. Flow starts at the program's main function; a block is
//! analysed once something reaches it, and again whenever the types flowing
//! into it grow. Function parameters take the union of all call sites' argument
//! types, returns the union of all `return`s, globals the union of all stores.
//!
//! Flow through a block stops at an operation whose result cannot exist yet (a
//! call of a function that has not returned, a global never stored) and resumes
//! when it can. At the fixpoint, code never reached is dropped — like RPython,
//! pyrt translates what the program can run, not every line it contains.
//!
//! Two types that do not unify are a diagnostic naming both places.

use pyrt_ir::typing;
use pyrt_ir::{
    Block, Diagnostic, EntityRef, EntityVec, FuncId, Function, GlobalId, Module, Op, Span, Terminator, Type, Value,
    codes,
};
use std::collections::{BTreeSet, HashMap, HashSet};

mod classes;
mod js;

pub fn annotate(m: &mut Module) -> Result<(), Vec<Diagnostic>> {
    let Some(main) = m.main else { return Err(vec![Diagnostic::bug(Span::DUMMY, "program without a main function")]) };
    let mut a = Annotator::new(m);
    a.reach_function(main);
    // A library's exports are called from JS.
    for e in a.m.exports.clone() {
        a.js_callable(e.func);
        if let Some(c) = e.class {
            a.js_escape_class(c);
        }
    }
    a.run();
    a.check_exit_status(main);
    if a.diags.is_empty() {
        a.settle_vars();
    }
    if !a.diags.is_empty() {
        return Err(a.diags);
    }
    a.finish();
    pyrt_ir::passes::insert_widenings(m);
    Ok(())
}

struct FuncState {
    reached: bool,
    blocks: Vec<bool>,
    /// Blocks whose flow stopped early: the number of instructions that can run.
    stopped: HashMap<Block, usize>,
    /// Where each block parameter's type came from first.
    param_origin: HashMap<Value, Span>,
    ret_origin: Option<Span>,
    /// The blocks that read each value: when its type changes, they flow again.
    users: HashMap<Value, Vec<Block>>,
}

struct Annotator<'m> {
    m: &'m mut Module,
    state: Vec<FuncState>,
    work: BTreeSet<(u32, u32)>,
    callers: Vec<HashSet<(FuncId, Block)>>,
    readers: Vec<HashSet<(FuncId, Block)>>,
    global_origin: Vec<Option<Span>>,
    diags: Vec<Diagnostic>,
    reported: HashSet<(u32, u32, u32)>,
    /// Operations whose operand types are refused *so far*; types only grow, so
    /// these are judged at the fixpoint, not when first seen.
    pending: HashMap<(u32, u32), Diagnostic>,
    /// The element-type variables of containers (RPython's listdefs).
    vars: Vars,
    /// The variable of each container-creating operation's slot: (function, inst, slot).
    sites: HashMap<(u32, u32, u32), u32>,
    /// The type variable of each instance attribute, on the class that owns it.
    attrs: HashMap<(pyrt_ir::ClassId, String), u32>,
    /// Classes instantiated so far.
    instantiated: HashSet<pyrt_ir::ClassId>,
    /// Where an attribute first took a value of a second scalar type.
    either_origin: HashMap<(pyrt_ir::ClassId, String), Span>,
    /// Where values that became `Either` got each of their first two types.
    either_sites: HashMap<EitherSite, EitherOrigins>,
    /// Blocks that read an attribute no class had a slot for yet, by name.
    attr_waiters: HashMap<String, HashSet<(FuncId, Block)>>,
    /// The blocks that read each frame slot, and where its type came from first.
    slot_readers: HashMap<(FuncId, u32), HashSet<(FuncId, Block)>>,
    slot_origin: HashMap<(FuncId, u32), Span>,
    /// Functions JS may call (values that crossed into JS, exports).
    js_called: BTreeSet<FuncId>,
    /// Classes whose instances crossed into JS.
    js_classes: HashSet<pyrt_ir::ClassId>,
}

/// Type variables with union-find: every alias of a container shares its
/// element variable, and a block that looked into a variable flows again when
/// its binding grows.
#[derive(Default)]
struct Vars {
    parent: Vec<u32>,
    ty: Vec<Type>,
    readers: Vec<HashSet<(u32, u32)>>,
    origin: Vec<Option<Span>>,
    /// Roots whose binding grew since the last look.
    grown: Vec<u32>,
    /// The variable's first origin and the two bindings of the last conflict.
    conflict: Option<(Option<Span>, Type, Type)>,
}

impl Vars {
    fn fresh(&mut self) -> u32 {
        let v = self.parent.len() as u32;
        self.parent.push(v);
        self.ty.push(Type::Unknown);
        self.readers.push(HashSet::new());
        self.origin.push(None);
        v
    }
    fn find(&mut self, v: u32) -> u32 {
        let mut r = v;
        while self.parent[r as usize] != r {
            r = self.parent[r as usize];
        }
        let mut x = v;
        while self.parent[x as usize] != r {
            let next = self.parent[x as usize];
            self.parent[x as usize] = r;
            x = next;
        }
        r
    }
    fn binding(&mut self, v: u32) -> Type {
        let r = self.find(v);
        self.ty[r as usize].clone()
    }

    /// The union of two types, merging the variables inside them.
    fn unify(&mut self, a: &Type, b: &Type, span: Span, depth: u32) -> Result<Type, ()> {
        use Type::*;
        if depth > 64 {
            return Err(());
        }
        let d = depth + 1;
        Ok(match (a, b) {
            (Var(x), Var(y)) => {
                let (rx, ry) = (self.find(*x), self.find(*y));
                if rx == ry {
                    return Ok(Var(rx));
                }
                let (tx, ty) = (self.ty[rx as usize].clone(), self.ty[ry as usize].clone());
                // Merge first, so a binding that mentions either variable sees one.
                self.parent[ry as usize] = rx;
                let readers = std::mem::take(&mut self.readers[ry as usize]);
                self.readers[rx as usize].extend(readers);
                if self.origin[rx as usize].is_none() {
                    self.origin[rx as usize] = self.origin[ry as usize];
                }
                let t = match self.unify(&tx, &ty, span, d) {
                    Ok(t) => t,
                    Err(()) => {
                        if self.conflict.is_none() {
                            self.conflict = Some((self.origin[rx as usize], tx, ty));
                        }
                        return Err(());
                    }
                };
                self.ty[rx as usize] = t;
                self.grown.push(rx);
                Var(rx)
            }
            (Var(x), t) | (t, Var(x)) => {
                let rx = self.find(*x);
                let old = self.ty[rx as usize].clone();
                let new = match self.unify(&old, t, span, d) {
                    Ok(t) => t,
                    Err(()) => {
                        if self.conflict.is_none() {
                            self.conflict = Some((self.origin[rx as usize], old, t.clone()));
                        }
                        return Err(());
                    }
                };
                if new != old {
                    self.ty[rx as usize] = new;
                    self.grown.push(rx);
                    self.origin[rx as usize].get_or_insert(span);
                }
                Var(rx)
            }
            (a, b) if a == b => a.clone(),
            (Unknown, t) | (t, Unknown) => t.clone(),
            (Either(_), _) | (_, Either(_)) => Type::either(a, b).ok_or(())?,
            (None, Optional(t)) | (Optional(t), None) => Optional(t.clone()),
            (None, t) | (t, None) => Type::optional(t.clone()),
            (Optional(x), y) | (y, Optional(x)) => match self.unify(x, y, span, d) {
                Ok(u) => Type::optional(u),
                Err(()) if depth == 0 => Type::either(a, b).ok_or(())?,
                Err(()) => return Err(()),
            },
            (List(x), List(y)) => Type::list(self.unify(x, y, span, d)?),
            (Set(x), Set(y)) => Type::set(self.unify(x, y, span, d)?),
            (Iter(x), Iter(y)) => Type::iter(self.unify(x, y, span, d)?),
            (Dict(k1, v1), Dict(k2, v2)) => Type::dict(self.unify(k1, k2, span, d)?, self.unify(v1, v2, span, d)?),
            (Tuple(xs), Tuple(ys)) if xs.len() == ys.len() => {
                Tuple(xs.iter().zip(ys).map(|(x, y)| self.unify(x, y, span, d)).collect::<Result<_, _>>()?)
            }
            (Func(a), Func(b)) => Type::func_union(a, b),
            (Inst(a), Inst(b)) => Inst(a.common_base(b).ok_or(())?),
            (Bound(a, m), Bound(b, n)) if m == n => Bound(a.common_base(b).ok_or(())?, m.clone()),
            (Class(a), Class(b)) => Class(a.common_base(b).ok_or(())?),
            // Scalars of different types merge (outside containers): the value is
            // refused where it is used in a way one of the types does not allow.
            _ if depth == 0 => Type::either(a, b).ok_or(())?,
            _ => return Err(()),
        })
    }

    /// The type with every variable replaced by its final binding; `Err` names a
    /// variable whose binding contains itself.
    fn settle(&mut self, t: &Type, stack: &mut Vec<u32>) -> Result<Type, u32> {
        let mut err = None;
        let out = t.map(&mut |x| match x {
            Type::Var(v) => {
                let r = self.find(*v);
                if stack.contains(&r) {
                    err = Some(r);
                    return Some(Type::None);
                }
                stack.push(r);
                let b = self.ty[r as usize].clone();
                let s = match self.settle(&b, stack) {
                    Ok(s) => s,
                    Err(e) => {
                        err = Some(e);
                        Type::None
                    }
                };
                stack.pop();
                Some(if s.is_known() { s } else { Type::None })
            }
            _ => None,
        });
        match err {
            Some(e) => Err(e),
            // An element type nothing ever flowed into (an always-empty list) is None.
            None if out.is_known() => Ok(out.map(&mut |x| (*x == Type::Unknown).then_some(Type::None))),
            None => Ok(out),
        }
    }
}

/// The typing rules' view of the annotator's variables, for one instruction.
struct Cx<'a> {
    vars: &'a mut Vars,
    sites: &'a mut HashMap<(u32, u32, u32), u32>,
    at: (u32, u32),
    inst: u32,
    span: Span,
}

impl typing::Env for Cx<'_> {
    fn resolve(&mut self, t: &Type) -> Type {
        match t {
            Type::Var(v) => {
                let r = self.vars.find(*v);
                self.vars.readers[r as usize].insert(self.at);
                self.vars.ty[r as usize].clone()
            }
            t => t.clone(),
        }
    }
    fn unify(&mut self, a: &Type, b: &Type) -> typing::TypeResult {
        self.vars.unify(a, b, self.span, 0).map_err(|()| {
            let (a, b) = (deep_of(self.vars, a), deep_of(self.vars, b));
            format!("{a} and {b} do not unify")
        })
    }
    fn fresh(&mut self, k: u32) -> Type {
        let key = (self.at.0, self.inst, k);
        let v = match self.sites.get(&key) {
            Some(&v) => v,
            None => {
                let v = self.vars.fresh();
                self.sites.insert(key, v);
                v
            }
        };
        Type::Var(self.vars.find(v))
    }
}

/// A value's type with every variable outside a container's element slot
/// replaced by its binding (typing rules may build tuples of element types).
/// The block `at` reads those bindings, so it flows again when they grow.
fn expose(vars: &mut Vars, t: &Type, at: (u32, u32)) -> Type {
    match t {
        Type::Var(v) => {
            let r = vars.find(*v);
            vars.readers[r as usize].insert(at);
            let b = vars.ty[r as usize].clone();
            expose(vars, &b, at)
        }
        Type::Tuple(ts) => Type::Tuple(ts.iter().map(|x| expose(vars, x, at)).collect()),
        Type::Iter(x) => Type::iter(expose(vars, x, at)),
        Type::Optional(x) => Type::optional(expose(vars, x, at)),
        t => t.clone(),
    }
}

/// A type with its variables resolved, for messages.
fn deep_of(vars: &mut Vars, t: &Type) -> Type { typing::deep(&mut Bindings(vars), t) }

/// The variables' current bindings, read without recording a reader.
struct Bindings<'a>(&'a mut Vars);

impl typing::Env for Bindings<'_> {
    fn resolve(&mut self, t: &Type) -> Type {
        match t {
            Type::Var(v) => self.0.binding(*v),
            t => t.clone(),
        }
    }
    fn unify(&mut self, a: &Type, b: &Type) -> typing::TypeResult { Err(format!("{a} and {b}: bindings are only read here")) }
    fn fresh(&mut self, _: u32) -> Type { Type::Unknown }
}

/// What a flow step learned about one instruction.
enum Step {
    Type(Option<Type>),
    /// The instruction cannot run yet (or ever): keep the first `keep` instructions.
    Stop { keep_this: bool },
}

impl<'m> Annotator<'m> {
    fn new(m: &'m mut Module) -> Self {
        let state = m
            .funcs
            .values()
            .map(|f| FuncState {
                reached: false,
                blocks: vec![false; f.blocks.len()],
                stopped: HashMap::new(),
                param_origin: HashMap::new(),
                ret_origin: None,
                users: users_of(f),
            })
            .collect();
        let n = m.funcs.len();
        let g = m.globals.len();
        Annotator {
            m,
            state,
            work: BTreeSet::new(),
            callers: vec![HashSet::new(); n],
            readers: vec![HashSet::new(); g],
            global_origin: vec![None; g],
            diags: Vec::new(),
            reported: HashSet::new(),
            pending: HashMap::new(),
            vars: Vars::default(),
            sites: HashMap::new(),
            attrs: HashMap::new(),
            instantiated: HashSet::new(),
            attr_waiters: HashMap::new(),
            either_origin: HashMap::new(),
            either_sites: HashMap::new(),
            slot_readers: HashMap::new(),
            slot_origin: HashMap::new(),
            js_called: BTreeSet::new(),
            js_classes: HashSet::new(),
        }
    }

    fn reach_function(&mut self, f: FuncId) {
        if !self.state[f.index()].reached {
            self.state[f.index()].reached = true;
            // Declared types are where inference starts; nothing may widen them.
            let func = &mut self.m.funcs[f];
            let params = func.params().to_vec();
            for (p, decl) in params.iter().zip(func.param_decls.clone()) {
                if let Some((t, span)) = decl {
                    func.values[*p].ty = t;
                    self.state[f.index()].param_origin.insert(*p, span);
                }
            }
            if let Some((t, span)) = func.ret_decl.clone() {
                func.ret = t;
                self.state[f.index()].ret_origin = Some(span);
            }
            if self.m.funcs[f].generator {
                let v = self.vars.fresh();
                self.m.funcs[f].ret = Type::iter(Type::Var(v));
            }
            let entry = self.m.funcs[f].entry;
            self.reach_block(f, entry);
        }
    }

    fn reach_block(&mut self, f: FuncId, b: Block) {
        self.state[f.index()].blocks[b.index()] = true;
        self.work.insert((f.0, b.0));
    }

    /// A value's type changed: every reached block reading it flows again.
    fn changed(&mut self, f: FuncId, v: Value) {
        let st = &self.state[f.index()];
        let again: Vec<Block> = st.users.get(&v).into_iter().flatten().copied().filter(|b| st.blocks[b.index()]).collect();
        for b in again {
            self.work.insert((f.0, b.0));
        }
    }

    fn run(&mut self) {
        loop {
            while let Some((f, b)) = self.work.pop_first() {
                self.flow_block(FuncId(f), Block(b));
            }
            if !self.js_settle_params() {
                break;
            }
        }
        let mut pending: Vec<Diagnostic> = std::mem::take(&mut self.pending).into_values().collect();
        pending.sort_by_key(|d| (d.primary.span.file, d.primary.span.start));
        self.diags.extend(pending);
    }

    fn report(&mut self, key: (u32, u32, u32), d: Diagnostic) {
        if self.reported.insert(key) {
            self.diags.push(d);
        }
    }

    fn flow_block(&mut self, fid: FuncId, b: Block) {
        let insts = self.m.funcs[fid].blocks[b].insts.clone();
        self.state[fid.index()].stopped.remove(&b);
        for i in &insts {
            self.pending.remove(&(fid.0, i.0));
        }
        for (pos, &i) in insts.iter().enumerate() {
            match self.step(fid, b, i) {
                Step::Type(ty) => {
                    if let (Some(r), Some(ty)) = (self.m.funcs[fid].insts[i].result, ty)
                        && self.m.funcs[fid].values[r].ty != ty {
                            self.m.funcs[fid].values[r].ty = ty;
                            self.changed(fid, r);
                        }
                }
                Step::Stop { keep_this } => {
                    let keep = pos + usize::from(keep_this);
                    self.state[fid.index()].stopped.insert(b, keep);
                    return;
                }
            }
        }
        let term = self.m.funcs[fid].blocks[b].term.clone();
        match &term {
            Terminator::Jump(c) => self.flow_edge(fid, c.block, &c.args),
            Terminator::Branch { then_, else_, .. } => {
                self.flow_edge(fid, then_.block, &then_.args);
                self.flow_edge(fid, else_.block, &else_.args);
            }
            Terminator::Return(v) => self.flow_return(fid, *v),
            Terminator::Try { body, handler, finally, after } => {
                for r in std::iter::once(*body).chain(*handler).chain(*finally) {
                    self.flow_edge(fid, r, &[]);
                }
                self.flow_edge(fid, after.block, &after.args);
            }
            Terminator::Unreachable | Terminator::EndFinally => {}
        }
    }

    fn ty(&self, f: FuncId, v: Value) -> Type { self.m.funcs[f].ty(v).clone() }

    /// The class chain of the built-in class the runtime implements as `runtime_name`.
    fn builtin_chain(&self, runtime_name: &str) -> Option<pyrt_ir::ClassRef> {
        self.m.classes.values().find(|c| c.builtin.as_deref() == Some(runtime_name)).map(|c| c.chain.clone())
    }

    fn step(&mut self, fid: FuncId, b: Block, i: pyrt_ir::Inst) -> Step {
        let inst = self.m.funcs[fid].insts[i].clone();
        let tys: Vec<Type> = inst.args.iter().map(|&a| self.ty(fid, a)).collect();
        // An op whose operand has no type yet cannot run yet.
        let needs_known = !matches!(inst.op, Op::Call(_) | Op::CheckDefined { .. });
        if needs_known && tys.iter().any(|t| !t.is_known()) {
            return Step::Stop { keep_this: false };
        }
        if let Some((k, msg)) = either_use(&inst.op, &tys) {
            let mut d = Diagnostic::error(codes::TYPE_CONFLICT, inst.span, msg).with_label("used here");
            if let Some(((a, ta), (b, tb))) = self.either_origins(fid, inst.args[k]) {
                if !a.is_dummy() {
                    d = d.with_secondary(a, format!("{ta} comes from here"));
                }
                if !b.is_dummy() {
                    d = d.with_secondary(b, format!("{tb} comes from here"));
                }
            }
            d = d.with_note("a variable, parameter, result or attribute that gets values of different types can be stored, passed on, tested and printed, but nothing else: give it one type to compute with it");
            self.pending.insert((fid.0, i.0), d);
            return Step::Stop { keep_this: false };
        }
        // An instance iterated over stands for the iterator it gives.
        let mut tys = tys;
        for k in pyrt_ir::module::iterator_operands(&inst.op) {
            if let Type::Inst(c) = &tys[k] {
                if self.m.lookup(c.id(), "__next__").is_none() {
                    let msg = format!("'{}' object is not an iterator", c.name());
                    self.pending.insert((fid.0, i.0), Diagnostic::error(codes::BAD_OPERAND, inst.span, msg));
                    return Step::Stop { keep_this: false };
                }
                let t = tys[k].clone();
                match self.call_member(fid, b, i, &t, "__next__", &[], &[]) {
                    Ok(Step::Type(Some(e))) => tys[k] = Type::iter(e),
                    Ok(_) => return Step::Stop { keep_this: false },
                    Err(msg) => {
                        self.pending.insert((fid.0, i.0), Diagnostic::error(codes::BAD_OPERAND, inst.span, msg));
                        return Step::Stop { keep_this: false };
                    }
                }
            }
        }
        for k in pyrt_ir::module::iterated_operands(&inst.op, tys.len()) {
            if matches!(tys[k], Type::Inst(_)) && pyrt_ir::module::dunder(&self.m.classes, &inst.op, &tys).is_none() {
                match self.instance_iter(fid, b, i, &tys[k].clone()) {
                    Ok(Some(t)) => tys[k] = t,
                    Ok(None) => return Step::Stop { keep_this: false },
                    Err(msg) => {
                        self.pending.insert((fid.0, i.0), Diagnostic::error(codes::BAD_OPERAND, inst.span, msg));
                        return Step::Stop { keep_this: false };
                    }
                }
            }
        }
        if let Some(step) = self.step_js(fid, i, &tys) {
            return step;
        }
        if let Some(step) = self.step_class(fid, b, i, &tys) {
            return step;
        }
        let fail = |this: &mut Self, msg: String| {
            this.pending.insert((fid.0, i.0), Diagnostic::error(codes::BAD_OPERAND, inst.span, msg));
            Step::Stop { keep_this: false }
        };
        let consts: Vec<Option<pyrt_ir::Const>> = inst.args.iter().map(|&a| self.m.funcs[fid].const_of(a).cloned()).collect();
        let mut cx = Cx { vars: &mut self.vars, sites: &mut self.sites, at: (fid.0, b.0), inst: i.0, span: inst.span };
        let env: &mut dyn typing::Env = &mut cx;
        let result = match &inst.op {
            Op::Const(c) => Ok(c.ty()),
            Op::Undef => Ok(Type::Unknown),
            Op::Copy => Ok(tys[0].clone()),
            // A tuple repeated a constant number of times has a known length.
            Op::Binary(pyrt_ir::BinOp::Mul) if matches!((&tys[0], &consts[1]), (Type::Tuple(_), Some(pyrt_ir::Const::Int(_))))
                || matches!((&tys[1], &consts[0]), (Type::Tuple(_), Some(pyrt_ir::Const::Int(_)))) =>
            {
                let (ts, n) = match (&tys[0], &consts[1], &tys[1], &consts[0]) {
                    (Type::Tuple(ts), Some(pyrt_ir::Const::Int(n)), _, _) | (_, _, Type::Tuple(ts), Some(pyrt_ir::Const::Int(n))) => (ts, *n),
                    _ => unreachable!(),
                };
                let n = n.max(0) as usize;
                if ts.len().saturating_mul(n) > 4096 {
                    Err("a tuple repeated into more than 4096 elements: use a list".into())
                } else {
                    Ok(Type::Tuple((0..n).flat_map(|_| ts.iter().cloned()).collect()))
                }
            }
            Op::Binary(op) => typing::binary(env, *op, &tys[0], &tys[1]),
            Op::InPlace(op) => typing::inplace(env, *op, &tys[0], &tys[1]),
            Op::Unary(op) => typing::unary(*op, &tys[0]),
            Op::Compare(op) => typing::compare(env, *op, &tys[0], &tys[1]),
            Op::Truth => Ok(Type::Bool),
            Op::Builtin(pyrt_ir::Builtin::GetItem) if matches!(tys[0], Type::Tuple(_)) && matches!(consts[1], Some(pyrt_ir::Const::Int(_))) => {
                let (Type::Tuple(ts), Some(pyrt_ir::Const::Int(k))) = (&tys[0], &consts[1]) else { unreachable!() };
                let n = ts.len() as i64;
                if (-n..n).contains(k) {
                    Ok(ts[if *k < 0 { k + n } else { *k } as usize].clone())
                } else {
                    // IndexError when it runs (it may sit in a branch that never does).
                    Ok(Type::Unknown)
                }
            }
            // A tuple sliced with constant bounds has a known length.
            Op::Builtin(pyrt_ir::Builtin::Slice)
                if matches!(tys[0], Type::Tuple(_)) && consts[1..4].iter().all(|c| matches!(c, Some(pyrt_ir::Const::Int(_) | pyrt_ir::Const::None))) =>
            {
                let Type::Tuple(ts) = &tys[0] else { unreachable!() };
                let bound = |c: &Option<pyrt_ir::Const>| match c {
                    Some(pyrt_ir::Const::Int(i)) => Some(*i),
                    _ => None,
                };
                match typing::slice_indices(ts.len() as i64, bound(&consts[1]), bound(&consts[2]), bound(&consts[3])) {
                    Some(ix) => Ok(Type::Tuple(ix.into_iter().map(|k| ts[k].clone()).collect())),
                    None => Err("slice step cannot be zero".into()),
                }
            }
            Op::Builtin(bi) => typing::builtin(env, *bi, &tys),
            Op::Format => typing::format(env, &tys[0], &tys[1]),
            // A method of an optional value: lowering raises AttributeError for None.
            Op::CallMethod { name, kwnames } => typing::method(env, &tys[0].non_none(), name, &tys[1..], kwnames).map(|(_, t)| t),
            Op::BuildTuple => Ok(Type::Tuple(tys.clone())),
            Op::BuildList | Op::BuildSet => {
                let v = env.fresh(0);
                let mut r = Ok(());
                for t in &tys {
                    if let Err(e) = env.unify(&v, t) {
                        r = Err(format!("the elements of this display differ in type: {e}"));
                        break;
                    }
                }
                r.map(|()| if inst.op == Op::BuildList { Type::list(v) } else { Type::set(v) })
            }
            Op::BuildDict => {
                let (k, v) = (env.fresh(0), env.fresh(1));
                let mut r = Ok(());
                for pair in tys.chunks(2) {
                    if let Err(e) = env.unify(&k, &pair[0]).and_then(|_| env.unify(&v, &pair[1])) {
                        r = Err(format!("the entries of this dict differ in type: {e}"));
                        break;
                    }
                }
                r.map(|()| Type::dict(k, v))
            }
            Op::TupleGet(k) => match &tys[0] {
                Type::Tuple(ts) if (*k as usize) < ts.len() => Ok(ts[*k as usize].clone()),
                t => Err(format!("internal: tuple_get {k} of {t}")),
            },
            Op::Unpack(n) => match &tys[0].non_none() {
                Type::Tuple(ts) if ts.len() == *n as usize => Ok(tys[0].non_none()),
                Type::Tuple(ts) if ts.len() > *n as usize => Err(format!("too many values to unpack (expected {n})")),
                Type::Tuple(ts) => Err(format!("not enough values to unpack (expected {n}, got {})", ts.len())),
                t => match typing::elem(env, t) {
                    Some(e) if e.is_known() || *n == 0 => Ok(Type::Tuple(vec![e; *n as usize])),
                    Some(_) => Ok(Type::Unknown),
                    None => Err(format!("cannot unpack non-iterable {} object", t.python_name())),
                },
            },
            Op::IterNext => Ok(Type::Bool),
            Op::IterValue => match &tys[0] {
                Type::Iter(e) => Ok((**e).clone()),
                t => Err(format!("internal: iter_value of {t}")),
            },
            Op::Method(_) => Err("internal: a method-table op before lowering".into()),
            Op::Select => match env.unify(&tys[1], &tys[2]) {
                Ok(t) => Ok(t),
                Err(_) => Err(format!("the two choices have different types, {} and {}", tys[1], tys[2])),
            },
            Op::Is => Ok(Type::Bool),
            Op::Js(pyrt_ir::JsOp::Await) if tys[0] != Type::Js => {
                Err(format!("`await` waits for a JS value (a Promise, or an async function's call), not {}", tys[0]))
            }
            Op::Js(op) => match op.result() {
                Some(t) => Ok(t),
                None => return Step::Type(None),
            },
            Op::Argv => Ok(Type::List(Box::new(Type::Str))),
            Op::CheckDefined { .. } => {
                let f = &self.m.funcs[fid];
                if f.const_of(inst.args[0]) == Some(&pyrt_ir::Const::Bool(false)) {
                    return Step::Stop { keep_this: true };
                }
                return Step::Type(None);
            }
            Op::Raise { .. } => return Step::Stop { keep_this: true },
            Op::Caught => {
                match self.builtin_chain("$BaseException") {
                    Some(c) => Ok(Type::Inst(c)),
                    None => return fail(self, "internal: `caught` without the BaseException class".into()),
                }
            }
            Op::Throw => {
                let is_exc = |c: &pyrt_ir::ClassRef| c.0.iter().any(|(k, _)| self.m.classes[*k].builtin.is_some());
                match &tys[0] {
                    Type::Inst(c) if is_exc(c) => return Step::Stop { keep_this: true },
                    t => return fail(self, format!("exceptions must derive from BaseException, not {t}")),
                }
            }
            Op::ExcInit => return Step::Type(None),
            Op::LoadSlot { slot, .. } => {
                self.slot_readers.entry((fid, *slot)).or_default().insert((fid, b));
                let t = self.m.funcs[fid].slots[*slot as usize].1.clone();
                if !t.is_known() {
                    // Nothing stored yet: if flow ends this way, the read raises UnboundLocalError.
                    return Step::Stop { keep_this: true };
                }
                Ok(t)
            }
            Op::StoreSlot(slot) => {
                self.flow_slot(fid, fid, *slot, inst.args[0], inst.span);
                return Step::Type(None);
            }
            Op::LoadOuter { func, slot, .. } => {
                self.slot_readers.entry((*func, *slot)).or_default().insert((fid, b));
                let t = self.m.funcs[*func].slots[*slot as usize].1.clone();
                if !t.is_known() {
                    return Step::Stop { keep_this: true };
                }
                Ok(t)
            }
            Op::StoreOuter { func, slot } => {
                self.flow_slot(*func, fid, *slot, inst.args[0], inst.span);
                return Step::Type(None);
            }
            Op::Yield => {
                let Type::Iter(e) = self.m.funcs[fid].ret.clone() else {
                    return fail(self, "internal: `yield` outside a generator".into());
                };
                if let Err(msg) = env.unify(&e, &tys[0]) {
                    return fail(self, format!("this generator yields values of different types: {msg}"));
                }
                Ok(Type::None)
            }
            Op::LoadGlobal(g) => {
                self.readers[g.index()].insert((fid, b));
                let t = self.m.globals[*g].ty.clone();
                if !t.is_known() {
                    // No store has been reached: if flow ends this way, the read
                    // runs before any assignment and raises NameError, so it stays.
                    return Step::Stop { keep_this: true };
                }
                Ok(t)
            }
            Op::StoreGlobal(g) => {
                self.flow_global(*g, fid, inst.args[0], inst.span);
                return Step::Type(None);
            }
            Op::Call(callee) => return self.flow_call(fid, b, *callee, &inst.args),
            Op::CallValue => return self.flow_call_value(fid, b, i, &inst.args, inst.span),
            Op::FuncRef(id) => {
                // A function value may be called anywhere later: annotate it from now on.
                self.reach_function(*id);
                Ok(Type::Func(vec![*id]))
            }
            // The frontend emits a few primitives directly; their signature types them.
            Op::Prim(p) => {
                let (args, ret) = p.signature();
                if args.len() != tys.len() || !args.iter().zip(&tys).all(|(a, t)| a.accepts(t)) {
                    return fail(self, format!("internal: `{}` applied to {tys:?}", p.name()));
                }
                match ret.to_type() {
                    Some(t) => Ok(t),
                    None => return Step::Type(None),
                }
            }
            Op::Unwrap { .. }
            | Op::UnwrapOr(_)
            | Op::Alloc(_)
            | Op::AllocOf
            | Op::BindMethod(_)
            | Op::DispatchBinary { .. }
            | Op::Field(_)
            | Op::SetField(_)
            | Op::ClassAttr(_)
            | Op::SetClassAttr(_)
            | Op::CallSlot { .. } => {
                return fail(self, format!("internal: lowered op `{}` before lowering", inst.op));
            }
            Op::ClassRef(_) | Op::ModuleRef(_) | Op::New { .. } | Op::GetAttr(_) | Op::SetAttr(_) | Op::IsInstance(_) | Op::Downcast(_) | Op::ClassOf | Op::ClassName => {
                unreachable!("step_class handles the class ops")
            }
        };
        let result = result.map(|t| expose(&mut self.vars, &t, (fid.0, b.0)));
        self.notify_grown();
        if result.is_err()
            && let Some(d) = self.var_conflict(inst.span) {
                self.report((fid.0, i.0, 4), d);
                return Step::Stop { keep_this: false };
            }
        match result {
            // A typing rule answers Unknown only for an operation that cannot complete
            // normally yet (an element read from a container nothing was stored into):
            // it stays, and flow stops after it.
            Ok(t) if !t.is_known() && inst.op != Op::Undef => Step::Stop { keep_this: true },
            Ok(t) => Step::Type(Some(t)),
            Err(msg) => fail(self, msg),
        }
    }

    /// Flow again every block that looked into a variable whose binding grew.
    fn notify_grown(&mut self) {
        while let Some(v) = self.vars.grown.pop() {
            let r = self.vars.find(v);
            let readers: Vec<(u32, u32)> = self.vars.readers[r as usize].iter().copied().collect();
            for (f, b) in readers {
                if self.state[f as usize].blocks[b as usize] {
                    self.work.insert((f, b));
                }
            }
        }
    }

    /// The diagnostic for a failed unification of container element types.
    fn var_conflict(&mut self, at: Span) -> Option<Diagnostic> {
        let (origin, old, new) = self.vars.conflict.take()?;
        let (old, new) = (deep_of(&mut self.vars, &old), deep_of(&mut self.vars, &new));
        let mut d = Diagnostic::error(codes::TYPE_CONFLICT, at, format!("a container's elements are {new} here but {old} elsewhere"))
            .with_label(format!("this is {new}"));
        if let Some(o) = origin.filter(|o| !o.is_dummy() && *o != at) {
            d = d.with_secondary(o, format!("{old} first comes from here"));
        }
        Some(d.with_note(format!("every alias of a list, dict or set shares one element type; {old} and {new} do not unify")))
    }

    /// Unify outside an instruction (block parameters, returns, globals).
    fn unify(&mut self, a: &Type, b: &Type, span: Span) -> Result<Type, ()> {
        let r = self.vars.unify(a, b, span, 0);
        self.notify_grown();
        if r.is_err() {
            self.vars.conflict = None;
        }
        r
    }

    fn flow_call(&mut self, fid: FuncId, b: Block, callee: FuncId, args: &[Value]) -> Step {
        let args: Vec<(Type, Span)> = args.iter().map(|&a| (self.ty(fid, a), self.m.funcs[fid].values[a].span)).collect();
        self.flow_call_spans(fid, b, callee, &args)
    }

    /// A call with argument types (for calls whose arguments are bound here).
    fn flow_call_types(&mut self, fid: FuncId, b: Block, callee: FuncId, args: &[Type], span: Span) -> Step {
        let args: Vec<(Type, Span)> = args.iter().map(|t| (t.clone(), span)).collect();
        self.flow_call_spans(fid, b, callee, &args)
    }

    fn flow_call_spans(&mut self, fid: FuncId, b: Block, callee: FuncId, args: &[(Type, Span)]) -> Step {
        self.callers[callee.index()].insert((fid, b));
        let first_time = !self.state[callee.index()].reached;
        // Reaching the callee seeds its declared types before arguments merge in.
        self.reach_function(callee);
        let params: Vec<Value> = self.m.funcs[callee].params().to_vec();
        let mut grew = false;
        for (k, ((at, span), &p)) in args.iter().zip(&params).enumerate() {
            let (at, span) = (at.clone(), *span);
            if !at.is_known() {
                continue;
            }
            grew |= self.union_param(callee, p, at, span, &|m: &Module| {
                let f = &m.funcs[callee];
                format!("parameter `{}` of `{}`", f.param_names[k], f.name)
            });
        }
        if grew && !first_time {
            let entry = self.m.funcs[callee].entry;
            self.reach_block(callee, entry);
        }
        // An async function's call is a Promise at once (JS hosts).
        if self.m.funcs[callee].is_async {
            return Step::Type(Some(Type::Js));
        }
        let ret = self.m.funcs[callee].ret.clone();
        if ret.is_known() { Step::Type(Some(ret)) } else { Step::Stop { keep_this: true } }
    }

    /// A call of a function value: every function the value may be receives the
    /// arguments; the result is the union of their results.
    fn flow_call_value(&mut self, fid: FuncId, b: Block, i: pyrt_ir::Inst, args: &[Value], span: Span) -> Step {
        let ft = self.ty(fid, args[0]);
        let tys: Vec<Type> = args[1..].iter().map(|&a| self.ty(fid, a)).collect();
        self.flow_call_func(fid, b, i, ft, &tys, span)
    }

    /// A call of a value of type `ft` with arguments of these types.
    fn flow_call_func(&mut self, fid: FuncId, b: Block, i: pyrt_ir::Inst, ft: Type, args: &[Type], span: Span) -> Step {
        if let Type::Bound(c, name) = &ft {
            // A bound method: a call of the method through its instance.
            return match self.call_member(fid, b, i, &Type::Inst(c.clone()), name, args, &[]) {
                Ok(step) => step,
                Err(msg) => {
                    self.pending.insert((fid.0, i.0), Diagnostic::error(codes::BAD_CALL, span, msg));
                    Step::Stop { keep_this: false }
                }
            };
        }
        let ids = match ft {
            Type::Func(ids) => ids,
            Type::Unknown => return Step::Stop { keep_this: false },
            t => {
                let msg = format!("'{}' object is not callable", t.python_name());
                self.pending.insert((fid.0, i.0), Diagnostic::error(codes::BAD_OPERAND, span, msg));
                return Step::Stop { keep_this: false };
            }
        };
        let mut ret = Type::Unknown;
        for id in ids {
            let n = self.m.funcs[id].params().len();
            // Constant defaults fill the parameters a call leaves out.
            let fill: Vec<Type> = self.m.funcs[id].defaults.iter().skip(args.len()).map_while(|d| match d {
                Some(pyrt_ir::DefaultArg::Const(c)) => Some(c.ty()),
                _ => None,
            }).collect();
            let mut args = args.to_vec();
            if args.len() < n && args.len() + fill.len() == n {
                args.extend(fill);
            }
            let args = &args[..];
            if n != args.len() {
                let name = self.m.funcs[id].name.clone();
                let msg = format!(
                    "{name}() takes {n} positional argument{} but {} {} given",
                    if n == 1 { "" } else { "s" },
                    args.len(),
                    if args.len() == 1 { "was" } else { "were" }
                );
                self.pending.insert((fid.0, i.0), Diagnostic::error(codes::BAD_CALL, span, msg));
                return Step::Stop { keep_this: false };
            }
            if let Step::Type(Some(t)) = self.flow_call_types(fid, b, id, args, span) {
                match self.unify(&ret, &t, span) {
                    Ok(u) => ret = u,
                    Err(()) => {
                        let msg = format!("the functions this value may be return different types, {ret} and {t}");
                        self.pending.insert((fid.0, i.0), Diagnostic::error(codes::TYPE_CONFLICT, span, msg));
                        return Step::Stop { keep_this: false };
                    }
                }
            }
        }
        if ret.is_known() { Step::Type(Some(ret)) } else { Step::Stop { keep_this: true } }
    }

    /// Union `t` into block parameter `p` of `f`; returns whether its type grew.
    fn union_param(&mut self, f: FuncId, p: Value, t: Type, span: Span, what: &dyn Fn(&Module) -> String) -> bool {
        let old = self.m.funcs[f].values[p].ty.clone();
        let declared = self.declared_param(f, p);
        match self.unify(&old, &t, span) {
            Ok(new) if new == old => false,
            Ok(_) if declared => {
                let origin = self.state[f.index()].param_origin.get(&p).copied().unwrap_or(Span::DUMMY);
                let subject = what(self.m);
                let d = declared_conflict(&subject, &old, &t, span, origin);
                self.report((f.0, p.0, 1), d);
                false
            }
            Ok(new) => {
                if matches!(new, Type::Either(_)) && !matches!(old, Type::Either(_)) {
                    let origin = self.state[f.index()].param_origin.get(&p).copied().unwrap_or(Span::DUMMY);
                    self.either_sites.insert(EitherSite::Param(f, p), ((origin, old.to_string()), (span, t.to_string())));
                }
                self.m.funcs[f].values[p].ty = new;
                self.state[f.index()].param_origin.entry(p).or_insert(span);
                self.changed(f, p);
                true
            }
            Err(_) => {
                let origin = self.state[f.index()].param_origin.get(&p).copied().unwrap_or(Span::DUMMY);
                let subject = what(self.m);
                let d = {
                    let (o, n) = (deep_of(&mut self.vars, &old), deep_of(&mut self.vars, &t));
                    conflict(&subject, &o, &n, span, origin)
                };
                self.report((f.0, p.0, 1), d);
                false
            }
        }
    }

    /// Whether `p` is a parameter of `f` with a declared type.
    fn declared_param(&self, f: FuncId, p: Value) -> bool {
        let func = &self.m.funcs[f];
        func.params().iter().zip(&func.param_decls).any(|(q, d)| *q == p && d.is_some())
    }

    fn flow_edge(&mut self, fid: FuncId, target: Block, args: &[Value]) {
        let params = self.m.funcs[fid].blocks[target].params.clone();
        let mut grew = false;
        for (&a, &p) in args.iter().zip(&params) {
            let t = self.ty(fid, a);
            if !t.is_known() {
                continue;
            }
            let span = self.m.funcs[fid].values[a].span;
            let name = self.m.funcs[fid].values[p].name.clone();
            grew |= self.union_param(fid, p, t, span, &|_: &Module| describe_var(name.as_deref()));
        }
        if grew || !self.state[fid.index()].blocks[target.index()] {
            self.reach_block(fid, target);
        }
    }

    fn flow_return(&mut self, fid: FuncId, v: Value) {
        if self.m.funcs[fid].generator {
            // A generator's `return` ends the iteration; its type is its iterator's.
            return;
        }
        let t = self.ty(fid, v);
        if !t.is_known() {
            return;
        }
        let span = self.m.funcs[fid].values[v].span;
        let old = self.m.funcs[fid].ret.clone();
        match self.unify(&old, &t, span) {
            Ok(new) if new == old => {}
            Ok(_) if self.m.funcs[fid].ret_decl.is_some() => {
                let origin = self.state[fid.index()].ret_origin.unwrap_or(Span::DUMMY);
                let subject = format!("the return value of `{}`", self.m.funcs[fid].name);
                let d = declared_conflict(&subject, &old, &t, span, origin);
                self.report((fid.0, u32::MAX, 2), d);
            }
            Ok(new) => {
                if matches!(new, Type::Either(_)) && !matches!(old, Type::Either(_)) {
                    let origin = self.state[fid.index()].ret_origin.unwrap_or(Span::DUMMY);
                    let site = if old.is_known() { Some(((origin, old.to_string()), (span, t.to_string()))) } else { self.either_origins(fid, v) };
                    if let Some(site) = site {
                        self.either_sites.insert(EitherSite::Ret(fid), site);
                    }
                }
                self.m.funcs[fid].ret = new;
                self.state[fid.index()].ret_origin.get_or_insert(span);
                for (f, b) in self.callers[fid.index()].clone() {
                    self.reach_block(f, b);
                }
            }
            Err(_) => {
                let origin = self.state[fid.index()].ret_origin.unwrap_or(Span::DUMMY);
                let subject = format!("the return value of `{}`", self.m.funcs[fid].name);
                let d = {
                    let (o, n) = (deep_of(&mut self.vars, &old), deep_of(&mut self.vars, &t));
                    conflict(&subject, &o, &n, span, origin)
                };
                self.report((fid.0, u32::MAX, 2), d);
            }
        }
    }

    /// Store value `v` of function `fid` into slot `slot` of function `owner`
    /// (`fid` itself, or an enclosing function for a closure's `nonlocal`).
    fn flow_slot(&mut self, owner: FuncId, fid: FuncId, slot: u32, v: Value, span: Span) {
        let t = self.ty(fid, v);
        let old = self.m.funcs[owner].slots[slot as usize].1.clone();
        match self.unify(&old, &t, span) {
            Ok(new) if new == old => {}
            Ok(new) => {
                if matches!(new, Type::Either(_)) && !matches!(old, Type::Either(_)) {
                    let origin = self.slot_origin.get(&(owner, slot)).copied().unwrap_or(Span::DUMMY);
                    let site = if old.is_known() { Some(((origin, old.to_string()), (span, t.to_string()))) } else { self.either_origins(fid, v) };
                    if let Some(site) = site {
                        self.either_sites.insert(EitherSite::Slot(owner, slot), site);
                    }
                }
                self.m.funcs[owner].slots[slot as usize].1 = new;
                self.slot_origin.entry((owner, slot)).or_insert(span);
                for (f, b) in self.slot_readers.get(&(owner, slot)).cloned().unwrap_or_default() {
                    self.reach_block(f, b);
                }
            }
            Err(_) => {
                let origin = self.slot_origin.get(&(owner, slot)).copied().unwrap_or(Span::DUMMY);
                let name = self.m.funcs[owner].slots[slot as usize].0.clone();
                let d = {
                    let (o, n) = (deep_of(&mut self.vars, &old), deep_of(&mut self.vars, &t));
                    conflict(&describe_var(Some(&name)), &o, &n, span, origin)
                };
                self.report((owner.0, slot, 6), d);
            }
        }
    }

    fn flow_global(&mut self, g: GlobalId, fid: FuncId, v: Value, span: Span) {
        let t = self.ty(fid, v);
        let old = self.m.globals[g].ty.clone();
        match self.unify(&old, &t, span) {
            Ok(new) if new == old => {}
            Ok(new) => {
                if matches!(new, Type::Either(_)) && !matches!(old, Type::Either(_)) {
                    let origin = self.global_origin[g.index()].unwrap_or(Span::DUMMY);
                    let site = if old.is_known() { Some(((origin, old.to_string()), (span, t.to_string()))) } else { self.either_origins(fid, v) };
                    if let Some(site) = site {
                        self.either_sites.insert(EitherSite::Global(g), site);
                    }
                }
                self.m.globals[g].ty = new;
                self.global_origin[g.index()].get_or_insert(span);
                for (f, b) in self.readers[g.index()].clone() {
                    self.reach_block(f, b);
                }
            }
            Err(_) => {
                let origin = self.global_origin[g.index()].unwrap_or(Span::DUMMY);
                let subject = describe_global(&self.m.globals[g].name);
                let d = {
                    let (o, n) = (deep_of(&mut self.vars, &old), deep_of(&mut self.vars, &t));
                    conflict(&subject, &o, &n, span, origin)
                };
                self.report((u32::MAX, g.0, 3), d);
            }
        }
    }

    /// The program's result is its exit status: `entry_point` must return an int
    /// (None counts as 0, as with `sys.exit(None)`).
    fn check_exit_status(&mut self, main: FuncId) {
        let ret = self.m.funcs[main].ret.clone();
        if matches!(ret, Type::Int | Type::None | Type::Unknown) || ret == Type::optional(Type::Int) {
            return;
        }
        let (span, name) = self
            .m
            .funcs
            .iter()
            .find(|(_, f)| f.name == "entry_point")
            .map(|(id, f)| (self.state[id.index()].ret_origin.unwrap_or(f.span), f.name.clone()))
            .unwrap_or((Span::DUMMY, "<module>".into()));
        self.diags.push(
            Diagnostic::error(codes::BAD_PROGRAM_FORM, span, format!("`{name}` must return an int (the exit status), not {ret}"))
                .with_label(format!("this is {ret}"))
                .with_note("pyrt exits with entry_point's return value, as `sys.exit(entry_point(sys.argv))` would"),
        );
    }

    /// Replace every type variable by its final binding. A container that
    /// contains itself has no finite type: refused.
    fn settle_vars(&mut self) {
        let mut bad: Option<u32> = None;
        let vars = &mut self.vars;
        let mut settle = |t: &Type| -> Type {
            match vars.settle(t, &mut Vec::new()) {
                Ok(t) => t,
                Err(v) => {
                    bad.get_or_insert(v);
                    Type::None
                }
            }
        };
        for f in self.m.funcs.values_mut() {
            for v in f.values.values_mut() {
                v.ty = settle(&v.ty);
            }
            for s in &mut f.slots {
                s.1 = settle(&s.1);
            }
            f.ret = settle(&f.ret);
        }
        for g in self.m.globals.values_mut() {
            g.ty = settle(&g.ty);
        }
        for ((c, name), v) in &self.attrs {
            let t = settle(&Type::Var(*v));
            self.m.classes[*c].fields.insert(name.clone(), t);
        }
        if let Some(v) = bad {
            let span = self.vars.origin[v as usize].unwrap_or(Span::DUMMY);
            self.diags.push(
                Diagnostic::error(codes::TYPE_CONFLICT, span, "a container that contains itself has no type pyrt can give it")
                    .with_label("stored into itself (directly or through other containers)"),
            );
        }
    }

    /// Drop what was never reached and give the leftovers of flow concrete types.
    fn finish(self) {
        let Annotator { m, state, .. } = self;
        for (fid, f) in m.funcs.iter_mut() {
            let st = &state[fid.index()];
            if !st.reached {
                continue;
            }
            for &b in &f.layout.clone() {
                if !st.blocks[b.index()] {
                    continue;
                }
                if let Some(&keep) = st.stopped.get(&b) {
                    f.blocks[b].insts.truncate(keep);
                    f.blocks[b].term = Terminator::Unreachable;
                }
            }
            f.layout.retain(|b| st.blocks[b.index()]);
            f.remove_unreachable_blocks();
            settle_unknowns(f);
        }
        // Keep reached functions only, renumbering calls.
        let mut map: Vec<Option<FuncId>> = vec![None; m.funcs.len()];
        let mut funcs = EntityVec::new();
        let old = std::mem::take(&mut m.funcs);
        for (id, f) in old.iter() {
            if state[id.index()].reached {
                map[id.index()] = Some(funcs.push(f.clone()));
            }
        }
        // Function values name functions by id too, in their types.
        let renumber = |t: &Type| {
            t.map(&mut |x| match x {
                Type::Func(ids) => Some(Type::Func(ids.iter().filter_map(|id| map[id.index()]).collect())),
                _ => None,
            })
        };
        for f in funcs.values_mut() {
            let f: &mut Function = f;
            f.parent = f.parent.and_then(|p| map[p.index()]);
            for inst in f.insts.values_mut() {
                if let Op::Call(c) | Op::FuncRef(c) | Op::LoadOuter { func: c, .. } | Op::StoreOuter { func: c, .. } = &mut inst.op {
                    // Calls in dropped code may name dropped functions; they are
                    // unreachable, so any id will do.
                    *c = map[c.index()].unwrap_or(FuncId(0));
                }
            }
            for v in f.values.values_mut() {
                v.ty = renumber(&v.ty);
            }
            f.ret = renumber(&f.ret);
        }
        for g in m.globals.values_mut() {
            g.ty = renumber(&g.ty);
        }
        // Methods never reached are dropped from their classes.
        for c in m.classes.values_mut() {
            c.members.retain(|_, member| match member {
                pyrt_ir::Member::Method(f) | pyrt_ir::Member::Static(f) | pyrt_ir::Member::ClassMethod(f) => match map[f.index()] {
                    Some(n) => {
                        *f = n;
                        true
                    }
                    None => false,
                },
                pyrt_ir::Member::Property { get, set } => {
                    *set = set.and_then(|s| map[s.index()]);
                    match map[get.index()] {
                        Some(n) => {
                            *get = n;
                            true
                        }
                        None => false,
                    }
                }
                pyrt_ir::Member::Attr => true,
            });
            for t in c.fields.values_mut() {
                *t = renumber(t);
            }
        }
        m.main = m.main.and_then(|id| map[id.index()]);
        for e in &mut m.exports {
            e.func = map[e.func.index()].expect("exports are reached");
        }
        m.funcs = funcs;
        for g in m.globals.values_mut() {
            if !g.ty.is_known() {
                g.ty = Type::None;
            }
        }
    }
}

/// Where a value of an `Either` type got its first two types, and which.
type EitherOrigins = ((Span, String), (Span, String));

/// Where a value of an `Either` type got its types.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum EitherSite {
    Param(FuncId, Value),
    Ret(FuncId),
    Global(GlobalId),
    Slot(FuncId, u32),
}

impl Annotator<'_> {
    /// The two places an `Either` value got its first two types, following
    /// the value back to the parameter, global, slot, result or attribute.
    fn either_origins(&self, fid: FuncId, v: Value) -> Option<EitherOrigins> {
        let f = &self.m.funcs[fid];
        let v = f.resolve(v);
        match f.values[v].def {
            pyrt_ir::ValueDef::Param(..) => self.either_sites.get(&EitherSite::Param(fid, v)).cloned(),
            pyrt_ir::ValueDef::Inst(i) => match &f.insts[i].op {
                Op::Copy => self.either_origins(fid, f.insts[i].args[0]),
                Op::LoadGlobal(g) => self.either_sites.get(&EitherSite::Global(*g)).cloned(),
                Op::LoadSlot { slot, .. } => self.either_sites.get(&EitherSite::Slot(fid, *slot)).cloned(),
                Op::Call(c) => self.either_sites.get(&EitherSite::Ret(*c)).cloned(),
                Op::GetAttr(name) => self.either_origin.iter().find(|((_, n), _)| n == &**name).map(|(_, s)| ((Span::DUMMY, String::new()), (*s, "another type".into()))),
                _ => None,
            },
            pyrt_ir::ValueDef::Alias(_) => None,
        }
    }
}

/// The refusal of an operation on a value whose type is `Either` (scalars of
/// different types met): such values are stored, passed on, tested for truth,
/// compared for equality and printed; nothing else. Gives the operand's index.
fn either_use(op: &Op, tys: &[Type]) -> Option<(usize, String)> {
    use pyrt_ir::{Builtin, CmpOp, UnaryOp};
    for (k, t) in tys.iter().enumerate() {
        let mut either = None;
        t.walk(&mut |x| {
            if let Type::Either(ts) = x {
                either.get_or_insert_with(|| ts.clone());
            }
        });
        let Some(ts) = either else { continue };
        let top = matches!(t, Type::Either(_));
        // A float among ints prints differently from an int of the same value,
        // and NaN is true: such values are only moved.
        let exact = !ts.contains(&Type::Float);
        let ok = match op {
            Op::Copy | Op::Call(_) | Op::New { .. } | Op::StoreGlobal(_) | Op::StoreSlot(_) | Op::BuildTuple | Op::TupleGet(_) => true,
            Op::CallValue | Op::SetAttr(_) | Op::CallMethod { .. } => k > 0 && top,
            Op::Select => k > 0,
            Op::Compare(CmpOp::Eq | CmpOp::Ne | CmpOp::Is | CmpOp::IsNot) => top,
            Op::Truth | Op::Unary(UnaryOp::Not) => top && exact,
            Op::Builtin(Builtin::Print { .. } | Builtin::Str | Builtin::Repr | Builtin::Bool) => exact,
            _ => false,
        };
        if !ok {
            let names: Vec<String> = ts.iter().map(|t| t.to_string()).collect();
            let what = match op {
                Op::Binary(b) | Op::InPlace(b) => format!("use `{}` on it", b.symbol()),
                Op::Compare(c) => format!("compare it with `{}`", c.symbol()),
                Op::Unary(_) => "negate it".to_string(),
                Op::Builtin(b) => format!("pass it to `{}()`", b.spelling().split('/').next().unwrap_or("")),
                Op::CallMethod { name, .. } => format!("call `.{name}()` on it"),
                Op::GetAttr(name) => format!("read `.{name}` of it"),
                _ => format!("`{op}` it"),
            };
            return Some((k, format!("this value is {} depending on where it came from; pyrt cannot {what}", names.join(" or "))));
        }
    }
    None
}

fn users_of(f: &Function) -> HashMap<Value, Vec<Block>> {
    let mut users: HashMap<Value, Vec<Block>> = HashMap::new();
    for &b in &f.layout {
        let data = &f.blocks[b];
        let uses = data.insts.iter().flat_map(|&i| f.insts[i].args.iter().copied()).chain(data.term.uses());
        for v in uses {
            let list = users.entry(f.resolve(v)).or_default();
            if list.last() != Some(&b) {
                list.push(b);
            }
        }
    }
    users
}

/// Values whose type flow never fixed: `Undef` placeholders take the type of the
/// parameter they flow into; results of calls that never return, and the return
/// type of functions that never return, become None.
fn settle_unknowns(f: &mut Function) {
    for &b in &f.layout.clone() {
        for c in f.blocks[b].term.successors().into_iter().cloned().collect::<Vec<_>>() {
            for (&a, &p) in c.args.iter().zip(&f.blocks[c.block].params) {
                if !f.values[a].ty.is_known() {
                    f.values[a].ty = f.values[p].ty.clone();
                }
            }
        }
    }
    for v in f.values.values_mut() {
        if !v.ty.is_known() {
            v.ty = Type::None;
        }
    }
    if !f.ret.is_known() {
        f.ret = Type::None;
    }
}

fn describe_var(name: Option<&str>) -> String {
    match name {
        // A comprehension's variable is `name$N` inside.
        Some(n) if !n.starts_with('$') => format!("variable `{}`", n.split('$').next().unwrap_or(n)),
        Some("$ifexp") => "a branch of this conditional expression".to_string(),
        Some("$and") | Some("$or") => "an operand of this `and`/`or`".to_string(),
        _ => "this value".to_string(),
    }
}

fn describe_global(name: &str) -> String {
    match name.split_once(".__defaults__") {
        Some((f, _)) => format!("a default of `{f}`"),
        None => format!("global `{name}`"),
    }
}

fn declared_conflict(subject: &str, declared: &Type, got: &Type, at: Span, origin: Span) -> Diagnostic {
    let mut d = Diagnostic::error(codes::TYPE_CONFLICT, at, format!("{subject} is declared {declared} but is {got} here"))
        .with_label(format!("this is {got}"));
    if !origin.is_dummy() {
        d = d.with_secondary(origin, "declared here");
    }
    if declared.is_number() && got.is_number() {
        d = d.with_note("pyrt keeps int, float and bool apart, because CPython prints them differently (write 1.0 for a float)");
    }
    d
}

fn conflict(subject: &str, old: &Type, new: &Type, at: Span, origin: Span) -> Diagnostic {
    let mut d = Diagnostic::error(codes::TYPE_CONFLICT, at, format!("{subject} is {new} here but {old} elsewhere"))
        .with_label(format!("this is {new}"));
    if !origin.is_dummy() {
        d = d.with_secondary(origin, format!("{old} first comes from here"));
    }
    d.with_note(format!(
        "pyrt gives every variable, parameter and return one type; {old} and {new} do not unify{}",
        if old.is_number() && new.is_number() { " (CPython prints them differently)" } else { "" }
    ))
}

