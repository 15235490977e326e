//! Lowering of the class operations: construction, attributes, method calls
//! (direct when one method can run, else dispatched through the instance's
//! class), and operators on instances (their dunder methods).

use super::Lowerer;
use crate::entities::Value;
use crate::function::{ArgSource, DefaultArg, InstData};
use crate::module::{DunderCall, Member, dunder, lookup, targets};
use crate::ops::{Const, Op, Prim};
use crate::types::Type;

impl Lowerer<'_> {
    /// Lower `inst` if it is a class operation or an operator on an instance:
    /// `Some(result)` (None for no result) when it was.
    pub(super) fn lower_class_op(&mut self, inst: &InstData) -> Option<Option<Value>> {
        let a = &inst.args;
        let ty = inst.result.map(|r| self.ty(r)).unwrap_or(Type::None);
        let tys: Vec<Type> = a.iter().map(|&v| self.ty(v)).collect();
        Some(match &inst.op {
            Op::New { class, kwnames } => Some(self.new_instance(*class, a, kwnames)),
            Op::GetAttr(name) if matches!(tys[0], Type::Module(_)) => {
                let Type::Module(m) = &tys[0] else { unreachable!() };
                let sub = format!("{m}.{name}");
                if crate::methods::Recv::module(&sub).is_some() {
                    return Some(Some(self.emit(Op::ModuleRef(sub.into()), vec![], ty)));
                }
                let r = crate::methods::Recv::module(m).expect("a library module");
                Some(self.method(r, name, vec![], ty))
            }
            Op::GetAttr(name) => Some(self.get_attr(a[0], name, ty)),
            Op::CallValue if matches!(tys[0], Type::Class(_)) => {
                let Type::Class(c) = &tys[0] else { unreachable!() };
                if targets(&self.p.classes, c.id(), "__init__").is_empty() {
                    // A built-in exception's constructor keeps the arguments.
                    return Some(Some(self.emit(Op::AllocOf, a.to_vec(), Type::Inst(c.clone()))));
                }
                let o = self.emit(Op::AllocOf, vec![a[0]], Type::Inst(c.clone()));
                self.call_member(o, "__init__", &a[1..], &[], Type::None);
                Some(o)
            }
            Op::SetAttr(name) => {
                self.set_attr(a[0], a[1], name);
                None
            }
            Op::CallMethod { name, kwnames } if matches!(tys[0], Type::Inst(_) | Type::Class(_)) || is_opt_inst(&tys[0]) => {
                Some(self.call_member(a[0], name, &a[1..], kwnames, ty))
            }
            op => match dunder(&self.p.classes, op, &tys)? {
                DunderCall::Identity { negate } => {
                    let r = self.emit(Op::Is, vec![a[0], a[1]], Type::Bool);
                    Some(if negate { self.prim(Prim::BoolNot, vec![r]) } else { r })
                }
                DunderCall::Const(b) => Some(self.konst(Const::Bool(b))),
                DunderCall::Swap { name, rname, negate } => {
                    let to_bool = negate;
                    let rt = if to_bool { self.member_ret(&tys[0], name) } else { ty };
                    let r = self.emit(Op::DispatchBinary { name: name.into(), rname: rname.into() }, vec![a[0], a[1]], rt);
                    let r = if to_bool { self.truth(r) } else { r };
                    Some(if negate { self.prim(Prim::BoolNot, vec![r]) } else { r })
                }
                DunderCall::Call { name, recv, other, negate } => {
                    let args: Vec<Value> = other.map(|o| a[o]).into_iter().collect();
                    let to_bool = matches!(op, Op::Truth | Op::Unary(_)) && name != "__neg__" && name != "__pos__" && name != "__invert__"
                        || negate
                        || name == "__contains__";
                    let mt = if to_bool { self.member_ret(&tys[recv], name) } else { ty };
                    let r = self.call_member(a[recv], name, &args, &[], mt);
                    let r = if to_bool { self.truth(r) } else { r };
                    Some(if negate { self.prim(Prim::BoolNot, vec![r]) } else { r })
                }
            },
        })
    }

    /// The result type of the member a call dispatches to first.
    pub(super) fn member_ret(&self, recv: &Type, name: &str) -> Type {
        let Some(c) = class_of(recv) else { return Type::None };
        match lookup(&self.p.classes, c, name) {
            Some((_, Member::Method(f) | Member::Static(f) | Member::ClassMethod(f))) => self.p.ret[f.0 as usize].clone(),
            _ => Type::None,
        }
    }

    /// The values of a call's bound arguments, defaults included.
    fn bound_args(&mut self, srcs: &[ArgSource], args: &[Value], npos: usize) -> Vec<Value> {
        srcs.iter()
            .map(|s| match s {
                ArgSource::Positional(k) => args[*k],
                ArgSource::Keyword(j) => args[npos + j],
                ArgSource::Default(DefaultArg::Const(c)) => self.konst(c.clone()),
                ArgSource::Default(DefaultArg::Global(g)) => {
                    let t = self.p.globals[g.0 as usize].clone();
                    self.emit(Op::LoadGlobal(*g), vec![], t)
                }
            })
            .collect()
    }

    fn new_instance(&mut self, class: crate::entities::ClassId, args: &[Value], kwnames: &[Box<str>]) -> Value {
        let t = Type::Inst(self.p.classes[class].chain.clone());
        match lookup(&self.p.classes, class, "__init__") {
            Some((_, Member::Method(f))) => {
                let f = *f;
                let npos = args.len() - kwnames.len();
                // An exception keeps the constructor's arguments (BaseException.__new__),
                // whatever its __init__ does.
                let exception = self.p.classes[class].chain.0.iter().any(|(k, _)| self.p.classes[*k].builtin.is_some());
                let keep = if exception { args[..npos].to_vec() } else { vec![] };
                let o = self.emit(Op::Alloc(class), keep, t);
                let srcs = self.p.sigs[f.0 as usize].bind(1, npos, kwnames).expect("the annotator bound this call");
                let mut call = vec![o];
                call.extend(self.bound_args(&srcs, args, npos));
                let rt = self.p.ret[f.0 as usize].clone();
                self.emit(Op::Call(f), call, rt);
                o
            }
            // No `__init__`: a built-in exception's constructor keeps the arguments.
            _ => self.emit(Op::Alloc(class), args.to_vec(), t),
        }
    }

    /// The instance behind an optional one, raising AttributeError for None.
    fn unwrap_inst(&mut self, v: Value, name: &str) -> Value {
        match self.ty(v) {
            Type::Optional(t) => self.emit(
                Op::Unwrap { class: "AttributeError".into(), message: format!("'NoneType' object has no attribute '{name}'").into() },
                vec![v],
                *t,
            ),
            _ => v,
        }
    }

    fn get_attr(&mut self, obj: Value, name: &str, ty: Type) -> Value {
        let obj = self.unwrap_inst(obj, name);
        let t = self.ty(obj);
        let on_class = matches!(t, Type::Class(_));
        let c = class_of(&t).expect("the annotator typed this attribute");
        if on_class && name == "__name__" {
            return self.emit(Op::ClassName, vec![obj], Type::Str);
        }
        match lookup(&self.p.classes, c, name).map(|(_, m)| m.clone()) {
            Some(Member::Property { .. }) => self.call_member(obj, name, &[], &[], ty),
            Some(Member::Method(_)) if !on_class => self.emit(Op::BindMethod(name.into()), vec![obj], ty),
            Some(Member::Static(f) | Member::Method(f)) => self.emit(Op::FuncRef(f), vec![], ty),
            _ if on_class => self.emit(Op::ClassAttr(name.into()), vec![obj], ty),
            _ => self.emit(Op::Field(name.into()), vec![obj], ty),
        }
    }

    fn set_attr(&mut self, obj: Value, v: Value, name: &str) {
        let obj = self.unwrap_inst(obj, name);
        let t = self.ty(obj);
        let c = class_of(&t).expect("the annotator typed this attribute");
        match lookup(&self.p.classes, c, name) {
            Some((_, Member::Property { .. })) => {
                self.call_member(obj, &format!("{name}$set"), &[v], &[], Type::None);
            }
            _ if matches!(t, Type::Class(_)) => self.emit_void(Op::SetClassAttr(name.into()), vec![obj, v]),
            _ => self.emit_void(Op::SetField(name.into()), vec![obj, v]),
        }
    }

    /// A call of member `name` through `recv` (an instance or a class): direct
    /// when only one method can run, else dispatched by the receiver's class.
    pub(super) fn call_member(&mut self, recv: Value, name: &str, args: &[Value], kwnames: &[Box<str>], ty: Type) -> Value {
        let recv = self.unwrap_inst(recv, name.trim_end_matches("$set"));
        let t = self.ty(recv);
        let on_class = matches!(t, Type::Class(_));
        let c = class_of(&t).expect("the annotator typed this call");
        let (member_name, setter) = match name.strip_suffix("$set") {
            Some(n) => (n, true),
            None => (name, false),
        };
        let mut ts = targets(&self.p.classes, c, member_name);
        if on_class {
            ts.truncate(1);
        }
        if ts.is_empty() {
            // An attribute holding a function value.
            let ft = self.p.classes[c].chain.0.iter().find_map(|(k, _)| self.p.classes[*k].fields.get(name)).cloned().unwrap_or(Type::None);
            let fv = self.emit(Op::Field(name.into()), vec![recv], ft);
            let mut call = vec![fv];
            call.extend_from_slice(args);
            return self.emit(Op::CallValue, call, ty);
        }
        let (_, first) = ts[0].clone();
        let (f, first_arg) = match first {
            Member::Method(f) if on_class => (f, None),
            Member::Method(f) => (f, Some(recv)),
            Member::Static(f) => (f, None),
            Member::ClassMethod(f) if on_class => (f, Some(recv)),
            Member::ClassMethod(f) => {
                let ct = match &t {
                    Type::Inst(r) => Type::Class(r.clone()),
                    _ => unreachable!(),
                };
                (f, Some(self.emit(Op::ClassOf, vec![recv], ct)))
            }
            Member::Property { get, set } => match (setter, set) {
                (true, Some(s)) => (s, Some(recv)),
                _ => (get, Some(recv)),
            },
            Member::Attr => unreachable!("the annotator refuses calls of attributes"),
        };
        let npos = args.len() - kwnames.len();
        let skip = usize::from(first_arg.is_some());
        let srcs = self.p.sigs[f.0 as usize].bind(skip, npos, kwnames).expect("the annotator bound this call");
        let mut call: Vec<Value> = first_arg.into_iter().collect();
        call.extend(self.bound_args(&srcs, args, npos));
        if ts.len() == 1 {
            return self.emit(Op::Call(f), call, ty);
        }
        call.insert(0, recv);
        self.emit(Op::CallSlot { name: name.into(), on_class }, call, ty)
    }
}

fn is_opt_inst(t: &Type) -> bool { matches!(t, Type::Optional(x) if matches!(**x, Type::Inst(_))) }

fn class_of(t: &Type) -> Option<crate::entities::ClassId> {
    match t {
        Type::Inst(c) | Type::Class(c) => Some(c.id()),
        Type::Optional(x) => class_of(x),
        _ => None,
    }
}
