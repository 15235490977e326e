//! Lowering (RPython's "rtyper" role): rewrite every Python-level op into
//! primitives chosen by its operands' annotated types. After this pass the
//! meaning of every op is fixed, and backends need no type dispatch.
//! Typing already succeeded (see [`crate::typing`]), so lowering only picks.

use crate::entities::{Inst, Value};
use crate::function::Function;
use crate::methods::{Dflt, K, MethodId, Recv};
use crate::ops::{BinOp, Builtin, CmpOp, Const, Op, Prim, UnaryOp};
use crate::span::Span;
use crate::types::Type;
use crate::typing::Settled;

mod classes;
mod js;

/// What lowering needs to know of the rest of the program: the classes, and
/// the signatures and global types that calls through them bind against.
pub struct Program {
    pub classes: crate::module::Classes,
    pub sigs: Vec<crate::function::Signature>,
    pub ret: Vec<Type>,
    pub globals: Vec<Type>,
}

impl Program {
    pub fn of(m: &crate::module::Module) -> Program {
        Program {
            classes: m.classes.clone(),
            sigs: m.funcs.values().map(|f| f.signature()).collect(),
            ret: m.funcs.values().map(|f| f.ret.clone()).collect(),
            globals: m.globals.values().map(|g| g.ty.clone()).collect(),
        }
    }
}

pub fn lower_module(m: &mut crate::module::Module) {
    let p = Program::of(m);
    for f in m.funcs.values_mut() {
        lower_function(f, &p);
    }
    // Calls made here (constructors, methods) may pass a narrower type than the
    // parameter's: make the widenings explicit, as the annotator did for its own.
    crate::passes::insert_widenings(m);
}

pub fn lower_function(f: &mut Function, p: &Program) {
    for b in f.layout.clone() {
        let old = std::mem::take(&mut f.blocks[b].insts);
        let mut l = Lowerer { f, p, out: Vec::with_capacity(old.len()), span: Span::DUMMY };
        for i in old {
            l.lower_inst(i);
        }
        let out = l.out;
        f.blocks[b].insts = out;
    }
    f.resolve_aliases();
}

struct Lowerer<'a> {
    f: &'a mut Function,
    p: &'a Program,
    out: Vec<Inst>,
    span: Span,
}

impl Lowerer<'_> {
    fn ty(&self, v: Value) -> Type { self.f.ty(v).clone() }

    fn emit(&mut self, op: Op, args: Vec<Value>, ty: Type) -> Value {
        let (i, r) = self.f.make_inst(op, args, Some(ty), self.span);
        self.out.push(i);
        r.unwrap()
    }
    fn emit_void(&mut self, op: Op, args: Vec<Value>) {
        let (i, _) = self.f.make_inst(op, args, None, self.span);
        self.out.push(i);
    }
    fn prim(&mut self, p: Prim, args: Vec<Value>) -> Value {
        let ty = p.signature().1.to_type().expect("prim with a result");
        self.emit(Op::Prim(p), args, ty)
    }
    /// An entry of the method table, by receiver kind and name.
    fn method(&mut self, recv: Recv, name: &str, args: Vec<Value>, ty: Type) -> Value {
        let id = MethodId::lookup(recv, name).unwrap_or_else(|| panic!("no method {}.{name}", recv.name()));
        self.emit(Op::Method(id), args, ty)
    }
    fn method_void(&mut self, recv: Recv, name: &str, args: Vec<Value>) {
        let id = MethodId::lookup(recv, name).unwrap_or_else(|| panic!("no method {}.{name}", recv.name()));
        self.emit_void(Op::Method(id), args);
    }
    fn recv(&self, v: Value) -> Recv { Recv::of(&self.ty(v)).unwrap_or(Recv::Any) }

    /// An iterator over an iterable value.
    fn iter_of(&mut self, v: Value) -> Value {
        // Iterators too: a dict view is an iterator type that iterates afresh each time.
        let t = self.ty(v);
        if let Type::Inst(c) = &t {
            let it_ty = self.member_ret(&t, "__iter__");
            let it = self.call_member(v, "__iter__", &[], &[], it_ty.clone());
            return match &it_ty {
                Type::Inst(_) => {
                    let e = self.member_ret(&it_ty, "__next__");
                    let _ = c;
                    self.method(Recv::Any, "__inst_iter__", vec![it], Type::iter(e))
                }
                _ => it,
            };
        }
        if t == Type::Js {
            return self.emit(Op::Js(crate::ops::JsOp::Iter), vec![v], Type::iter(Type::Js));
        }
        let e = crate::typing::elem(&mut Settled, &t).filter(Type::is_known).unwrap_or(Type::None);
        let r = self.recv(v);
        self.method(r, "__iter__", vec![v], Type::iter(e))
    }
    /// A list of an iterable's elements (the value itself when it is a list).
    fn list_of(&mut self, v: Value) -> Value {
        let t = self.ty(v);
        if let Type::List(_) = t {
            return v;
        }
        let e = crate::typing::elem(&mut Settled, &t).filter(Type::is_known).unwrap_or(Type::None);
        let it = self.iter_of(v);
        self.method(Recv::Iter, "__list__", vec![it], Type::list(e))
    }
    fn len(&mut self, v: Value) -> Value {
        match self.ty(v) {
            Type::Str => self.prim(Prim::StrLen, vec![v]),
            Type::Tuple(ts) => self.konst(Const::Int(ts.len() as i64)),
            _ => {
                let r = self.recv(v);
                self.method(r, "__len__", vec![v], Type::Int)
            }
        }
    }

    fn konst(&mut self, c: Const) -> Value {
        let ty = c.ty();
        self.emit(Op::Const(c), vec![], ty)
    }
    fn none(&mut self) -> Value { self.konst(Const::None) }

    fn lower_inst(&mut self, i: Inst) {
        let inst = self.f.insts[i].clone();
        if !inst.op.is_python_level() && inst.op != Op::CallValue {
            self.out.push(i);
            return;
        }
        self.span = inst.span;
        let a = &inst.args;
        if let Some(r) = self.lower_js_op(&inst).or_else(|| self.lower_class_op(&inst)) {
            if let (Some(res), Some(r)) = (inst.result, r) {
                self.f.alias(res, r);
            }
            return;
        }
        // An instance iterated over stands for the iterator it gives.
        let mut adapted = a.clone();
        let tys: Vec<Type> = a.iter().map(|&v| self.ty(v)).collect();
        for k in crate::module::iterated_operands(&inst.op, a.len()) {
            if matches!(tys[k], Type::Inst(_)) && crate::module::dunder(&self.p.classes, &inst.op, &tys).is_none() {
                adapted[k] = self.iter_of(a[k]);
            }
        }
        for k in crate::module::iterator_operands(&inst.op) {
            if matches!(tys[k], Type::Inst(_)) {
                let e = self.member_ret(&tys[k], "__next__");
                adapted[k] = self.method(Recv::Any, "__inst_iter__", vec![a[k]], Type::iter(e));
            }
        }
        let a = &adapted;
        let result = match inst.op {
            Op::Binary(op) => self.binary(op, a[0], a[1]),
            Op::Unary(op) => self.unary(op, a[0]),
            Op::Compare(op) => self.compare(op, a[0], a[1]),
            Op::Truth => self.truth(a[0]),
            Op::Builtin(b) => {
                let ty = inst.result.map(|r| self.ty(r)).unwrap_or(Type::None);
                self.builtin(b, a, ty)
            }
            Op::Format => self.format(a[0], a[1]),
            Op::InPlace(op) => self.inplace(op, a[0], a[1]),
            Op::CallMethod { ref name, ref kwnames } => {
                let ty = inst.result.map(|r| self.ty(r)).unwrap_or(Type::None);
                self.call_method(name, kwnames, a, ty)
            }
            Op::Unpack(n) => {
                let ty = self.ty(inst.result.unwrap());
                self.unpack(a[0], n, ty)
            }
            Op::CallValue => {
                self.out.push(i);
                return;
            }
            _ => unreachable!(),
        };
        if let Some(r) = inst.result {
            self.f.alias(r, result);
        }
    }

    /// The non-None value of an optional operand, raising TypeError(message) for None.
    fn unwrap(&mut self, v: Value, message: impl FnOnce() -> String) -> Value {
        match self.ty(v) {
            Type::Optional(t) => self.emit(Op::Unwrap { class: "TypeError".into(), message: message().into() }, vec![v], *t),
            _ => v,
        }
    }

    fn int_value(&mut self, v: Value) -> Value {
        match self.ty(v) {
            Type::Bool => self.prim(Prim::BoolToInt, vec![v]),
            _ => v,
        }
    }
    fn float_value(&mut self, v: Value) -> Value {
        match self.ty(v) {
            Type::Float => v,
            Type::Int => self.prim(Prim::IntToFloat, vec![v]),
            Type::Bool => {
                let i = self.prim(Prim::BoolToInt, vec![v]);
                self.prim(Prim::IntToFloat, vec![i])
            }
            t => unreachable!("to_float of {t}"),
        }
    }

    fn binary(&mut self, op: BinOp, a: Value, b: Value) -> Value {
        if let (BinOp::Mod, Type::Str) = (op, self.ty(a)) {
            let tb = self.ty(b);
            let single = !matches!(tb, Type::Tuple(_));
            let vals = if single { self.emit(Op::BuildTuple, vec![b], Type::Tuple(vec![tb.clone()])) } else { b };
            let single = self.konst(Const::Bool(single));
            return self.method(Recv::Any, "__mod__", vec![vals, a, single], Type::Str);
        }
        let tb0 = self.ty(b);
        let none_msg_a = || format!("unsupported operand type(s) for {}: 'NoneType' and '{}'", op.symbol(), tb0.python_name());
        let a = self.unwrap(a, none_msg_a);
        let tb_msg = format!("unsupported operand type(s) for {}: '{}' and 'NoneType'", op.symbol(), self.ty(a).python_name());
        let b = self.unwrap(b, || tb_msg);
        let (ta, tb) = (self.ty(a), self.ty(b));
        match (op, &ta, &tb) {
            (BinOp::Add, Type::List(_), _) => return self.method(Recv::List, "__add__", vec![a, b], ta),
            (BinOp::Mul, Type::List(_), _) => {
                let n = self.int_value(b);
                return self.method(Recv::List, "__mul__", vec![a, n], ta);
            }
            (BinOp::Mul, _, Type::List(_)) => {
                let n = self.int_value(a);
                return self.method(Recv::List, "__mul__", vec![b, n], tb);
            }
            // A tuple times a constant (the annotator knows the length).
            (BinOp::Mul, Type::Tuple(ts), _) | (BinOp::Mul, _, Type::Tuple(ts)) => {
                let (t, n) = if matches!(ta, Type::Tuple(_)) { (a, b) } else { (b, a) };
                let k = match self.f.const_of(n) {
                    Some(Const::Int(k)) => (*k).max(0) as usize,
                    Some(Const::Bool(b)) => usize::from(*b),
                    _ => 0,
                };
                let ty = Type::Tuple((0..k).flat_map(|_| ts.iter().cloned()).collect());
                if self.f.const_of(n).is_some() {
                    // Its elements, k times over: a new tuple of its own type.
                    let mut parts = Vec::new();
                    for _ in 0..k {
                        for (j, et) in ts.iter().enumerate() {
                            parts.push(self.emit(Op::TupleGet(j as u32), vec![t], et.clone()));
                        }
                    }
                    return self.emit(Op::BuildTuple, parts, ty);
                }
                let n = self.int_value(n);
                return self.method(Recv::List, "__mul__", vec![t, n], ty);
            }
            (BinOp::Add, Type::Tuple(x), Type::Tuple(y)) => {
                let mut parts = Vec::new();
                for (k, t) in x.iter().enumerate() {
                    parts.push(self.emit(Op::TupleGet(k as u32), vec![a], t.clone()));
                }
                for (k, t) in y.iter().enumerate() {
                    parts.push(self.emit(Op::TupleGet(k as u32), vec![b], t.clone()));
                }
                let tt = Type::Tuple(x.iter().chain(y).cloned().collect());
                return self.emit(Op::BuildTuple, parts, tt);
            }
            (_, Type::Set(_), Type::Set(_)) => {
                let name = match op {
                    BinOp::BitOr => "__or__",
                    BinOp::BitAnd => "__and__",
                    BinOp::Sub => "__sub__",
                    _ => "__xor__",
                };
                return self.method(Recv::Set, name, vec![a, b], ta);
            }
            (BinOp::Add, Type::Str, Type::Str) => return self.prim(Prim::StrConcat, vec![a, b]),
            (BinOp::Mul, Type::Str, _) => {
                let n = self.int_value(b);
                return self.prim(Prim::StrRepeat, vec![a, n]);
            }
            (BinOp::Mul, _, Type::Str) => {
                let n = self.int_value(a);
                return self.prim(Prim::StrRepeat, vec![b, n]);
            }
            _ => {}
        }
        if ta == Type::Bool && tb == Type::Bool && matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) {
            return match op {
                BinOp::BitAnd => {
                    let f = self.konst(Const::Bool(false));
                    self.emit(Op::Select, vec![a, b, f], Type::Bool)
                }
                BinOp::BitOr => {
                    let t = self.konst(Const::Bool(true));
                    self.emit(Op::Select, vec![a, t, b], Type::Bool)
                }
                _ => self.prim(Prim::BoolNe, vec![a, b]),
            };
        }
        if ta == Type::Float || tb == Type::Float {
            let (a, b) = (self.float_value(a), self.float_value(b));
            let p = match op {
                BinOp::Add => Prim::FloatAdd,
                BinOp::Sub => Prim::FloatSub,
                BinOp::Mul => Prim::FloatMul,
                BinOp::TrueDiv => Prim::FloatTrueDiv,
                BinOp::FloorDiv => Prim::FloatFloorDiv,
                BinOp::Mod => Prim::FloatMod,
                BinOp::Pow => Prim::FloatPow,
                _ => unreachable!("typing refuses float {op:?}"),
            };
            return self.prim(p, vec![a, b]);
        }
        let (a, b) = (self.int_value(a), self.int_value(b));
        let p = match op {
            BinOp::Add => Prim::IntAdd,
            BinOp::Sub => Prim::IntSub,
            BinOp::Mul => Prim::IntMul,
            BinOp::TrueDiv => Prim::IntTrueDiv,
            BinOp::FloorDiv => Prim::IntFloorDiv,
            BinOp::Mod => Prim::IntMod,
            BinOp::Pow => Prim::IntPow,
            BinOp::LShift => Prim::IntLShift,
            BinOp::RShift => Prim::IntRShift,
            BinOp::BitAnd => Prim::IntAnd,
            BinOp::BitOr => Prim::IntOr,
            BinOp::BitXor => Prim::IntXor,
        };
        self.prim(p, vec![a, b])
    }

    fn unary(&mut self, op: UnaryOp, a: Value) -> Value {
        if op == UnaryOp::Not {
            let t = self.truth(a);
            return self.prim(Prim::BoolNot, vec![t]);
        }
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            _ => "~",
        };
        let a = self.unwrap(a, || format!("bad operand type for unary {sym}: 'NoneType'"));
        match (op, self.ty(a)) {
            (UnaryOp::Pos, Type::Float) => a,
            (UnaryOp::Neg, Type::Float) => self.prim(Prim::FloatNeg, vec![a]),
            (UnaryOp::Pos, _) => self.int_value(a),
            (UnaryOp::Neg, _) => {
                let a = self.int_value(a);
                self.prim(Prim::IntNeg, vec![a])
            }
            _ => {
                let a = self.int_value(a);
                self.prim(Prim::IntInvert, vec![a])
            }
        }
    }

    fn is_none(&mut self, v: Value) -> Value {
        match self.ty(v) {
            Type::None => self.konst(Const::Bool(true)),
            Type::Either(ts) if !ts.contains(&Type::None) => self.konst(Const::Bool(false)),
            Type::Optional(_) | Type::Either(_) => {
                let n = self.none();
                self.emit(Op::Is, vec![v, n], Type::Bool)
            }
            _ => self.konst(Const::Bool(false)),
        }
    }

    /// The zero of a type, used to make optional values total before a test.
    fn zero(t: &Type) -> Const {
        match t {
            Type::Int => Const::Int(0),
            Type::Float => Const::Float(0.0),
            Type::Bool => Const::Bool(false),
            Type::Str => Const::Str("".into()),
            _ => Const::None,
        }
    }

    fn unwrap_or_zero(&mut self, v: Value) -> Value {
        match self.ty(v) {
            Type::Optional(t) => {
                let z = Self::zero(&t);
                self.emit(Op::UnwrapOr(z), vec![v], *t)
            }
            _ => v,
        }
    }

    fn compare(&mut self, op: CmpOp, a: Value, b: Value) -> Value {
        let (ta, tb) = (self.ty(a), self.ty(b));
        match op {
            CmpOp::Ne | CmpOp::IsNot | CmpOp::NotIn => {
                let pos = match op {
                    CmpOp::Ne => CmpOp::Eq,
                    CmpOp::IsNot => CmpOp::Is,
                    _ => CmpOp::In,
                };
                let r = self.compare(pos, a, b);
                return self.prim(Prim::BoolNot, vec![r]);
            }
            // Scalars of mixed types: the runtime compares by value (the Either side's
            // descriptor first); `is` with None tests for None.
            CmpOp::Eq if matches!(ta, Type::Either(_)) || matches!(tb, Type::Either(_)) => {
                let (x, y) = if matches!(ta, Type::Either(_)) { (a, b) } else { (b, a) };
                return self.method(Recv::Any, "__eq__", vec![x, y], Type::Bool);
            }
            CmpOp::Is if matches!(ta, Type::Either(_)) || matches!(tb, Type::Either(_)) => {
                if ta == Type::None || tb == Type::None {
                    let v = if ta == Type::None { b } else { a };
                    return self.is_none(v);
                }
                return self.emit(Op::Is, vec![a, b], Type::Bool);
            }
            CmpOp::In => {
                return match tb {
                    Type::Str => self.prim(Prim::StrContains, vec![b, a]),
                    Type::Dict(..) | Type::Set(_) | Type::List(_) | Type::Tuple(_) | Type::Iter(_) => {
                        let r = self.recv(b);
                        self.method(r, "__contains__", vec![b, a], Type::Bool)
                    }
                    t => unreachable!("`in` {t}"),
                };
            }
            CmpOp::Is if ta.non_none().is_reference() || tb.non_none().is_reference() || matches!(ta.non_none(), Type::Func(_)) => {
                if ta == Type::None || tb == Type::None {
                    let v = if ta == Type::None { b } else { a };
                    return self.is_none(v);
                }
                return self.emit(Op::Is, vec![a, b], Type::Bool);
            }
            CmpOp::Eq if !is_primitive(&ta.non_none()) && !is_primitive(&tb.non_none()) && ta != Type::None && tb != Type::None => {
                return self.method(Recv::Any, "__eq__", vec![a, b], Type::Bool);
            }
            CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge if matches!(ta, Type::List(_) | Type::Tuple(_) | Type::Set(_)) => {
                let (x, y, name) = match op {
                    CmpOp::Lt => (a, b, "__lt__"),
                    CmpOp::Le => (a, b, "__le__"),
                    CmpOp::Gt => (b, a, "__lt__"),
                    _ => (b, a, "__le__"),
                };
                let r = if matches!(ta, Type::Set(_)) { Recv::Set } else { Recv::Any };
                return self.method(r, name, vec![x, y], Type::Bool);
            }
            CmpOp::Is => {
                if ta == Type::Bool && tb == Type::Bool {
                    return self.prim(Prim::BoolEq, vec![a, b]);
                }
                return match (&ta, &tb) {
                    (Type::None, _) => self.is_none(b),
                    (_, Type::None) => self.is_none(a),
                    _ => {
                        // Two optionals: identical only when both are None (values of
                        // these types have no identity pyrt could observe otherwise).
                        let (na, nb) = (self.is_none(a), self.is_none(b));
                        let f = self.konst(Const::Bool(false));
                        self.emit(Op::Select, vec![na, nb, f], Type::Bool)
                    }
                };
            }
            CmpOp::Eq if ta == Type::None || tb == Type::None || ta.is_optional() || tb.is_optional() => {
                if ta == Type::None {
                    return self.is_none(b);
                }
                if tb == Type::None {
                    return self.is_none(a);
                }
                // value == value where either may be None: equal when both are None,
                // or neither is and the values are equal.
                let (na, nb) = (self.is_none(a), self.is_none(b));
                let (va, vb) = (self.unwrap_or_zero(a), self.unwrap_or_zero(b));
                let eq = self.compare(CmpOp::Eq, va, vb);
                let both_none = {
                    let f = self.konst(Const::Bool(false));
                    self.emit(Op::Select, vec![na, nb, f], Type::Bool)
                };
                let either_none = {
                    let t = self.konst(Const::Bool(true));
                    self.emit(Op::Select, vec![na, t, nb], Type::Bool)
                };
                return self.emit(Op::Select, vec![either_none, both_none, eq], Type::Bool);
            }
            _ => {}
        }
        // Ordering comparisons may see optionals: None raises TypeError.
        let a = {
            let tbn = tb.python_name();
            self.unwrap(a, || format!("'{}' not supported between instances of 'NoneType' and '{tbn}'", op.symbol()))
        };
        let b = {
            let tan = ta.python_name();
            self.unwrap(b, || format!("'{}' not supported between instances of '{tan}' and 'NoneType'", op.symbol()))
        };
        let (ta, tb) = (self.ty(a), self.ty(b));
        let pick = |i: [Prim; 6]| match op {
            CmpOp::Eq => i[0],
            CmpOp::Ne => i[1],
            CmpOp::Lt => i[2],
            CmpOp::Le => i[3],
            CmpOp::Gt => i[4],
            _ => i[5],
        };
        match (&ta, &tb) {
            (Type::Str, Type::Str) => {
                let p = pick([Prim::StrEq, Prim::StrNe, Prim::StrLt, Prim::StrLe, Prim::StrGt, Prim::StrGe]);
                self.prim(p, vec![a, b])
            }
            (Type::Bool, Type::Bool) if op == CmpOp::Eq => self.prim(Prim::BoolEq, vec![a, b]),
            _ if ta.is_number() && tb.is_number() => {
                if ta == Type::Float || tb == Type::Float {
                    let (a, b) = (self.float_value(a), self.float_value(b));
                    let p = pick([Prim::FloatEq, Prim::FloatNe, Prim::FloatLt, Prim::FloatLe, Prim::FloatGt, Prim::FloatGe]);
                    self.prim(p, vec![a, b])
                } else {
                    let (a, b) = (self.int_value(a), self.int_value(b));
                    let p = pick([Prim::IntEq, Prim::IntNe, Prim::IntLt, Prim::IntLe, Prim::IntGt, Prim::IntGe]);
                    self.prim(p, vec![a, b])
                }
            }
            // `==` between values of unrelated types is False in CPython.
            _ => self.konst(Const::Bool(false)),
        }
    }

    fn truth(&mut self, v: Value) -> Value {
        match self.ty(v) {
            Type::Bool => v,
            Type::Int => self.prim(Prim::IntIsTrue, vec![v]),
            Type::Float => self.prim(Prim::FloatIsTrue, vec![v]),
            Type::Str => self.prim(Prim::StrIsTrue, vec![v]),
            Type::None => self.konst(Const::Bool(false)),
            Type::List(_) | Type::Dict(..) | Type::Set(_) | Type::Tuple(_) => {
                let n = self.len(v);
                self.prim(Prim::IntIsTrue, vec![n])
            }
            Type::Iter(_) | Type::Func(_) | Type::Class(_) => self.konst(Const::Bool(true)),
            Type::Js => self.emit(Op::Js(crate::ops::JsOp::Truth), vec![v], Type::Bool),
            // An instance's truth is its class's __bool__ or __len__, found at run time.
            Type::Inst(_) | Type::Either(_) => self.method(Recv::Any, "__truth__", vec![v], Type::Bool),
            Type::Optional(t) if !is_primitive(&t) => self.method(Recv::Any, "__truth__", vec![v], Type::Bool),
            Type::Optional(_) => {
                let inner = self.unwrap_or_zero(v);
                self.truth(inner)
            }
            t => unreachable!("truth of {t}"),
        }
    }

    fn str_value(&mut self, v: Value, repr: bool) -> Value {
        match self.ty(v) {
            Type::Str if repr => self.prim(Prim::StrRepr, vec![v]),
            Type::Str => v,
            Type::Int => self.prim(Prim::IntToStr, vec![v]),
            Type::Float => self.prim(Prim::FloatRepr, vec![v]),
            Type::Bool => self.prim(Prim::BoolToStr, vec![v]),
            Type::None => self.konst(Const::Str("None".into())),
            Type::Js => self.emit(Op::Js(crate::ops::JsOp::Str), vec![v], Type::Str),
            Type::Inst(_) | Type::Either(_) if !repr => self.method(Recv::Any, "__str__", vec![v], Type::Str),
            Type::Optional(t) if !is_primitive(&t) => self.method(Recv::Any, if repr { "__repr__" } else { "__str__" }, vec![v], Type::Str),
            Type::Optional(_) => {
                let n = self.is_none(v);
                let s_none = self.konst(Const::Str("None".into()));
                let inner = self.unwrap_or_zero(v);
                let s = self.str_value(inner, repr);
                self.emit(Op::Select, vec![n, s_none, s], Type::Str)
            }
            _ => self.method(Recv::Any, "__repr__", vec![v], Type::Str),
        }
    }

    /// A str-or-None print argument with its default.
    fn str_or(&mut self, v: Value, default: &str) -> Value {
        match self.ty(v) {
            Type::None => self.konst(Const::Str(default.into())),
            Type::Optional(_) => self.emit(Op::UnwrapOr(Const::Str(default.into())), vec![v], Type::Str),
            _ => v,
        }
    }

    fn builtin(&mut self, b: Builtin, args: &[Value], ty: Type) -> Value {
        match b {
            Builtin::Print { argc } => {
                let argc = argc as usize;
                let sep = self.str_or(args[argc], " ");
                let end = self.str_or(args[argc + 1], "\n");
                // A user __str__ may raise: CPython has written the values before it.
                let mut user = false;
                for &a in &args[..argc] {
                    self.ty(a).walk(&mut |t| user |= matches!(t, Type::Inst(_)));
                }
                if user {
                    for (k, &a) in args[..argc].iter().enumerate() {
                        if k > 0 {
                            self.emit_void(Op::Prim(Prim::PrintStdout), vec![sep]);
                        }
                        let s = self.str_value(a, false);
                        self.emit_void(Op::Prim(Prim::PrintStdout), vec![s]);
                    }
                    self.emit_void(Op::Prim(Prim::PrintStdout), vec![end]);
                    return self.none();
                }
                let mut line: Option<Value> = None;
                for &a in &args[..argc] {
                    let s = self.str_value(a, false);
                    line = Some(match line {
                        None => s,
                        Some(l) => {
                            let l = self.prim(Prim::StrConcat, vec![l, sep]);
                            self.prim(Prim::StrConcat, vec![l, s])
                        }
                    });
                }
                let line = match line {
                    None => end,
                    Some(l) => self.prim(Prim::StrConcat, vec![l, end]),
                };
                self.emit_void(Op::Prim(Prim::PrintStdout), vec![line]);
                self.none()
            }
            Builtin::Str => match args.first() {
                Some(&a) => self.str_value(a, false),
                None => self.konst(Const::Str("".into())),
            },
            Builtin::Repr => self.str_value(args[0], true),
            Builtin::Bool => match args.first() {
                Some(&a) => self.truth(a),
                None => self.konst(Const::Bool(false)),
            },
            Builtin::Int => {
                let Some(&a) = args.first() else { return self.konst(Const::Int(0)) };
                match self.ty(a) {
                    Type::Int => a,
                    Type::Bool => self.prim(Prim::BoolToInt, vec![a]),
                    Type::Float => self.prim(Prim::FloatToInt, vec![a]),
                    _ => self.prim(Prim::StrToInt, vec![a]),
                }
            }
            Builtin::Float => {
                let Some(&a) = args.first() else { return self.konst(Const::Float(0.0)) };
                match self.ty(a) {
                    Type::Str => self.prim(Prim::StrToFloat, vec![a]),
                    _ => self.float_value(a),
                }
            }
            Builtin::Index => self.int_value(args[0]),
            Builtin::IsType(k) => {
                // The static type decides, except whether an optional is None.
                let t = self.ty(args[0]);
                let fits = |t: &Type| match k {
                    crate::ops::BuiltinType::Int => matches!(t, Type::Int | Type::Bool),
                    crate::ops::BuiltinType::Float => *t == Type::Float,
                    crate::ops::BuiltinType::Str => *t == Type::Str,
                    crate::ops::BuiltinType::Bool => *t == Type::Bool,
                    crate::ops::BuiltinType::List => matches!(t, Type::List(_)),
                    crate::ops::BuiltinType::Dict => matches!(t, Type::Dict(..)),
                    crate::ops::BuiltinType::Set => matches!(t, Type::Set(_)),
                    crate::ops::BuiltinType::Tuple => matches!(t, Type::Tuple(_)),
                };
                match &t {
                    Type::Optional(inner) if fits(inner) => {
                        let n = self.is_none(args[0]);
                        self.prim(Prim::BoolNot, vec![n])
                    }
                    t => self.konst(Const::Bool(fits(t))),
                }
            }
            Builtin::Abs => match self.ty(args[0]) {
                Type::Float => self.prim(Prim::FloatAbs, vec![args[0]]),
                _ => {
                    let a = self.int_value(args[0]);
                    self.prim(Prim::IntAbs, vec![a])
                }
            },
            Builtin::Len => {
                let v = self.unwrap(args[0], || "object of type 'NoneType' has no len()".to_string());
                self.len(v)
            }
            Builtin::Min | Builtin::Max => {
                let op = if b == Builtin::Min { CmpOp::Lt } else { CmpOp::Gt };
                let ty = self.ty(args[0]);
                let mut m = args[0];
                for &x in &args[1..] {
                    let better = self.compare(op, x, m);
                    m = self.emit(Op::Select, vec![better, x, m], ty.clone());
                }
                m
            }
            Builtin::Round => match self.ty(args[0]) {
                Type::Float => self.prim(Prim::FloatRound, vec![args[0]]),
                _ => self.int_value(args[0]),
            },
            Builtin::RoundDigits => {
                let n = self.int_value(args[1]);
                match self.ty(args[0]) {
                    Type::Float => self.prim(Prim::FloatRoundDigits, vec![args[0], n]),
                    _ => {
                        let x = self.int_value(args[0]);
                        self.prim(Prim::IntRoundDigits, vec![x, n])
                    }
                }
            }
            Builtin::GetItem => self.getitem(args[0], args[1], ty),
            Builtin::Slice => match self.ty(args[0]) {
                Type::Str => {
                    let mut a = vec![args[0]];
                    a.extend(args[1..].iter().map(|&v| self.int_value(v)));
                    self.prim(Prim::StrSlice, a)
                }
                _ => {
                    let mut a = vec![args[0]];
                    a.extend(args[1..4].iter().map(|&v| self.int_value(v)));
                    let r = self.recv(args[0]);
                    self.method(r, "__getslice__", a, ty)
                }
            },
            Builtin::SetItem => {
                match self.ty(args[0]) {
                    Type::List(_) => {
                        let i = self.int_value(args[1]);
                        self.method_void(Recv::List, "__setitem__", vec![args[0], i, args[2]]);
                    }
                    _ => self.method_void(Recv::Dict, "__setitem__", vec![args[0], args[1], args[2]]),
                }
                self.none()
            }
            Builtin::DelItem => {
                match self.ty(args[0]) {
                    Type::List(_) => {
                        let i = self.int_value(args[1]);
                        self.method_void(Recv::List, "__delitem__", vec![args[0], i]);
                    }
                    _ => self.method_void(Recv::Dict, "__delitem__", vec![args[0], args[1]]),
                }
                self.none()
            }
            Builtin::SetSlice | Builtin::DelSlice => {
                let mut a = vec![args[0]];
                a.extend(args[1..4].iter().map(|&v| self.int_value(v)));
                if b == Builtin::SetSlice {
                    let src = self.list_of(args[4]);
                    a.push(src);
                    self.method_void(Recv::List, "__setslice__", a);
                } else {
                    self.method_void(Recv::List, "__delslice__", a);
                }
                self.none()
            }
            Builtin::Iter => self.iter_of(args[0]),
            Builtin::Next => {
                let it = self.iter_of(args[0]);
                self.method(Recv::Iter, "__next__", vec![it], ty)
            }
            Builtin::NextOr => {
                let it = self.iter_of(args[0]);
                self.method(Recv::Iter, "__next_or__", vec![it, args[1]], ty)
            }
            Builtin::List => match args.first() {
                None => self.emit(Op::BuildList, vec![], ty),
                Some(&a) => {
                    let it = self.iter_of(a);
                    self.method(Recv::Iter, "__list__", vec![it], ty)
                }
            },
            Builtin::Set => match args.first() {
                None => self.emit(Op::BuildSet, vec![], ty),
                // set(a_set) copies the table as CPython does, which fixes its order.
                Some(&a) if matches!(self.ty(a), Type::Set(_)) => self.method(Recv::Set, "copy", vec![a], ty),
                Some(&a) => {
                    let it = self.iter_of(a);
                    self.method(Recv::Iter, "__set__", vec![it], ty)
                }
            },
            Builtin::Dict => match args.first() {
                None => self.emit(Op::BuildDict, vec![], ty),
                Some(&a) if matches!(self.ty(a), Type::Dict(..)) => self.method(Recv::Dict, "copy", vec![a], ty),
                Some(&a) => {
                    let it = self.iter_of(a);
                    self.method(Recv::Iter, "__dict__", vec![it], ty)
                }
            },
            Builtin::Tuple => match args.first() {
                None => self.emit(Op::BuildTuple, vec![], ty),
                Some(&a) => a,
            },
            Builtin::Sorted => {
                let it = self.iter_of(args[0]);
                let rev = match args.get(1) {
                    Some(&r) => self.truth(r),
                    None => self.konst(Const::Bool(false)),
                };
                self.method(Recv::Iter, "__sorted__", vec![it, rev], ty)
            }
            Builtin::Reversed => {
                let r = self.recv(args[0]);
                self.method(r, "__reversed__", vec![args[0]], ty)
            }
            Builtin::Enumerate => {
                let it = self.iter_of(args[0]);
                let start = match args.get(1) {
                    Some(&v) => self.int_value(v),
                    None => self.konst(Const::Int(0)),
                };
                self.method(Recv::Iter, "__enumerate__", vec![it, start], ty)
            }
            Builtin::Zip => {
                let its: Vec<Value> = args.iter().map(|&a| self.iter_of(a)).collect();
                let tt = Type::Tuple(its.iter().map(|&v| self.ty(v)).collect());
                let all = self.emit(Op::BuildTuple, its, tt);
                self.method(Recv::Any, "__zip__", vec![all], ty)
            }
            Builtin::Sum => {
                let it = self.iter_of(args[0]);
                let start = match args.get(1).copied().filter(|&s| self.ty(s) != Type::None) {
                    Some(s) => s,
                    None => self.konst(Const::Int(0)),
                };
                if ty == Type::Float {
                    let start = self.float_value(start);
                    self.method(Recv::Iter, "__sum_float__", vec![it, start], ty)
                } else {
                    let start = self.int_value(start);
                    self.method(Recv::Iter, "__sum_int__", vec![it, start], ty)
                }
            }
            Builtin::Any | Builtin::All | Builtin::MinOf | Builtin::MaxOf => {
                let it = self.iter_of(args[0]);
                let name = match b {
                    Builtin::Any => "__any__",
                    Builtin::All => "__all__",
                    Builtin::MinOf => "__min__",
                    _ => "__max__",
                };
                self.method(Recv::Iter, name, vec![it], ty)
            }
            Builtin::Range => {
                let a: Vec<Value> = args.iter().map(|&v| self.int_value(v)).collect();
                let (start, stop, step) = match a.len() {
                    1 => (self.konst(Const::Int(0)), a[0], self.konst(Const::Int(1))),
                    2 => (a[0], a[1], self.konst(Const::Int(1))),
                    _ => (a[0], a[1], a[2]),
                };
                self.method(Recv::Any, "__range__", vec![start, stop, step], ty)
            }
            Builtin::Divmod => {
                let (x, y) = (args[0], args[1]);
                let (q, r) = if ty == Type::Tuple(vec![Type::Float, Type::Float]) {
                    let (x, y) = (self.float_value(x), self.float_value(y));
                    // CPython's message for divmod by a float zero is its own.
                    return self.method(Recv::Any, "__float_divmod__", vec![x, y], ty);
                } else {
                    let (x, y) = (self.int_value(x), self.int_value(y));
                    (self.prim(Prim::IntFloorDiv, vec![x, y]), self.prim(Prim::IntMod, vec![x, y]))
                };
                self.emit(Op::BuildTuple, vec![q, r], ty)
            }
            Builtin::Pow3 => {
                let a: Vec<Value> = args.iter().map(|&v| self.int_value(v)).collect();
                self.method(Recv::Any, "__pow3__", a, ty)
            }
            Builtin::Chr | Builtin::Hex | Builtin::Oct | Builtin::Bin => {
                let a = self.int_value(args[0]);
                let name = match b {
                    Builtin::Chr => "__chr__",
                    Builtin::Hex => "__hex__",
                    Builtin::Oct => "__oct__",
                    _ => "__bin__",
                };
                self.method(Recv::Any, name, vec![a], ty)
            }
            Builtin::Ord => self.method(Recv::Any, "__ord__", vec![args[0]], ty),
            Builtin::SortedKey => {
                let rev = self.truth(args[2]);
                self.method(Recv::Any, "__sorted_by__", vec![args[0], args[1], rev], ty)
            }
            Builtin::MinKey => self.method(Recv::Any, "__min_by__", vec![args[0], args[1]], ty),
            Builtin::MaxKey => self.method(Recv::Any, "__max_by__", vec![args[0], args[1]], ty),
        }
    }

    fn getitem(&mut self, c: Value, i: Value, ty: Type) -> Value {
        match self.ty(c) {
            Type::Str => {
                let i = self.int_value(i);
                self.prim(Prim::StrGetItem, vec![c, i])
            }
            Type::Tuple(ts) => match self.f.const_of(i) {
                Some(&Const::Int(k)) if (-(ts.len() as i64)..ts.len() as i64).contains(&k) => {
                    let k = if k < 0 { k + ts.len() as i64 } else { k };
                    self.emit(Op::TupleGet(k as u32), vec![c], ty)
                }
                _ => {
                    let i = self.int_value(i);
                    self.method(Recv::Tuple, "__getitem__", vec![c, i], ty)
                }
            },
            Type::Dict(..) => self.method(Recv::Dict, "__getitem__", vec![c, i], ty),
            _ => {
                let i = self.int_value(i);
                self.method(Recv::List, "__getitem__", vec![c, i], ty)
            }
        }
    }

    fn inplace(&mut self, op: BinOp, a: Value, b: Value) -> Value {
        match (op, self.ty(a)) {
            (BinOp::Add, t @ Type::List(_)) => {
                let src = self.list_of(b);
                self.method(Recv::List, "__iadd__", vec![a, src], t)
            }
            (BinOp::Mul, t @ Type::List(_)) => {
                let n = self.int_value(b);
                self.method(Recv::List, "__imul__", vec![a, n], t)
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Type::Set(_)) => {
                let name = match op {
                    BinOp::BitOr => "update",
                    BinOp::BitAnd => "intersection_update",
                    BinOp::Sub => "difference_update",
                    _ => "symmetric_difference_update",
                };
                // |= with a set merges its table (CPython's order); update takes any
                // iterable, as a list.
                let name = if op == BinOp::BitOr && matches!(self.ty(b), Type::Set(_)) { "__merge__" } else { name };
                let b = if name == "update" { self.list_of(b) } else { b };
                self.method_void(Recv::Set, name, vec![a, b]);
                a
            }
            _ => self.binary(op, a, b),
        }
    }

    /// `seq` as a tuple of `n` elements of type `ty`.
    fn unpack(&mut self, v: Value, n: u32, ty: Type) -> Value {
        let v = self.unwrap(v, || "cannot unpack non-iterable NoneType object".to_string());
        if let Type::Tuple(_) = self.ty(v) {
            return v;
        }
        let l = self.list_of(v);
        let n = self.konst(Const::Int(n as i64));
        self.method(Recv::List, "__unpack__", vec![l, n], ty)
    }

    fn call_method(&mut self, name: &str, kwnames: &[Box<str>], args: &[Value], ty: Type) -> Value {
        let recv = match self.ty(args[0]) {
            Type::Optional(t) => self.emit(
                Op::Unwrap { class: "AttributeError".into(), message: format!("'NoneType' object has no attribute '{name}'").into() },
                vec![args[0]],
                *t,
            ),
            _ => args[0],
        };
        if name == "__sort_by__" {
            let rev = match args.get(2) {
                Some(&r) => self.truth(r),
                None => self.konst(Const::Bool(false)),
            };
            self.method_void(Recv::Any, "__sort_by__", vec![args[1], recv, rev]);
            return self.none();
        }
        if self.ty(recv) == Type::Str && name == "format" {
            let vals = args[1..].to_vec();
            let tt = Type::Tuple(vals.iter().map(|&v| self.ty(v)).collect());
            let tuple = self.emit(Op::BuildTuple, vals, tt);
            let npos = self.konst(Const::Int((args.len() - 1 - kwnames.len()) as i64));
            let names = self.konst(Const::Str(kwnames.join(",").into()));
            return self.method(Recv::Any, "__str_format__", vec![tuple, recv, npos, names], Type::Str);
        }
        let r = self.recv(recv);
        if r == Recv::Set && name == "update" && args.len() == 2 && kwnames.is_empty() && matches!(self.ty(args[1]), Type::Set(_)) {
            self.method_void(Recv::Set, "__merge__", vec![recv, args[1]]);
            return self.none();
        }
        let id = MethodId::lookup(r, crate::methods::resolve_name(r, name, args.len() - 1)).expect("the annotator resolved this method");
        let m = id.get();
        let slots = crate::typing::bind_args(m, args.len() - 1 - kwnames.len(), kwnames).expect("the annotator bound these arguments");
        // A library function takes no receiver.
        let mut out = if r.is_module() { vec![] } else { vec![recv] };
        for (k, param) in m.params.iter().enumerate() {
            let v = match slots[k] {
                Some(ai) => args[1 + ai],
                None => match param.default {
                    Dflt::None => self.none(),
                    Dflt::Int(i) => self.konst(Const::Int(i)),
                    Dflt::Bool(b) => self.konst(Const::Bool(b)),
                    Dflt::Str(s) => self.konst(Const::Str(s.into())),
                    Dflt::Required => unreachable!("bound by the annotator"),
                },
            };
            let v = match param.kind {
                K::Int => self.int_value(v),
                K::Bool => self.truth(v),
                K::IterableElem | K::IterableStr => self.list_of(v),
                K::Seq if matches!(self.ty(v), Type::Iter(_)) => self.list_of(v),
                K::Float | K::OptFloat if self.ty(v).is_number() => self.float_value(v),
                _ => v,
            };
            out.push(v);
        }
        if m.ret == K::None {
            self.emit_void(Op::Method(id), out);
            return self.none();
        }
        self.emit(Op::Method(id), out, ty)
    }

    fn format(&mut self, v: Value, spec: Value) -> Value {
        let v = self.unwrap(v, || "unsupported format string passed to NoneType.__format__".to_string());
        let p = match self.ty(v) {
            Type::Int => Prim::IntFormat,
            Type::Float => Prim::FloatFormat,
            Type::Bool => Prim::BoolFormat,
            Type::Str => Prim::StrFormat,
            // Other types: str() for an empty spec, else TypeError (their descriptor knows).
            _ => return self.method(Recv::Any, "__format__", vec![v, spec], Type::Str),
        };
        self.prim(p, vec![v, spec])
    }
}

/// Types whose values the primitives handle directly (no descriptor needed).
fn is_primitive(t: &Type) -> bool { matches!(t, Type::Int | Type::Float | Type::Bool | Type::Str | Type::None) }
