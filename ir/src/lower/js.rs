//! Lowering of the operations on JS values (`import js`) to [`JsOp`]s. Every
//! Python operand crosses into JS through an explicit `js out`, whose operand
//! type tells the backend how to convert it.

use super::Lowerer;
use crate::entities::Value;
use crate::function::InstData;
use crate::ops::{Builtin, CmpOp, JsOp, Op, Prim};
use crate::types::Type;
use crate::typing::is_js;

impl Lowerer<'_> {
    /// Lower `inst` if an operand is a JS value (or the `js` module): `Some(result)`.
    pub(super) fn lower_js_op(&mut self, inst: &InstData) -> Option<Option<Value>> {
        let a = &inst.args;
        let tys: Vec<Type> = a.iter().map(|&v| self.ty(v)).collect();
        if !tys.iter().any(is_js) {
            return None;
        }
        let ty = inst.result.map(|r| self.ty(r)).unwrap_or(Type::None);
        let module = |t: &Type| matches!(t, Type::Module(_));
        let recv = is_js(&tys[0]);
        Some(match &inst.op {
            Op::GetAttr(name) if module(&tys[0]) => Some(match &ty {
                Type::Class(c) => self.emit(Op::ClassRef(c.id()), vec![], ty.clone()),
                _ => self.emit(Op::Js(JsOp::Global(name.clone())), vec![], Type::Js),
            }),
            Op::GetAttr(name) if recv => {
                let o = self.js_value(a[0]);
                Some(self.emit(Op::Js(JsOp::Get(name.clone())), vec![o], Type::Js))
            }
            Op::SetAttr(name) if recv => {
                let (o, v) = (self.js_value(a[0]), self.js_value(a[1]));
                self.emit_void(Op::Js(JsOp::Set(name.clone())), vec![o, v]);
                None
            }
            // `js.f(...)`: a global function, called without a receiver.
            Op::CallMethod { name, .. } if module(&tys[0]) => {
                let f = self.emit(Op::Js(JsOp::Global(name.clone())), vec![], Type::Js);
                let args = self.js_values(f, &a[1..]);
                Some(self.emit(Op::Js(JsOp::Call), args, Type::Js))
            }
            Op::CallMethod { name, .. } if recv => {
                let o = self.js_value(a[0]);
                let args = self.js_values(o, &a[1..]);
                let op = if &**name == "new" { JsOp::New } else { JsOp::CallMethod(name.clone()) };
                Some(self.emit(Op::Js(op), args, Type::Js))
            }
            Op::CallValue if recv => {
                let f = self.js_value(a[0]);
                let args = self.js_values(f, &a[1..]);
                Some(self.emit(Op::Js(JsOp::Call), args, Type::Js))
            }
            Op::Builtin(b) if recv && !matches!(b, Builtin::Print { .. }) => {
                let o = self.js_value(a[0]);
                Some(match b {
                    Builtin::GetItem => {
                        let k = self.js_value(a[1]);
                        self.emit(Op::Js(JsOp::GetItem), vec![o, k], Type::Js)
                    }
                    Builtin::SetItem => {
                        let (k, v) = (self.js_value(a[1]), self.js_value(a[2]));
                        self.emit_void(Op::Js(JsOp::SetItem), vec![o, k, v]);
                        return Some(None);
                    }
                    Builtin::Len => self.emit(Op::Js(JsOp::Len), vec![o], Type::Int),
                    Builtin::Int => self.emit(Op::Js(JsOp::ToInt), vec![o], Type::Int),
                    Builtin::Float => self.emit(Op::Js(JsOp::ToFloat), vec![o], Type::Float),
                    Builtin::Str => self.emit(Op::Js(JsOp::Str), vec![o], Type::Str),
                    Builtin::Repr => self.method(crate::methods::Recv::Any, "__repr__", vec![o], Type::Str),
                    Builtin::Bool => self.emit(Op::Js(JsOp::Truth), vec![o], Type::Bool),
                    Builtin::Iter => self.emit(Op::Js(JsOp::Iter), vec![o], Type::iter(Type::Js)),
                    Builtin::List => {
                        let it = self.emit(Op::Js(JsOp::Iter), vec![o], Type::iter(Type::Js));
                        self.method(crate::methods::Recv::Iter, "__list__", vec![it], Type::list(Type::Js))
                    }
                    b => unreachable!("typing refuses {b:?} of a JS value"),
                })
            }
            Op::Compare(op) => {
                let (x, y) = (self.js_value(a[0]), self.js_value(a[1]));
                let r = match op {
                    // `x is None` holds for JS's null and undefined alike.
                    CmpOp::Is | CmpOp::IsNot if tys[0] == Type::None || tys[1] == Type::None => {
                        let v = if tys[0] == Type::None { y } else { x };
                        self.emit(Op::Js(JsOp::IsNone), vec![v], Type::Bool)
                    }
                    CmpOp::Is | CmpOp::IsNot => self.emit(Op::Is, vec![x, y], Type::Bool),
                    _ => self.emit(Op::Js(JsOp::Eq), vec![x, y], Type::Bool),
                };
                Some(if matches!(op, CmpOp::Ne | CmpOp::IsNot) { self.prim(Prim::BoolNot, vec![r]) } else { r })
            }
            Op::Format if recv => {
                let o = self.js_value(a[0]);
                let s = self.emit(Op::Js(JsOp::Str), vec![o], Type::Str);
                Some(self.format(s, a[1]))
            }
            Op::Truth if recv => {
                let o = self.js_value(a[0]);
                Some(self.emit(Op::Js(JsOp::Truth), vec![o], Type::Bool))
            }
            Op::Unary(crate::ops::UnaryOp::Not) if recv => {
                let o = self.js_value(a[0]);
                let t = self.emit(Op::Js(JsOp::Truth), vec![o], Type::Bool);
                Some(self.prim(Prim::BoolNot, vec![t]))
            }
            // Ops whose JS operand is only passed along (a list's element, print).
            _ => return None,
        })
    }

    /// The value as a JS value: a Python value crosses by `js out`; the `js`
    /// module itself is JS's global object.
    pub(super) fn js_value(&mut self, v: Value) -> Value {
        match self.ty(v) {
            Type::Js => v,
            Type::Module(_) => self.emit(Op::Js(JsOp::Global("globalThis".into())), vec![], Type::Js),
            _ => self.emit(Op::Js(JsOp::Out), vec![v], Type::Js),
        }
    }

    fn js_values(&mut self, first: Value, rest: &[Value]) -> Vec<Value> {
        let mut out = vec![first];
        for &v in rest {
            let j = self.js_value(v);
            out.push(j);
        }
        out
    }
}
