//! The typing rules of Python-level ops: one place, used by the annotator (to
//! infer result types) and by lowering (which trusts that typing succeeded).
//! An `Err` is the message of a diagnostic: pyrt refuses what CPython would
//! reject at run time with a TypeError, rather than translating the error.

use crate::ops::{BinOp, Builtin, CmpOp, UnaryOp};
use crate::types::Type;

pub type TypeResult = Result<Type, String>;

fn unsupported(op: &str, a: &Type, b: &Type) -> String {
    format!("unsupported operand types for {op}: '{}' and '{}'", a.python_name(), b.python_name())
}

/// Arithmetic rank of a number type: bool < int < float.
fn rank(t: &Type) -> Option<u8> {
    match t {
        Type::Bool => Some(0),
        Type::Int => Some(1),
        Type::Float => Some(2),
        _ => None,
    }
}

pub fn binary(op: BinOp, a: &Type, b: &Type) -> TypeResult {
    if *a == Type::None || *b == Type::None {
        return Err(unsupported(op.symbol(), a, b));
    }
    let (a, b) = (a.non_none(), b.non_none());
    if !a.is_known() || !b.is_known() {
        return Ok(Type::Unknown);
    }
    use BinOp::*;
    match (op, &a, &b) {
        (Add, Type::Str, Type::Str) => return Ok(Type::Str),
        (Mul, Type::Str, Type::Int | Type::Bool) | (Mul, Type::Int | Type::Bool, Type::Str) => return Ok(Type::Str),
        (Add, Type::List(x), Type::List(y)) => return Ok(Type::List(Box::new(x.union(y).map_err(|_| unsupported("+", &a, &b))?))),
        (Mod, Type::Str, _) => return Err("`%` formatting of strings is not supported yet; use an f-string".into()),
        _ => {}
    }
    let (Some(ra), Some(rb)) = (rank(&a), rank(&b)) else { return Err(unsupported(op.symbol(), &a, &b)) };
    let top = ra.max(rb);
    Ok(match op {
        BitAnd | BitOr | BitXor if top == 0 => Type::Bool,
        BitAnd | BitOr | BitXor | LShift | RShift if top == 2 => return Err(unsupported(op.symbol(), &a, &b)),
        BitAnd | BitOr | BitXor | LShift | RShift => Type::Int,
        TrueDiv => Type::Float,
        _ if top == 2 => Type::Float,
        _ => Type::Int,
    })
}

pub fn unary(op: UnaryOp, a: &Type) -> TypeResult {
    if op == UnaryOp::Not {
        return Ok(Type::Bool);
    }
    let t = a.non_none();
    let sym = match op {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        _ => "~",
    };
    let bad = || Err(format!("bad operand type for unary {sym}: '{}'", a.python_name()));
    if *a == Type::None {
        return bad();
    }
    match (op, &t) {
        (_, Type::Unknown) => Ok(Type::Unknown),
        (_, Type::Int | Type::Bool) => Ok(Type::Int),
        (UnaryOp::Neg | UnaryOp::Pos, Type::Float) => Ok(Type::Float),
        _ => bad(),
    }
}

pub fn compare(op: CmpOp, a: &Type, b: &Type) -> TypeResult {
    if !a.is_known() || !b.is_known() {
        return Ok(Type::Unknown);
    }
    let (na, nb) = (a.non_none(), b.non_none());
    let numbers = rank(&na).is_some() && rank(&nb).is_some();
    match op {
        CmpOp::Eq | CmpOp::Ne => Ok(Type::Bool),
        CmpOp::Is | CmpOp::IsNot => {
            let none_side = |t: &Type| *t == Type::None || t.is_optional();
            if none_side(a) || none_side(b) || (*a == Type::Bool && *b == Type::Bool) {
                Ok(Type::Bool)
            } else {
                Err(format!(
                    "`{}` between '{}' and '{}' depends on CPython's object caching; use `==`",
                    op.symbol(),
                    a.python_name(),
                    b.python_name()
                ))
            }
        }
        CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge => {
            if *a != Type::None && *b != Type::None && (numbers || (na == Type::Str && nb == Type::Str)) {
                Ok(Type::Bool)
            } else {
                Err(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    a.python_name(),
                    b.python_name()
                ))
            }
        }
        CmpOp::In | CmpOp::NotIn => match (a, b) {
            (Type::Str, Type::Str) => Ok(Type::Bool),
            _ => Err(format!("`{}` between '{}' and '{}' is not supported", op.symbol(), a.python_name(), b.python_name())),
        },
    }
}

/// The type `str(x)`/`print(x)` accepts.
pub fn printable(t: &Type) -> Result<(), String> {
    match t.non_none() {
        Type::List(_) => Err("converting a list to a string is not supported yet".into()),
        _ => Ok(()),
    }
}

pub fn builtin(b: Builtin, args: &[Type]) -> TypeResult {
    if args.iter().any(|t| !t.is_known()) && !matches!(b, Builtin::Print { .. }) {
        return Ok(Type::Unknown);
    }
    let name = builtin_name(b);
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Type::Unknown);
    let one_of = |t: &Type, ok: &[Type]| ok.contains(t);
    let num = [Type::Int, Type::Bool, Type::Float];
    let bad = |t: &Type| Err(format!("{name}() does not accept an argument of type '{}'", t.python_name()));
    match b {
        Builtin::Print { argc } => {
            for t in &args[..argc as usize] {
                printable(t)?;
            }
            for t in &args[argc as usize..] {
                if !matches!(t, Type::Str | Type::None | Type::Unknown) && *t != Type::optional(Type::Str) {
                    return Err(format!("print() sep and end must be str or None, not '{}'", t.python_name()));
                }
            }
            Ok(Type::None)
        }
        Builtin::Str | Builtin::Repr => {
            if let Some(t) = args.first() {
                printable(t)?;
            }
            Ok(Type::Str)
        }
        Builtin::Bool => Ok(Type::Bool),
        Builtin::Int | Builtin::Float => {
            let t = match args.first() {
                None => return Ok(if b == Builtin::Int { Type::Int } else { Type::Float }),
                Some(t) => t,
            };
            if one_of(t, &num) || *t == Type::Str {
                Ok(if b == Builtin::Int { Type::Int } else { Type::Float })
            } else {
                bad(t)
            }
        }
        Builtin::Index => match arg(0) {
            Type::Int | Type::Bool => Ok(Type::Int),
            t => Err(format!("'{}' object cannot be interpreted as an integer", t.python_name())),
        },
        Builtin::Abs => match arg(0) {
            Type::Int | Type::Bool => Ok(Type::Int),
            Type::Float => Ok(Type::Float),
            t => bad(&t),
        },
        Builtin::Len => match arg(0) {
            Type::Str | Type::List(_) => Ok(Type::Int),
            t => Err(format!("object of type '{}' has no len()", t.python_name())),
        },
        Builtin::Min | Builtin::Max => {
            let first = arg(0);
            if !matches!(first, Type::Int | Type::Float | Type::Str | Type::Bool) {
                return bad(&first);
            }
            for t in &args[1..] {
                if *t != first {
                    return Err(format!(
                        "{name}() of '{}' and '{}': the result's type would depend on the values; convert the arguments to one type",
                        first.python_name(),
                        t.python_name()
                    ));
                }
            }
            Ok(first)
        }
        Builtin::Round => match arg(0) {
            Type::Int | Type::Bool | Type::Float => Ok(Type::Int),
            t => bad(&t),
        },
        Builtin::RoundDigits => match (arg(0), arg(1)) {
            (Type::Float, Type::Int | Type::Bool) => Ok(Type::Float),
            (Type::Int | Type::Bool, Type::Int | Type::Bool) => Ok(Type::Int),
            (t, Type::Int | Type::Bool) => bad(&t),
            (_, t) => Err(format!("'{}' object cannot be interpreted as an integer", t.python_name())),
        },
        Builtin::GetItem => match (arg(0), arg(1)) {
            (Type::Str, Type::Int | Type::Bool) => Ok(Type::Str),
            (Type::List(t), Type::Int | Type::Bool) => Ok(*t),
            (Type::Str | Type::List(_), t) => Err(format!("indices must be integers, not '{}'", t.python_name())),
            (t, _) => Err(format!("'{}' object is not subscriptable", t.python_name())),
        },
        Builtin::Slice => {
            for t in &args[1..] {
                if !matches!(t, Type::Int | Type::Bool | Type::None) && *t != Type::optional(Type::Int) {
                    return Err(format!("slice indices must be integers or None, not '{}'", t.python_name()));
                }
            }
            match arg(0) {
                Type::Str => Ok(Type::Str),
                t => Err(format!("'{}' object is not subscriptable", t.python_name())),
            }
        }
    }
}

/// `format(value, spec)` with a non-empty spec.
pub fn format(value: &Type, spec: &Type) -> TypeResult {
    if *spec != Type::Str && spec.is_known() {
        return Err("a format spec must be a str".into());
    }
    match value.non_none() {
        Type::Unknown => Ok(Type::Unknown),
        Type::Int | Type::Bool | Type::Float | Type::Str if *value != Type::None => Ok(Type::Str),
        t => Err(format!("unsupported format string passed to {}.__format__", t.python_name())),
    }
}

pub fn builtin_name(b: Builtin) -> &'static str {
    match b {
        Builtin::Print { .. } => "print",
        Builtin::Str => "str",
        Builtin::Repr => "repr",
        Builtin::Int => "int",
        Builtin::Float => "float",
        Builtin::Bool => "bool",
        Builtin::Index => "index",
        Builtin::Abs => "abs",
        Builtin::Len => "len",
        Builtin::Min => "min",
        Builtin::Max => "max",
        Builtin::Round | Builtin::RoundDigits => "round",
        Builtin::GetItem => "__getitem__",
        Builtin::Slice => "__getitem__",
    }
}
