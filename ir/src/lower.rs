//! Lowering (RPython's "rtyper" role): rewrite every Python-level op into
//! primitives chosen by its operands' annotated types. After this pass the
//! meaning of every op is fixed, and backends need no type dispatch.
//! Typing already succeeded (see [`crate::typing`]), so lowering only picks.

use crate::entities::{Inst, Value};
use crate::function::Function;
use crate::ops::{BinOp, Builtin, CmpOp, Const, Op, Prim, UnaryOp};
use crate::span::Span;
use crate::types::Type;

pub fn lower_function(f: &mut Function) {
    for b in f.layout.clone() {
        let old = std::mem::take(&mut f.blocks[b].insts);
        let mut l = Lowerer { f, out: Vec::with_capacity(old.len()), span: Span::DUMMY };
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
    fn konst(&mut self, c: Const) -> Value {
        let ty = c.ty();
        self.emit(Op::Const(c), vec![], ty)
    }
    fn none(&mut self) -> Value { self.konst(Const::None) }

    fn lower_inst(&mut self, i: Inst) {
        let inst = self.f.insts[i].clone();
        if !inst.op.is_python_level() {
            self.out.push(i);
            return;
        }
        self.span = inst.span;
        let a = &inst.args;
        let result = match inst.op {
            Op::Binary(op) => self.binary(op, a[0], a[1]),
            Op::Unary(op) => self.unary(op, a[0]),
            Op::Compare(op) => self.compare(op, a[0], a[1]),
            Op::Truth => self.truth(a[0]),
            Op::Builtin(b) => self.builtin(b, a),
            Op::Format => self.format(a[0], a[1]),
            _ => unreachable!(),
        };
        if let Some(r) = inst.result {
            self.f.alias(r, result);
        }
    }

    /// The non-None value of an optional operand, raising TypeError(message) for None.
    fn unwrap(&mut self, v: Value, message: impl FnOnce() -> String) -> Value {
        match self.ty(v) {
            Type::Optional(t) => self.emit(Op::Unwrap { message: message().into() }, vec![v], *t),
            _ => v,
        }
    }

    fn to_int(&mut self, v: Value) -> Value {
        match self.ty(v) {
            Type::Bool => self.prim(Prim::BoolToInt, vec![v]),
            _ => v,
        }
    }
    fn to_float(&mut self, v: Value) -> Value {
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
        let tb0 = self.ty(b);
        let none_msg_a = || format!("unsupported operand type(s) for {}: 'NoneType' and '{}'", op.symbol(), tb0.python_name());
        let a = self.unwrap(a, none_msg_a);
        let tb_msg = format!("unsupported operand type(s) for {}: '{}' and 'NoneType'", op.symbol(), self.ty(a).python_name());
        let b = self.unwrap(b, || tb_msg);
        let (ta, tb) = (self.ty(a), self.ty(b));
        match (op, &ta, &tb) {
            (BinOp::Add, Type::Str, Type::Str) => return self.prim(Prim::StrConcat, vec![a, b]),
            (BinOp::Mul, Type::Str, _) => {
                let n = self.to_int(b);
                return self.prim(Prim::StrRepeat, vec![a, n]);
            }
            (BinOp::Mul, _, Type::Str) => {
                let n = self.to_int(a);
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
            let (a, b) = (self.to_float(a), self.to_float(b));
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
        let (a, b) = (self.to_int(a), self.to_int(b));
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
            (UnaryOp::Pos, _) => self.to_int(a),
            (UnaryOp::Neg, _) => {
                let a = self.to_int(a);
                self.prim(Prim::IntNeg, vec![a])
            }
            _ => {
                let a = self.to_int(a);
                self.prim(Prim::IntInvert, vec![a])
            }
        }
    }

    fn is_none(&mut self, v: Value) -> Value {
        match self.ty(v) {
            Type::None => self.konst(Const::Bool(true)),
            Type::Optional(_) => {
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
            CmpOp::In => return self.prim(Prim::StrContains, vec![b, a]),
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
                    let (a, b) = (self.to_float(a), self.to_float(b));
                    let p = pick([Prim::FloatEq, Prim::FloatNe, Prim::FloatLt, Prim::FloatLe, Prim::FloatGt, Prim::FloatGe]);
                    self.prim(p, vec![a, b])
                } else {
                    let (a, b) = (self.to_int(a), self.to_int(b));
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
            Type::List(_) => {
                let n = self.emit(Op::ListLen, vec![v], Type::Int);
                self.prim(Prim::IntIsTrue, vec![n])
            }
            Type::Optional(_) => {
                let inner = self.unwrap_or_zero(v);
                self.truth(inner)
            }
            Type::Unknown => unreachable!("truth of an untyped value"),
        }
    }

    fn to_str(&mut self, v: Value, repr: bool) -> Value {
        match self.ty(v) {
            Type::Str if repr => self.prim(Prim::StrRepr, vec![v]),
            Type::Str => v,
            Type::Int => self.prim(Prim::IntToStr, vec![v]),
            Type::Float => self.prim(Prim::FloatRepr, vec![v]),
            Type::Bool => self.prim(Prim::BoolToStr, vec![v]),
            Type::None => self.konst(Const::Str("None".into())),
            Type::Optional(_) => {
                let n = self.is_none(v);
                let s_none = self.konst(Const::Str("None".into()));
                let inner = self.unwrap_or_zero(v);
                let s = self.to_str(inner, repr);
                self.emit(Op::Select, vec![n, s_none, s], Type::Str)
            }
            t => unreachable!("to_str of {t}"),
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

    fn builtin(&mut self, b: Builtin, args: &[Value]) -> Value {
        match b {
            Builtin::Print { argc } => {
                let argc = argc as usize;
                let sep = self.str_or(args[argc], " ");
                let end = self.str_or(args[argc + 1], "\n");
                let mut line: Option<Value> = None;
                for &a in &args[..argc] {
                    let s = self.to_str(a, false);
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
                Some(&a) => self.to_str(a, false),
                None => self.konst(Const::Str("".into())),
            },
            Builtin::Repr => self.to_str(args[0], true),
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
                    _ => self.to_float(a),
                }
            }
            Builtin::Index => self.to_int(args[0]),
            Builtin::Abs => match self.ty(args[0]) {
                Type::Float => self.prim(Prim::FloatAbs, vec![args[0]]),
                _ => {
                    let a = self.to_int(args[0]);
                    self.prim(Prim::IntAbs, vec![a])
                }
            },
            Builtin::Len => match self.ty(args[0]) {
                Type::Str => self.prim(Prim::StrLen, vec![args[0]]),
                _ => self.emit(Op::ListLen, vec![args[0]], Type::Int),
            },
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
                _ => self.to_int(args[0]),
            },
            Builtin::RoundDigits => {
                let n = self.to_int(args[1]);
                match self.ty(args[0]) {
                    Type::Float => self.prim(Prim::FloatRoundDigits, vec![args[0], n]),
                    _ => {
                        let x = self.to_int(args[0]);
                        self.prim(Prim::IntRoundDigits, vec![x, n])
                    }
                }
            }
            Builtin::GetItem => {
                let i = self.to_int(args[1]);
                match self.ty(args[0]) {
                    Type::Str => self.prim(Prim::StrGetItem, vec![args[0], i]),
                    Type::List(t) => self.emit(Op::ListGetItem, vec![args[0], i], *t),
                    t => unreachable!("getitem on {t}"),
                }
            }
            Builtin::Slice => {
                let mut a = vec![args[0]];
                a.extend(args[1..].iter().map(|&v| self.to_int(v)));
                self.prim(Prim::StrSlice, a)
            }
        }
    }

    fn format(&mut self, v: Value, spec: Value) -> Value {
        let v = self.unwrap(v, || "unsupported format string passed to NoneType.__format__".to_string());
        let p = match self.ty(v) {
            Type::Int => Prim::IntFormat,
            Type::Float => Prim::FloatFormat,
            Type::Bool => Prim::BoolFormat,
            _ => Prim::StrFormat,
        };
        self.prim(p, vec![v, spec])
    }
}
