//! The typing rules of Python-level ops: one place, used by the annotator (to
//! infer result types) and by lowering (which trusts that typing succeeded).
//! An `Err` is the message of a diagnostic: pyrt refuses what CPython would
//! reject at run time with a TypeError, rather than translating the error.

use crate::methods::{Dflt, K, Method, MethodId, Recv};
use crate::ops::{BinOp, Builtin, CmpOp, Op, UnaryOp};
use crate::types::Type;

pub type TypeResult = Result<Type, String>;

/// How the typing rules see type variables. The annotator resolves them to their
/// current bindings (recording who read them) and unifies them; after annotation
/// there are none ([`Settled`]).
pub trait Env {
    /// The current binding of a type variable (one level), else the type itself.
    fn resolve(&mut self, t: &Type) -> Type;
    /// Unify two types, merging variables: the union, or a conflict message.
    fn unify(&mut self, a: &Type, b: &Type) -> TypeResult;
    /// The variable for this operation's `k`-th new container slot.
    fn fresh(&mut self, k: u32) -> Type;
}

/// The environment after annotation: types hold no variables.
pub struct Settled;

impl Env for Settled {
    fn resolve(&mut self, t: &Type) -> Type { t.clone() }
    fn unify(&mut self, a: &Type, b: &Type) -> TypeResult {
        a.union(b).map_err(|_| format!("{a} and {b} do not unify"))
    }
    fn fresh(&mut self, _: u32) -> Type { Type::Unknown }
}

/// The type with every variable replaced by its binding (depth-limited, so a
/// cyclic binding ends in `Unknown` instead of looping).
pub fn deep(env: &mut dyn Env, t: &Type) -> Type { deep_n(env, t, 0) }

fn deep_n(env: &mut dyn Env, t: &Type, depth: u32) -> Type {
    if depth > 64 {
        return Type::Unknown;
    }
    t.map(&mut |x| match x {
        Type::Var(_) => {
            let r = env.resolve(x);
            Some(if matches!(r, Type::Var(_)) { Type::Unknown } else { deep_n(env, &r, depth + 1) })
        }
        _ => None,
    })
}

/// The element type of an iterable (a dict's keys), resolved one level; None when
/// the type is not iterable.
pub fn elem(env: &mut dyn Env, t: &Type) -> Option<Type> {
    Some(match t {
        Type::Str => Type::Str,
        Type::List(e) | Type::Set(e) | Type::Iter(e) => env.resolve(e),
        Type::Dict(k, _) => env.resolve(k),
        Type::Js => Type::Js,
        Type::Tuple(ts) => {
            let mut u = Type::Unknown;
            for t in ts.clone() {
                u = env.unify(&u, &t).ok()?;
            }
            u
        }
        _ => return None,
    })
}

/// Whether the type is a JS value or the `js` module itself.
pub fn is_js(t: &Type) -> bool { matches!(t, Type::Js) || matches!(t, Type::Module(m) if &**m == "js") }

/// The typing rules of operations with a JS operand (`import js`): None when
/// no operand is a JS value. Python operands of these operations cross into
/// JS (the annotator makes the functions among them callable from JS).
pub fn js(op: &Op, args: &[Type]) -> Option<TypeResult> {
    let js_at = |k: usize| args.get(k).is_some_and(is_js);
    let hint = "JS values support attributes, calls, `.new(...)`, items, len(), iteration, `==`, `is`, truth and the conversions int(), float(), str() and bool()";
    Some(match op {
        Op::GetAttr(_) | Op::CallMethod { .. } if js_at(0) => {
            if let Op::CallMethod { kwnames, .. } = op
                && !kwnames.is_empty()
            {
                return Some(Err("keyword arguments cannot be passed to a JS function".into()));
            }
            Ok(Type::Js)
        }
        Op::SetAttr(_) if js_at(0) => Ok(Type::None),
        Op::CallValue if js_at(0) => Ok(Type::Js),
        Op::Builtin(b) if js_at(0) => match b {
            Builtin::GetItem => Ok(Type::Js),
            Builtin::SetItem => Ok(Type::None),
            Builtin::Len | Builtin::Int => Ok(Type::Int),
            Builtin::Float => Ok(Type::Float),
            Builtin::Str | Builtin::Repr => Ok(Type::Str),
            Builtin::Bool => Ok(Type::Bool),
            Builtin::Iter => Ok(Type::iter(Type::Js)),
            Builtin::List => Ok(Type::list(Type::Js)),
            Builtin::Print { .. } => return None,
            b => Err(format!("{}() of a JS value is not supported: {hint}", builtin_name(*b))),
        },
        Op::Compare(c) if js_at(0) || js_at(1) => match c {
            CmpOp::Eq | CmpOp::Ne | CmpOp::Is | CmpOp::IsNot => Ok(Type::Bool),
            c => Err(format!("`{}` with a JS value is not supported: {hint}", c.symbol())),
        },
        Op::Truth => return None,
        Op::Format if js_at(0) => Ok(Type::Str),
        Op::Binary(b) | Op::InPlace(b) if js_at(0) || js_at(1) => {
            Err(format!("`{}` with a JS value is not supported: convert it first (int(), float(), str())", b.symbol()))
        }
        Op::Unary(u) if js_at(0) && *u != UnaryOp::Not => Err(format!("`{u:?}` of a JS value is not supported: convert it first (int(), float())")),
        Op::Unpack(_) if js_at(0) => Err(format!("unpacking a JS value is not supported: {hint}")),
        _ => return None,
    })
}

/// Whether `==` between values of the two types is decided by their values (not
/// always False because the types differ): refused when it is not, for containers.
fn comparable(env: &mut dyn Env, a: &Type, b: &Type) -> bool {
    let (a, b) = (deep(env, a), deep(env, b));
    fn ok(a: &Type, b: &Type) -> bool {
        match (a, b) {
            (Type::Unknown, _) | (_, Type::Unknown) => true,
            (x, y) if x.is_number() && y.is_number() => true,
            (Type::None, _) | (_, Type::None) => true,
            (Type::Optional(x), y) | (y, Type::Optional(x)) => ok(x, y),
            (Type::List(x), Type::List(y)) | (Type::Set(x), Type::Set(y)) => ok(x, y),
            (Type::Dict(k1, v1), Type::Dict(k2, v2)) => ok(k1, k2) && ok(v1, v2),
            // Tuples of different lengths compare element by element up to the shorter.
            (Type::Tuple(x), Type::Tuple(y)) => x.iter().zip(y).all(|(x, y)| ok(x, y)),
            (Type::Inst(x), Type::Inst(y)) => x.common_base(y).is_some(),
            (x, y) => x == y,
        }
    }
    ok(&a, &b)
}

/// Whether values of the type can be ordered with `<` (deeply).
fn orderable(t: &Type) -> bool {
    match t {
        // An instance's order is its class's `__lt__`; without one, TypeError as in CPython.
        Type::Unknown | Type::Int | Type::Float | Type::Bool | Type::Str | Type::Inst(_) => true,
        Type::List(e) => orderable(e),
        Type::Tuple(ts) => ts.iter().all(orderable),
        _ => false,
    }
}

/// Whether values of the type can be dict keys or set elements.
fn hashable(t: &Type) -> bool {
    match t {
        Type::List(_) | Type::Dict(..) | Type::Set(_) | Type::Iter(_) => false,
        Type::Tuple(ts) => ts.iter().all(hashable),
        Type::Optional(t) => hashable(t),
        _ => true,
    }
}

fn check_hashable(env: &mut dyn Env, t: &Type) -> Result<(), String> {
    let d = deep(env, t);
    if hashable(&d) { Ok(()) } else { Err(format!("unhashable type: '{}'", d.python_name())) }
}

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

pub fn binary(env: &mut dyn Env, op: BinOp, a: &Type, b: &Type) -> TypeResult {
    if op == BinOp::Mod && *a == Type::Str && b.is_known() {
        match b {
            Type::Tuple(ts) => ts.clone().iter().try_for_each(|t| printable(env, t))?,
            t => printable(env, t)?,
        }
        return Ok(Type::Str);
    }
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
        (Add, Type::List(_), Type::List(_)) => return env.unify(&a, &b).map_err(|_| unsupported("+", &a, &b)),
        (Mul, Type::List(_), Type::Int | Type::Bool) => return Ok(a.clone()),
        (Mul, Type::Int | Type::Bool, Type::List(_)) => return Ok(b.clone()),
        (Add, Type::Tuple(x), Type::Tuple(y)) => return Ok(Type::Tuple(x.iter().chain(y).cloned().collect())),
        (BitOr | BitAnd | Sub | BitXor, Type::Set(_), Type::Set(_)) => {
            return env.unify(&a, &b).map_err(|_| unsupported(op.symbol(), &a, &b));
        }
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

/// `a op= b`: lists and sets change in place (`+=` extends a list with any iterable).
pub fn inplace(env: &mut dyn Env, op: BinOp, a: &Type, b: &Type) -> TypeResult {
    match (op, a) {
        (BinOp::Add, Type::List(e)) => {
            let Some(be) = elem(env, b) else { return Err(format!("'{}' object is not iterable", b.python_name())) };
            let e = (**e).clone();
            env.unify(&e, &be)?;
            Ok(a.clone())
        }
        _ => binary(env, op, a, b),
    }
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

pub fn compare(env: &mut dyn Env, op: CmpOp, a: &Type, b: &Type) -> TypeResult {
    if !a.is_known() || !b.is_known() {
        return Ok(Type::Unknown);
    }
    let (na, nb) = (a.non_none(), b.non_none());
    let numbers = rank(&na).is_some() && rank(&nb).is_some();
    let containers = |t: &Type| matches!(t, Type::List(_) | Type::Dict(..) | Type::Set(_) | Type::Tuple(_));
    match op {
        CmpOp::Eq | CmpOp::Ne => {
            if (containers(&na) || containers(&nb)) && !comparable(env, &na, &nb) {
                return Err(format!(
                    "`{}` between {} and {}: pyrt compares only values of one type",
                    op.symbol(),
                    deep(env, a),
                    deep(env, b)
                ));
            }
            Ok(Type::Bool)
        }
        CmpOp::Is | CmpOp::IsNot => {
            let none_side = |t: &Type| *t == Type::None || t.is_optional();
            if none_side(a) || none_side(b) || (*a == Type::Bool && *b == Type::Bool) || (na.is_reference() && std::mem::discriminant(&na) == std::mem::discriminant(&nb))
                || matches!((&na, &nb), (Type::Func(_), Type::Func(_))) {
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
            let ok = *a != Type::None
                && *b != Type::None
                && (numbers
                    || (na == Type::Str && nb == Type::Str)
                    || (matches!((&na, &nb), (Type::Set(_), Type::Set(_))) && comparable(env, &na, &nb))
                    || (matches!((&na, &nb), (Type::List(_), Type::List(_)) | (Type::Tuple(_), Type::Tuple(_))) && {
                        let (da, db) = (deep(env, &na), deep(env, &nb));
                        comparable(env, &na, &nb) && orderable(&da) && orderable(&db)
                    }));
            if ok {
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
        CmpOp::In | CmpOp::NotIn => {
            let bad = || Err(format!("`{}` between '{}' and '{}' is not supported", op.symbol(), a.python_name(), b.python_name()));
            match b {
                Type::Str if *a == Type::Str => Ok(Type::Bool),
                Type::List(_) | Type::Tuple(_) | Type::Set(_) | Type::Dict(..) | Type::Iter(_) => {
                    let e = elem(env, b).unwrap_or(Type::Unknown);
                    if matches!(b, Type::Set(_) | Type::Dict(..)) {
                        check_hashable(env, a)?;
                    }
                    if comparable(env, a, &e) { Ok(Type::Bool) } else { bad() }
                }
                _ => bad(),
            }
        }
    }
}

/// The type `str(x)`/`print(x)` accepts.
pub fn printable(env: &mut dyn Env, t: &Type) -> Result<(), String> {
    let mut bad = None;
    deep(env, t).walk(&mut |x| {
        if let Type::Iter(_) = x {
            bad = Some("printing an iterator shows its address in CPython; convert it with list() first");
        }
    });
    match bad {
        Some(m) => Err(m.into()),
        None => Ok(()),
    }
}

fn not_iterable(t: &Type) -> String { format!("'{}' object is not iterable", t.python_name()) }

fn int_like(t: &Type) -> bool { matches!(t, Type::Int | Type::Bool) }

pub fn builtin(env: &mut dyn Env, b: Builtin, args: &[Type]) -> TypeResult {
    if args.iter().any(|t| !t.is_known()) && !matches!(b, Builtin::Print { .. }) {
        return Ok(Type::Unknown);
    }
    let name = builtin_name(b);
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Type::Unknown);
    let one_of = |t: &Type, ok: &[Type]| ok.contains(t);
    let num = [Type::Int, Type::Bool, Type::Float];
    let bad = |t: &Type| Err(format!("{name}() does not accept an argument of type '{}'", t.python_name()));
    let index_err = |t: &Type| Err(format!("'{}' object cannot be interpreted as an integer", t.python_name()));
    match b {
        Builtin::Print { argc } => {
            for t in &args[..argc as usize] {
                printable(env, t)?;
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
                printable(env, t)?;
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
        Builtin::IsType(_) => Ok(Type::Bool),
        Builtin::Index => match arg(0) {
            Type::Int | Type::Bool => Ok(Type::Int),
            t => index_err(&t),
        },
        Builtin::Abs => match arg(0) {
            Type::Int | Type::Bool => Ok(Type::Int),
            Type::Float => Ok(Type::Float),
            t => bad(&t),
        },
        Builtin::Len => match arg(0).non_none() {
            Type::Str | Type::List(_) | Type::Tuple(_) | Type::Dict(..) | Type::Set(_) => Ok(Type::Int),
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
            (_, t) => index_err(&t),
        },
        Builtin::GetItem => match (arg(0), arg(1)) {
            (Type::Str, Type::Int | Type::Bool) => Ok(Type::Str),
            (Type::List(t), Type::Int | Type::Bool) => Ok(env.resolve(&t)),
            (Type::Tuple(ts), Type::Int | Type::Bool) => {
                elem(env, &Type::Tuple(ts)).ok_or_else(|| "indexing a tuple whose elements differ in type needs a constant index".to_string())
            }
            (Type::Dict(k, v), t) => {
                let k = env.resolve(&k);
                if !comparable(env, &k, &t) {
                    return Err(format!("this dict's keys are {}, not {}", deep(env, &k), deep(env, &t)));
                }
                Ok(env.resolve(&v))
            }
            (Type::Str | Type::List(_) | Type::Tuple(_), t) => Err(format!("indices must be integers, not '{}'", t.python_name())),
            (t, _) => Err(format!("'{}' object is not subscriptable", t.python_name())),
        },
        Builtin::Slice | Builtin::SetSlice | Builtin::DelSlice => {
            for t in &args[1..4] {
                if !matches!(t, Type::Int | Type::Bool | Type::None) && *t != Type::optional(Type::Int) {
                    return Err(format!("slice indices must be integers or None, not '{}'", t.python_name()));
                }
            }
            match (b, arg(0)) {
                (Builtin::Slice, t @ (Type::Str | Type::List(_))) => Ok(t),
                (Builtin::Slice, Type::Tuple(ts)) => {
                    let e = elem(env, &Type::Tuple(ts)).ok_or("slicing a tuple whose elements differ in type is not supported")?;
                    // The slice's length is not known: only a tuple of one element type has a type.
                    Err(format!("slicing a tuple gives a tuple of unknown length; slice a list instead (elements: {e})"))
                }
                (Builtin::SetSlice, Type::List(e)) => {
                    let src = elem(env, &arg(4)).ok_or_else(|| "can only assign an iterable".to_string())?;
                    env.unify(&e, &src)?;
                    Ok(Type::None)
                }
                (Builtin::DelSlice, Type::List(_)) => Ok(Type::None),
                (_, t) => Err(format!("'{}' object does not support slice {}", t.python_name(), if b == Builtin::Slice { "access" } else { "assignment" })),
            }
        }
        Builtin::SetItem => match arg(0) {
            Type::List(e) if int_like(&arg(1)) => env.unify(&e, &arg(2)).map(|_| Type::None),
            Type::List(_) => Err(format!("list indices must be integers or slices, not {}", arg(1).python_name())),
            Type::Dict(k, v) => {
                check_hashable(env, &arg(1))?;
                env.unify(&k, &arg(1))?;
                env.unify(&v, &arg(2))?;
                Ok(Type::None)
            }
            t => Err(format!("'{}' object does not support item assignment", t.python_name())),
        },
        Builtin::DelItem => match arg(0) {
            Type::List(_) if int_like(&arg(1)) => Ok(Type::None),
            Type::Dict(k, _) => {
                let k = env.resolve(&k);
                if !comparable(env, &k, &arg(1)) {
                    return Err(format!("this dict's keys are {}, not {}", deep(env, &k), deep(env, &arg(1))));
                }
                Ok(Type::None)
            }
            t => Err(format!("'{}' object does not support item deletion", t.python_name())),
        },
        Builtin::Iter => match elem(env, &arg(0)) {
            Some(e) => Ok(Type::iter(e)),
            None => Err(not_iterable(&arg(0))),
        },
        Builtin::Next | Builtin::NextOr => match arg(0) {
            Type::Iter(e) => {
                let e = env.resolve(&e);
                if b == Builtin::NextOr {
                    let d = arg(1);
                    return env.unify(&e, &d).map_err(|_| format!("next()'s default is {} but the iterator produces {}", d, e));
                }
                Ok(e)
            }
            t => Err(format!("'{}' object is not an iterator", t.python_name())),
        },
        Builtin::List | Builtin::Set | Builtin::Sorted => {
            let v = env.fresh(0);
            if let Some(t) = args.first() {
                let e = elem(env, t).ok_or_else(|| not_iterable(t))?;
                env.unify(&v, &e)?;
                if b == Builtin::Set {
                    check_hashable(env, &e)?;
                }
                if b == Builtin::Sorted {
                    let d = deep(env, &e);
                    if !orderable(&d) {
                        return Err(format!("sorted() of {d} elements: they have no order"));
                    }
                    if let Some(r) = args.get(1)
                        && !matches!(r, Type::Bool | Type::Int) {
                            return Err(format!("sorted()'s reverse must be a bool, not '{}'", r.python_name()));
                        }
                }
            }
            Ok(if b == Builtin::Set { Type::set(v) } else { Type::list(v) })
        }
        Builtin::Dict => {
            let (k, v) = (env.fresh(0), env.fresh(1));
            match args.first() {
                None => {}
                Some(Type::Dict(k2, v2)) => {
                    env.unify(&k, k2)?;
                    env.unify(&v, v2)?;
                }
                Some(t) => match elem(env, t).map(|e| deep(env, &e)) {
                    Some(Type::Tuple(kv)) if kv.len() == 2 => {
                        let e = elem(env, t).unwrap();
                        let Type::Tuple(kv) = env.resolve(&e) else { unreachable!() };
                        env.unify(&k, &kv[0])?;
                        env.unify(&v, &kv[1])?;
                    }
                    Some(Type::Unknown) => {}
                    _ => return Err(format!("dict() of {}: expected a dict or an iterable of pairs", deep(env, t))),
                },
            }
            Ok(Type::dict(k, v))
        }
        Builtin::Tuple => match args.first() {
            None => Ok(Type::Tuple(vec![])),
            Some(t @ Type::Tuple(_)) => Ok(t.clone()),
            Some(t) => Err(format!("tuple() of a {} has a length pyrt cannot know; keep it a list", t.python_name())),
        },
        Builtin::Reversed => match arg(0) {
            t @ (Type::List(_) | Type::Str | Type::Tuple(_)) => Ok(Type::iter(elem(env, &t).ok_or("reversed() of a tuple whose elements differ in type")?)),
            Type::Iter(_) => Err("reversed() needs a sequence; this is an iterator".to_string()),
            t => Err(format!("'{}' object is not reversible", t.python_name())),
        },
        Builtin::Enumerate => {
            let e = elem(env, &arg(0)).ok_or_else(|| not_iterable(&arg(0)))?;
            if args.len() > 1 && !int_like(&arg(1)) {
                return index_err(&arg(1));
            }
            Ok(Type::iter(Type::Tuple(vec![Type::Int, e])))
        }
        Builtin::Zip => {
            let mut es = Vec::new();
            for t in args {
                es.push(elem(env, t).ok_or_else(|| not_iterable(t))?);
            }
            Ok(Type::iter(Type::Tuple(es)))
        }
        Builtin::Sum => {
            let e = elem(env, &arg(0)).ok_or_else(|| not_iterable(&arg(0)))?;
            let start = args.get(1).cloned().unwrap_or(Type::None);
            let start = if start == Type::None { Type::Int } else { start };
            match (&e, &start) {
                (Type::Unknown, s) if s.is_number() => Ok(if *s == Type::Bool { Type::Int } else { s.clone() }),
                (x, s) if x.is_number() && s.is_number() => Ok(if *x == Type::Float || *s == Type::Float { Type::Float } else { Type::Int }),
                (x, _) => Err(format!("sum() of {} elements is not supported (use ''.join for strings)", deep(env, x))),
            }
        }
        Builtin::Any | Builtin::All => {
            elem(env, &arg(0)).ok_or_else(|| not_iterable(&arg(0)))?;
            Ok(Type::Bool)
        }
        Builtin::MinOf | Builtin::MaxOf => {
            let e = elem(env, &arg(0)).ok_or_else(|| not_iterable(&arg(0)))?;
            let d = deep(env, &e);
            if !orderable(&d) {
                return Err(format!("{name}() of {d} elements: they have no order"));
            }
            Ok(e)
        }
        // `[keys, items, reverse]`: the frontend computed the keys with the key function.
        Builtin::SortedKey | Builtin::MinKey | Builtin::MaxKey => {
            let k = elem(env, &arg(0)).unwrap_or(Type::Unknown);
            let d = deep(env, &k);
            if !orderable(&d) {
                return Err(format!("{name}() with a key of type {d}: its values have no order"));
            }
            let e = elem(env, &arg(1)).unwrap_or(Type::Unknown);
            if b == Builtin::SortedKey {
                let v = env.fresh(0);
                env.unify(&v, &e)?;
                Ok(Type::list(v))
            } else {
                Ok(e)
            }
        }
        Builtin::Range => {
            for t in args {
                if !int_like(t) {
                    return index_err(t);
                }
            }
            Ok(Type::iter(Type::Int))
        }
        Builtin::Divmod => match (arg(0), arg(1)) {
            (a, b) if int_like(&a) && int_like(&b) => Ok(Type::Tuple(vec![Type::Int, Type::Int])),
            (a, b) if a.is_number() && b.is_number() => Ok(Type::Tuple(vec![Type::Float, Type::Float])),
            (a, b) => Err(unsupported("divmod()", &a, &b)),
        },
        Builtin::Pow3 => {
            if args.iter().all(int_like) {
                Ok(Type::Int)
            } else {
                Err("pow() 3rd argument not allowed unless all arguments are integers".into())
            }
        }
        Builtin::Chr | Builtin::Hex | Builtin::Oct | Builtin::Bin => {
            if int_like(&arg(0)) { Ok(Type::Str) } else { index_err(&arg(0)) }
        }
        Builtin::Ord => match arg(0) {
            Type::Str => Ok(Type::Int),
            t => Err(format!("ord() expected string of length 1, but {} found", t.python_name())),
        },
    }
}

/// A method call `recv.name(args)` on a built-in type: the table entry and the result type.
/// `args` are the positional arguments then the keyword ones, named by `kwnames`.
pub fn method(env: &mut dyn Env, recv: &Type, name: &str, args: &[Type], kwnames: &[Box<str>]) -> Result<(MethodId, Type), String> {
    if let (Type::List(_), "__sort_by__") = (recv, name) {
        let k = elem(env, &args[0]).unwrap_or(Type::Unknown);
        let d = deep(env, &k);
        if !orderable(&d) {
            return Err(format!("list.sort() with a key of type {d}: its values have no order"));
        }
        return Ok((MethodId::lookup(Recv::Any, "__sort_by__").expect("in the table"), Type::None));
    }
    if *recv == Type::Str && name == "format" {
        // str.format(*args, **kwargs): any printable values.
        for t in args {
            printable(env, t)?;
        }
        return Ok((MethodId::lookup(Recv::Any, "__str_format__").expect("in the table"), Type::Str));
    }
    let r = Recv::of(recv).ok_or_else(|| format!("'{}' object has no attribute '{name}'", recv.python_name()))?;
    let id = MethodId::lookup(r, crate::methods::resolve_name(r, name, args.len()))
        .filter(|_| !name.starts_with("__") || name == "__assert_fail__" || name == "__int_base__" || name == "__input__" || name == "__close__" || name == "__unpack_star__")
        .ok_or_else(|| format!("'{}' object has no attribute '{name}'", recv.python_name()))?;
    let m = id.get();
    let slots = bind_args(m, args.len() - kwnames.len(), kwnames)?;
    // A library function has no receiver: its relative kinds refer to its first argument.
    let rel = if r.is_module() { slots.first().copied().flatten().map(|i| args[i].clone()).unwrap_or(Type::Unknown) } else { recv.clone() };
    let recv = &rel;
    let (elem_t, key_t, val_t) = match recv {
        Type::Dict(k, v) => ((**k).clone(), (**k).clone(), (**v).clone()),
        t => (elem(env, t).unwrap_or(Type::Unknown), Type::Unknown, Type::Unknown),
    };
    let elem_var = match recv {
        Type::List(e) | Type::Set(e) => (**e).clone(),
        _ => elem_t.clone(),
    };
    let mut default_t = None;
    for (k, param) in m.params.iter().enumerate() {
        let Some(ai) = slots[k] else {
            continue;
        };
        let t = &args[ai];
        let want = |ok: bool, what: &str| -> Result<(), String> {
            if ok {
                Ok(())
            } else {
                Err(format!("{}.{name}() argument '{}' must be {what}, not '{}'", r.name(), param.name, t.python_name()))
            }
        };
        match param.kind {
            K::Int => want(int_like(t), "int")?,
            K::Bool => want(int_like(t), "bool")?,
            K::Str => want(*t == Type::Str, "str")?,
            K::OptInt => want(int_like(t) || *t == Type::None || *t == Type::optional(Type::Int), "int or None")?,
            K::OptStr => want(matches!(t, Type::Str | Type::None) || *t == Type::optional(Type::Str), "str or None")?,
            K::StrOrStrs => want(*t == Type::Str || matches!(t, Type::Tuple(ts) if ts.iter().all(|x| *x == Type::Str)), "str or a tuple of str")?,
            K::Elem if m.stores => {
                env.unify(&elem_var, t)?;
            }
            K::Elem | K::Key => {
                let e = if param.kind == K::Key { env.resolve(&key_t) } else { elem_t.clone() };
                if !comparable(env, &e, t) {
                    return Err(format!("{}.{name}() of {} in a container of {}", r.name(), deep(env, t), deep(env, &e)));
                }
                if matches!(recv, Type::Set(_) | Type::Dict(..)) {
                    check_hashable(env, t)?;
                }
                if m.stores {
                    env.unify(&key_t, t)?;
                }
            }
            K::Val => {
                env.unify(&val_t, t)?;
            }
            K::Same => {
                env.unify(recv, t).map_err(|_| format!("{}.{name}() of {} and {}", r.name(), deep(env, recv), deep(env, t)))?;
            }
            K::IterableElem => {
                let e = elem(env, t).ok_or_else(|| not_iterable(t))?;
                env.unify(&elem_var, &e)?;
            }
            K::IterableStr => {
                let e = elem(env, t).ok_or_else(|| not_iterable(t))?;
                if !matches!(e, Type::Str | Type::Unknown) {
                    return Err(format!("{}.{name}() needs an iterable of str, not of {}", r.name(), deep(env, &e)));
                }
            }
            K::ValOrDefault => default_t = Some(t.clone()),
            K::Float => want(t.is_number(), "a number")?,
            K::OptFloat => want(t.non_none().is_number() || *t == Type::None, "a number or None")?,
            K::Any => {}
            // A range (an iterator) is a sequence too; lowering makes a list of it.
            K::Seq => want(matches!(t, Type::List(_) | Type::Tuple(_) | Type::Str | Type::Iter(_)), "a sequence")?,
            K::List => want(matches!(t, Type::List(_)), "a list")?,
            k => unreachable!("parameter kind {k:?}"),
        }
    }
    if m.name == "sort" {
        let d = deep(env, &elem_t);
        if !orderable(&d) {
            return Err(format!("list.sort() of {d} elements: they have no order"));
        }
    }
    let ret = match m.ret {
        K::None => Type::None,
        K::Bool => Type::Bool,
        K::Int => Type::Int,
        K::Str => Type::Str,
        K::Elem => elem_t,
        K::Val => env.resolve(&val_t),
        K::Same => recv.clone(),
        K::ListStr => {
            let v = env.fresh(0);
            env.unify(&v, &Type::Str)?;
            Type::list(v)
        }
        K::ListElem => Type::List(Box::new(elem_var)),
        K::Str3 => Type::Tuple(vec![Type::Str, Type::Str, Type::Str]),
        K::Float => Type::Float,
        K::Float2 => Type::Tuple(vec![Type::Float, Type::Float]),
        K::FloatInt => Type::Tuple(vec![Type::Float, Type::Int]),
        K::Item => Type::Tuple(vec![key_t, val_t]),
        K::IterElem => Type::iter(elem_t),
        K::IterVal => Type::iter(val_t),
        K::IterItem => Type::iter(Type::Tuple(vec![key_t, val_t])),
        K::ValOrDefault => {
            let v = env.resolve(&val_t);
            match default_t {
                // Nothing stored yet: the call can only give None so far (the type
                // grows when something is stored, and this flows again).
                None if !v.is_known() => Type::None,
                None => Type::optional(v),
                Some(d) => env.unify(&v, &d).map_err(|_| format!("dict.{name}()'s default is {} but the values are {}", deep(env, &d), deep(env, &v)))?,
            }
        }
        k => unreachable!("result kind {k:?}"),
    };
    Ok((id, ret))
}

/// Bind positional and keyword arguments to a method's parameters: for each
/// parameter, the index of its argument (None when it takes its default).
pub fn bind_args(m: &Method, npos: usize, kwnames: &[Box<str>]) -> Result<Vec<Option<usize>>, String> {
    let name = format!("{}.{}", m.recv.name(), m.name);
    if npos > m.params.len() {
        return Err(format!("{name}() takes at most {} argument{} ({npos} given)", m.params.len(), if m.params.len() == 1 { "" } else { "s" }));
    }
    let mut slots: Vec<Option<usize>> = (0..m.params.len()).map(|k| (k < npos).then_some(k)).collect();
    for (j, kw) in kwnames.iter().enumerate() {
        let Some(k) = m.params.iter().position(|p| p.name == &**kw) else {
            return Err(format!("{name}() got an unexpected keyword argument '{kw}'"));
        };
        if slots[k].is_some() {
            return Err(format!("{name}() got multiple values for argument '{kw}'"));
        }
        slots[k] = Some(npos + j);
    }
    for (k, p) in m.params.iter().enumerate() {
        if slots[k].is_none() && p.default == Dflt::Required {
            return Err(format!("{name}() missing required argument '{}'", p.name));
        }
    }
    Ok(slots)
}

/// The indices `seq[start:stop:step]` selects from a sequence of `len`
/// elements (CPython's slice.indices); None for a zero step.
pub fn slice_indices(len: i64, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> Option<Vec<usize>> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let adjust = |x: Option<i64>, dflt: i64, lo: i64, hi: i64| match x {
        None => dflt,
        Some(v) if v < 0 => (v + len).max(lo),
        Some(v) => v.min(hi),
    };
    let (start, stop) = if step > 0 { (adjust(start, 0, 0, len), adjust(stop, len, 0, len)) } else { (adjust(start, len - 1, -1, len - 1), adjust(stop, -1, -1, len - 1)) };
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Some(out)
}

/// `format(value, spec)` with a non-empty spec.
pub fn format(env: &mut dyn Env, value: &Type, spec: &Type) -> TypeResult {
    if *spec != Type::Str && spec.is_known() {
        return Err("a format spec must be a str".into());
    }
    match value.non_none() {
        Type::Unknown => Ok(Type::Unknown),
        Type::Int | Type::Bool | Type::Float | Type::Str if *value != Type::None => Ok(Type::Str),
        // Other types format as str() with an empty spec and raise TypeError otherwise.
        t if *value != Type::None && !t.is_optional() => printable(env, &t).map(|_| Type::Str),
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
        Builtin::IsType(_) => "isinstance",
        Builtin::Abs => "abs",
        Builtin::Len => "len",
        Builtin::Min => "min",
        Builtin::Max => "max",
        Builtin::Round | Builtin::RoundDigits => "round",
        Builtin::GetItem | Builtin::Slice => "__getitem__",
        Builtin::SetItem | Builtin::SetSlice => "__setitem__",
        Builtin::DelItem | Builtin::DelSlice => "__delitem__",
        Builtin::Iter => "iter",
        Builtin::Next | Builtin::NextOr => "next",
        Builtin::List => "list",
        Builtin::Set => "set",
        Builtin::Dict => "dict",
        Builtin::Tuple => "tuple",
        Builtin::Sorted => "sorted",
        Builtin::Reversed => "reversed",
        Builtin::Enumerate => "enumerate",
        Builtin::Zip => "zip",
        Builtin::Sum => "sum",
        Builtin::Any => "any",
        Builtin::All => "all",
        Builtin::MinOf | Builtin::MinKey => "min",
        Builtin::MaxOf | Builtin::MaxKey => "max",
        Builtin::SortedKey => "sorted",
        Builtin::Range => "range",
        Builtin::Divmod => "divmod",
        Builtin::Pow3 => "pow",
        Builtin::Chr => "chr",
        Builtin::Ord => "ord",
        Builtin::Hex => "hex",
        Builtin::Oct => "oct",
        Builtin::Bin => "bin",
    }
}
