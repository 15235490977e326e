//! Classes in the annotator: instance attributes, method calls with dynamic
//! dispatch, construction, `isinstance` and the dunder methods behind operators.
//!
//! Attribute types are RPython's "attribute types per class from all writes":
//! each attribute has one slot (a type variable) on the highest class that uses
//! it. A slot first made on a subclass moves up ("lifts") when a base class
//! uses the same name, merging the two, so a read through the base sees every
//! write through any subclass.

use super::*;
use pyrt_ir::module::DunderCall;
use pyrt_ir::{ArgSource, ClassId, ClassRef, DefaultArg, Member};

/// Dunder methods the runtime calls by itself (printing, containers, sorting):
/// a class's are annotated when the class is first instantiated, with
/// instances of the class as their arguments.
const RUNTIME_DUNDERS: &[(&str, usize)] = &[
    ("__str__", 1),
    ("__repr__", 1),
    ("__hash__", 1),
    ("__bool__", 1),
    ("__len__", 1),
    ("__eq__", 2),
    ("__ne__", 2),
    ("__lt__", 2),
    ("__le__", 2),
    ("__gt__", 2),
    ("__ge__", 2),
];

/// The class a value's type is an instance of (None included), if any.
pub(super) fn inst_class(t: &Type) -> Option<&ClassRef> {
    match t {
        Type::Inst(c) => Some(c),
        Type::Optional(x) => match &**x {
            Type::Inst(c) => Some(c),
            _ => None,
        },
        _ => None,
    }
}

impl Annotator<'_> {
    fn chain(&self, c: ClassId) -> ClassRef { self.m.classes[c].chain.clone() }

    /// The slot of attribute `name` seen from class `c`: found on `c` or a base,
    /// else lifted from subclasses (or made, when `create`).
    fn attr_slot(&mut self, c: ClassId, name: &str, create: bool) -> Option<u32> {
        let chain: Vec<ClassId> = self.m.classes[c].chain.0.iter().map(|(k, _)| *k).collect();
        for k in &chain {
            if let Some(&v) = self.attrs.get(&(*k, name.to_string())) {
                return Some(v);
            }
        }
        let below: Vec<ClassId> = self.m.subclasses(c).into_iter().filter(|s| *s != c && self.attrs.contains_key(&(*s, name.to_string()))).collect();
        if below.is_empty() && !create {
            return None;
        }
        // Reads that found no slot of this name flow again.
        for (f, blk) in self.attr_waiters.remove(name).unwrap_or_default() {
            self.reach_block(f, blk);
        }
        let v = self.vars.fresh();
        for s in below {
            let old = self.attrs.remove(&(s, name.to_string())).unwrap();
            // Two slots of one attribute merge; a conflict is reported where it is used.
            let _ = self.vars.unify(&Type::Var(v), &Type::Var(old), Span::DUMMY, 0);
            self.vars.conflict = None;
        }
        self.attrs.insert((c, name.to_string()), v);
        self.notify_grown();
        Some(v)
    }

    fn pending_error(&mut self, fid: FuncId, i: pyrt_ir::Inst, code: &'static str, span: Span, msg: String) -> Step {
        self.pending.insert((fid.0, i.0), Diagnostic::error(code, span, msg));
        Step::Stop { keep_this: false }
    }

    /// The flow step of the class operations, and of operators on instances
    /// (their dunder methods); None for everything else.
    pub(super) fn step_class(&mut self, fid: FuncId, b: Block, i: pyrt_ir::Inst, tys: &[Type]) -> Option<Step> {
        let inst = self.m.funcs[fid].insts[i].clone();
        let span = inst.span;
        Some(match &inst.op {
            Op::ClassRef(c) => Step::Type(Some(Type::Class(self.chain(*c)))),
            Op::ModuleRef(m) => Step::Type(Some(Type::Module(m.clone()))),
            Op::GetAttr(name) if matches!(tys[0], Type::Module(_)) => {
                let Type::Module(m) = &tys[0] else { unreachable!() };
                let sub = format!("{m}.{name}");
                if pyrt_ir::methods::Recv::module(&sub).is_some() {
                    return Some(Step::Type(Some(Type::Module(sub.into()))));
                }
                let r = pyrt_ir::methods::Recv::module(m).expect("a library module");
                match pyrt_ir::methods::MethodId::lookup(r, name) {
                    Some(id) if id.get().value => {
                        let mut env = Cx { vars: &mut self.vars, sites: &mut self.sites, at: (fid.0, b.0), inst: i.0, span };
                        match typing::method(&mut env, &tys[0], name, &[], &[]) {
                            Ok((_, t)) => Step::Type(Some(t)),
                            Err(msg) => self.pending_error(fid, i, codes::BAD_OPERAND, span, msg),
                        }
                    }
                    Some(_) => self.pending_error(fid, i, codes::UNSUPPORTED_EXPR, span, format!("`{m}.{name}` as a value is not supported yet; call it")),
                    None => self.pending_error(fid, i, codes::BAD_OPERAND, span, format!("module '{m}' has no attribute '{name}'")),
                }
            }
            Op::New { class, kwnames } => self.step_new(fid, b, i, *class, tys, kwnames),
            Op::IsInstance(_) => Step::Type(Some(Type::Bool)),
            Op::ClassName => Step::Type(Some(Type::Str)),
            Op::CallValue if matches!(tys[0], Type::Class(_)) => {
                let Type::Class(c) = &tys[0] else { unreachable!() };
                let c = c.id();
                for s in self.m.subclasses(c) {
                    self.instantiate(fid, b, s, span);
                }
                let me = Type::Inst(self.chain(c));
                if self.m.targets(c, "__init__").is_empty() {
                    if tys.len() > 1 && !self.m.classes[c].chain.0.iter().any(|(k, _)| self.m.classes[*k].builtin.is_some()) {
                        let name = self.m.classes[c].name.clone();
                        return Some(self.pending_error(fid, i, codes::BAD_CALL, span, format!("{name}() takes no arguments")));
                    }
                    return Some(Step::Type(Some(me)));
                }
                match self.call_member(fid, b, i, &me, "__init__", &tys[1..], &[]) {
                    Ok(Step::Type(_)) => Step::Type(Some(me)),
                    Ok(stop) => stop,
                    Err(msg) => self.pending_error(fid, i, codes::BAD_CALL, span, msg),
                }
            }
            Op::ClassOf => match inst_class(&tys[0]) {
                Some(c) => Step::Type(Some(Type::Class(c.clone()))),
                None => self.pending_error(fid, i, codes::BAD_OPERAND, span, format!("type() of {} is not supported", tys[0])),
            },
            Op::Downcast(c) => {
                let to = self.chain(*c);
                match inst_class(&tys[0]) {
                    Some(from) if to.is_sub_of(from) => Step::Type(Some(Type::Inst(to))),
                    Some(from) if from.is_sub_of(&to) => Step::Type(Some(Type::Inst(from.clone()))),
                    // Unrelated along first bases (a mixin): no narrowing.
                    Some(from) => Step::Type(Some(Type::Inst(from.clone()))),
                    None => Step::Type(Some(tys[0].clone())),
                }
            }
            Op::GetAttr(name) => {
                let r = self.get_attr(fid, b, i, &tys[0], name);
                match r {
                    Ok(step) => step,
                    Err(msg) => self.pending_error(fid, i, codes::BAD_OPERAND, span, msg),
                }
            }
            Op::SetAttr(name) => match self.set_attr(fid, b, i, &tys[0], &tys[1], name) {
                Ok(step) => step,
                Err((code, msg)) => self.pending_error(fid, i, code, span, msg),
            },
            Op::CallMethod { name, kwnames } if inst_class(&tys[0]).is_some() || matches!(tys[0], Type::Class(_)) => {
                let args: Vec<Type> = tys[1..].to_vec();
                match self.call_member(fid, b, i, &tys[0], name, &args, kwnames) {
                    Ok(step) => step,
                    Err(msg) => self.pending_error(fid, i, codes::BAD_CALL, span, msg),
                }
            }
            op => match pyrt_ir::module::dunder(&self.m.classes, op, tys)? {
                DunderCall::Identity { .. } | DunderCall::Const(_) => Step::Type(Some(Type::Bool)),
                DunderCall::Swap { name, rname, negate } => {
                    let to_bool = negate;
                    let a = self.call_member(fid, b, i, &tys[0], name, std::slice::from_ref(&tys[1]), &[]);
                    let r = self.call_member(fid, b, i, &tys[1], rname, std::slice::from_ref(&tys[0]), &[]);
                    match (a, r) {
                        (Ok(Step::Type(Some(_))), Ok(Step::Type(Some(_)))) if to_bool => Step::Type(Some(Type::Bool)),
                        (Ok(Step::Type(Some(x))), Ok(Step::Type(Some(y)))) => match self.unify(&x, &y, span) {
                            Ok(t) => Step::Type(Some(t)),
                            Err(()) => self.pending_error(fid, i, codes::TYPE_CONFLICT, span, format!("`{name}` and the subclass's `{rname}` return different types, {x} and {y}")),
                        },
                        (Err(msg), _) | (_, Err(msg)) => self.pending_error(fid, i, codes::BAD_OPERAND, span, msg),
                        _ => Step::Stop { keep_this: false },
                    }
                }
                DunderCall::Call { name, recv, other, negate } => {
                    let args: Vec<Type> = other.map(|o| tys[o].clone()).into_iter().collect();
                    let to_bool = negate
                        || name == "__contains__"
                        || matches!(op, Op::Truth | Op::Unary(_)) && name != "__neg__" && name != "__pos__" && name != "__invert__";
                    match self.call_member(fid, b, i, &tys[recv], name, &args, &[]) {
                        Ok(Step::Type(Some(_))) if to_bool => Step::Type(Some(Type::Bool)),
                        Ok(step) => step,
                        Err(msg) => self.pending_error(fid, i, codes::BAD_OPERAND, span, msg),
                    }
                }
            },
        })
    }

    /// The class gets instances: the runtime may call these dunders on any of them.
    fn instantiate(&mut self, fid: FuncId, b: Block, class: ClassId, span: Span) {
        if !self.instantiated.insert(class) {
            return;
        }
        let me = Type::Inst(self.chain(class));
        for (name, n) in RUNTIME_DUNDERS {
            if let Some((_, Member::Method(f))) = self.m.lookup(class, name).map(|(c, m)| (c, m.clone())) {
                let args = vec![me.clone(); *n];
                let _ = self.flow_call_types(fid, b, f, &args, span);
            }
        }
    }

    /// The iterator type an instance gives when iterated: its `__iter__`'s
    /// result, or an iterator over the `__next__` results of the instance that
    /// returns. None while those are not known yet (or on an error, reported).
    pub(super) fn instance_iter(&mut self, fid: FuncId, b: Block, i: pyrt_ir::Inst, t: &Type) -> Result<Option<Type>, String> {
        let cname = t.to_string();
        if self.m.lookup(inst_class(t).expect("an instance").id(), "__iter__").is_none() {
            return Err(format!("'{cname}' object is not iterable"));
        }
        let it = match self.call_member(fid, b, i, t, "__iter__", &[], &[])? {
            Step::Type(Some(t)) => t,
            _ => return Ok(None),
        };
        match &it {
            Type::Iter(_) => Ok(Some(it)),
            Type::Inst(c) => {
                if self.m.lookup(c.id(), "__next__").is_none() {
                    return Err(format!("iter() returned non-iterator of type '{}'", c.name()));
                }
                match self.call_member(fid, b, i, &it, "__next__", &[], &[])? {
                    Step::Type(Some(e)) => Ok(Some(Type::iter(e))),
                    _ => Ok(None),
                }
            }
            t => Err(format!("iter() returned non-iterator of type '{}'", t.python_name())),
        }
    }

    fn step_new(&mut self, fid: FuncId, b: Block, i: pyrt_ir::Inst, class: ClassId, tys: &[Type], kwnames: &[Box<str>]) -> Step {
        let span = self.m.funcs[fid].insts[i].span;
        let me = Type::Inst(self.chain(class));
        self.instantiate(fid, b, class, span);
        match self.m.lookup(class, "__init__").map(|(c, m)| (c, m.clone())) {
            Some((_, Member::Method(f))) => {
                let sig = self.m.funcs[f].signature();
                let npos = tys.len() - kwnames.len();
                let srcs = match sig.bind(1, npos, kwnames) {
                    Ok(s) => s,
                    Err(msg) => {
                        let msg = msg.replacen("__init__()", &format!("{}()", self.m.classes[class].name), 1);
                        return self.pending_error(fid, i, codes::BAD_CALL, span, msg);
                    }
                };
                let Some(mut args) = self.bound_types(b, fid, &srcs, tys, npos) else { return Step::Stop { keep_this: false } };
                args.insert(0, me.clone());
                match self.flow_call_types(fid, b, f, &args, span) {
                    Step::Type(_) => Step::Type(Some(me)),
                    stop => stop,
                }
            }
            Some(_) => self.pending_error(fid, i, codes::BAD_CALL, span, "`__init__` must be a plain method".into()),
            None if self.m.classes[class].chain.0.iter().any(|(c, _)| self.m.classes[*c].builtin.is_some()) => {
                // A built-in exception's constructor keeps its arguments.
                if !kwnames.is_empty() {
                    let name = self.m.classes[class].name.clone();
                    return self.pending_error(fid, i, codes::BAD_CALL, span, format!("{name}() takes no keyword arguments"));
                }
                Step::Type(Some(me))
            }
            None if tys.is_empty() => Step::Type(Some(me)),
            None => {
                let name = self.m.classes[class].name.clone();
                self.pending_error(fid, i, codes::BAD_CALL, span, format!("{name}() takes no arguments"))
            }
        }
    }

    /// The types of a call's bound arguments, defaults included; None when a
    /// default's global has no type yet.
    fn bound_types(&mut self, b: Block, fid: FuncId, srcs: &[ArgSource], tys: &[Type], npos: usize) -> Option<Vec<Type>> {
        let mut out = Vec::new();
        for s in srcs {
            out.push(match s {
                ArgSource::Positional(k) => tys[*k].clone(),
                ArgSource::Keyword(j) => tys[npos + j].clone(),
                ArgSource::Default(DefaultArg::Const(c)) => c.ty(),
                ArgSource::Default(DefaultArg::Global(g)) => {
                    self.readers[g.index()].insert((fid, b));
                    let t = self.m.globals[*g].ty.clone();
                    if !t.is_known() {
                        return None;
                    }
                    t
                }
            });
        }
        Some(out)
    }

    fn get_attr(&mut self, fid: FuncId, b: Block, i: pyrt_ir::Inst, recv: &Type, name: &str) -> Result<Step, String> {
        let span = self.m.funcs[fid].insts[i].span;
        let (c, on_class) = match (inst_class(recv), recv) {
            (Some(c), _) => (c.id(), false),
            (None, Type::Class(c)) => (c.id(), true),
            (None, t) => return Err(format!("'{}' object has no attribute '{name}'", t.python_name())),
        };
        if on_class && name == "__name__" {
            return Ok(Step::Type(Some(Type::Str)));
        }
        let cname = self.m.classes[c].name.clone();
        match self.m.lookup(c, name).map(|(k, m)| (k, m.clone())) {
            Some((_, Member::Property { .. })) if !on_class => self.call_member(fid, b, i, recv, name, &[], &[]),
            Some((_, Member::Static(f))) => {
                self.reach_function(f);
                Ok(Step::Type(Some(Type::Func(vec![f]))))
            }
            Some((_, Member::Method(f))) if on_class => {
                self.reach_function(f);
                Ok(Step::Type(Some(Type::Func(vec![f]))))
            }
            Some((_, Member::Method(_))) => {
                // Every method a bound method may run is annotated when it is called.
                Ok(Step::Type(Some(Type::Bound(inst_class(recv).cloned().expect("an instance"), name.into()))))
            }
            Some((_, Member::ClassMethod(_))) => Err(format!("`{cname}.{name}` as a value (a bound class method) is not supported yet; call it directly")),
            Some((_, Member::Property { .. })) => Err(format!("`{cname}.{name}` is a property; read it through an instance")),
            Some((_, Member::Attr)) | None => {
                if on_class && self.m.lookup(c, name).is_none() {
                    return Err(format!("type object '{cname}' has no attribute '{name}'"));
                }
                let Some(v) = self.attr_slot(c, name, false) else {
                    self.attr_waiters.entry(name.to_string()).or_default().insert((fid, b));
                    // Nothing has written it yet; at the fixpoint this is an error.
                    self.pending.insert(
                        (fid.0, i.0),
                        Diagnostic::error(codes::BAD_OPERAND, span, format!("'{cname}' object has no attribute '{name}'"))
                            .with_note(format!("no code that runs assigns `{name}` to an instance of `{cname}` or of a class it derives from")),
                    );
                    return Ok(Step::Stop { keep_this: false });
                };
                let t = expose(&mut self.vars, &Type::Var(v), (fid.0, b.0));
                Ok(if t.is_known() { Step::Type(Some(t)) } else { Step::Stop { keep_this: false } })
            }
        }
    }

    fn set_attr(&mut self, fid: FuncId, b: Block, i: pyrt_ir::Inst, recv: &Type, val: &Type, name: &str) -> Result<Step, (&'static str, String)> {
        let span = self.m.funcs[fid].insts[i].span;
        let (c, on_class) = match (inst_class(recv), recv) {
            (Some(c), _) => (c.id(), false),
            (None, Type::Class(c)) => (c.id(), true),
            (None, t) => return Err((codes::BAD_OPERAND, format!("'{}' object has no attribute '{name}'", t.python_name()))),
        };
        let cname = self.m.classes[c].name.clone();
        match self.m.lookup(c, name).map(|(k, m)| (k, m.clone())) {
            Some((_, Member::Property { set: Some(_), .. })) if !on_class => {
                self.call_member(fid, b, i, recv, &format!("{name}$set"), std::slice::from_ref(val), &[]).map_err(|m| (codes::BAD_CALL, m))
            }
            Some((_, Member::Property { .. })) => Err((codes::BAD_OPERAND, format!("property '{name}' of '{cname}' object has no setter"))),
            Some((_, Member::Method(_) | Member::Static(_) | Member::ClassMethod(_))) => {
                Err((codes::DYNAMIC, format!("assigning the method `{cname}.{name}` is not supported (monkeypatching)")))
            }
            Some((_, Member::Attr)) | None => {
                if on_class && self.m.lookup(c, name).is_none() {
                    return Err((codes::DYNAMIC, format!("assigning a new class attribute `{cname}.{name}` outside the class body is not supported (monkeypatching)")));
                }
                let v = self.attr_slot(c, name, true).unwrap();
                let mut r = self.vars.unify(&Type::Var(v), val, span, 0);
                if r.is_err() {
                    // An attribute may hold scalars of different types, if they
                    // are only stored and passed on (checked where they are used).
                    let root = self.vars.find(v);
                    if let Some(e) = Type::either(&self.vars.ty[root as usize], val) {
                        self.vars.ty[root as usize] = e;
                        self.vars.grown.push(root);
                        self.vars.conflict = None;
                        self.either_origin.entry((c, name.to_string())).or_insert(span);
                        r = Ok(Type::Var(root));
                    }
                }
                self.notify_grown();
                if r.is_err() {
                    let (origin, old, new) = self.vars.conflict.take().unwrap_or((None, Type::Unknown, val.clone()));
                    let (old, new) = (deep_of(&mut self.vars, &old), deep_of(&mut self.vars, &new));
                    let mut d = Diagnostic::error(codes::TYPE_CONFLICT, span, format!("attribute `{name}` of `{cname}` is {new} here but {old} elsewhere"))
                        .with_label(format!("this is {new}"));
                    if let Some(o) = origin.filter(|o| !o.is_dummy() && *o != span) {
                        d = d.with_secondary(o, format!("{old} first comes from here"));
                    }
                    d = d.with_note("an attribute has one type in a class and the classes derived from it");
                    self.report((fid.0, i.0, 5), d);
                    return Ok(Step::Stop { keep_this: false });
                }
                Ok(Step::Type(None))
            }
        }
    }

    /// A call of member `name` through an instance or class of type `recv`:
    /// every member it may dispatch to receives the arguments; the result is
    /// the union of their results.
    // The flow position (function, block, instruction) travels with every call.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_member(
        &mut self,
        fid: FuncId,
        b: Block,
        i: pyrt_ir::Inst,
        recv: &Type,
        name: &str,
        args: &[Type],
        kwnames: &[Box<str>],
    ) -> Result<Step, String> {
        let span = self.m.funcs[fid].insts[i].span;
        let (c, on_class) = match (inst_class(recv), recv) {
            (Some(c), _) => (c.id(), false),
            (None, Type::Class(c)) => (c.id(), true),
            (None, t) => return Err(format!("'{}' object has no attribute '{name}'", t.python_name())),
        };
        let cname = self.m.classes[c].name.clone();
        let (member_name, setter) = match name.strip_suffix("$set") {
            Some(n) => (n, true),
            None => (name, false),
        };
        let mut targets = self.m.targets(c, member_name);
        if on_class {
            targets.truncate(1);
        }
        if targets.is_empty()
            && !on_class
            && kwnames.is_empty()
            && let Some(v) = self.attr_slot(c, name, false)
        {
            // `obj.f(x)` where the attribute `f` holds a function value.
            let ft = expose(&mut self.vars, &Type::Var(v), (fid.0, b.0));
            if !ft.is_known() {
                return Ok(Step::Stop { keep_this: false });
            }
            return Ok(self.flow_call_func(fid, b, i, ft, args, span));
        }
        if targets.is_empty() {
            return Err(if on_class {
                format!("type object '{cname}' has no attribute '{name}'")
            } else {
                format!("'{cname}' object has no attribute '{name}'")
            });
        }
        let npos = args.len() - kwnames.len();
        let mut binding: Option<Vec<ArgSource>> = None;
        let mut ret = Type::Unknown;
        let mut stopped = false;
        for (owner, member) in targets {
            let me = if owner == c { recv.non_none() } else { Type::Inst(self.chain(owner)) };
            let (f, first) = match member {
                Member::Method(f) if on_class => (f, None),
                Member::Method(f) => (f, Some(me)),
                Member::Static(f) => (f, None),
                Member::ClassMethod(f) => (f, Some(Type::Class(if owner == c { inst_class(recv).cloned().unwrap_or_else(|| self.chain(c)) } else { self.chain(owner) }))),
                Member::Property { get, set } if !on_class => match (setter, set) {
                    (false, _) => (get, Some(me)),
                    (true, Some(s)) => (s, Some(me)),
                    (true, None) => return Err(format!("property '{member_name}' of '{cname}' object has no setter")),
                },
                Member::Property { .. } | Member::Attr => {
                    return Err(format!("`{cname}.{name}` is not a method; calling attributes is not supported"));
                }
            };
            let sig = self.m.funcs[f].signature();
            let skip = usize::from(first.is_some());
            let srcs = sig.bind(skip, npos, kwnames)?;
            match &binding {
                Some(prev) if *prev != srcs => {
                    return Err(format!(
                        "the methods `{name}` this call may run take their parameters differently (`{}` and another); give the overrides the same parameters and defaults",
                        self.m.funcs[f].name
                    ));
                }
                _ => binding = Some(srcs.clone()),
            }
            let Some(mut tys) = self.bound_types(b, fid, &srcs, args, npos) else {
                stopped = true;
                continue;
            };
            if let Some(t) = first {
                tys.insert(0, t);
            }
            match self.flow_call_types(fid, b, f, &tys, span) {
                Step::Type(Some(t)) => match self.unify(&ret, &t, span) {
                    Ok(u) => ret = u,
                    Err(()) => {
                        return Err(format!("the methods `{name}` this call may run return different types, {ret} and {t}"));
                    }
                },
                _ => stopped = true,
            }
        }
        let _ = stopped;
        Ok(if ret.is_known() { Step::Type(Some(ret)) } else { Step::Stop { keep_this: true } })
    }
}
