//! The type lattice shared by the annotator (which infers it) and every later
//! stage. `Unknown` is the bottom element: a value no flow has reached yet.
//!
//! Mutable containers (list, dict, set) are invariant in their element types,
//! because every alias of a container sees every store into it. During
//! annotation their element slots are type variables ([`Type::Var`]) shared by
//! all aliases, as RPython's listdefs are; the annotator replaces every variable
//! by its final binding, so later stages never see one.

use crate::entities::{ClassId, FuncId};
use std::fmt;
use std::sync::Arc as Rc;

/// A user (or built-in exception) class as types see it: the class and its
/// chain of first bases, each with its name (the class first). The chain decides
/// unions: two instance types unify to their nearest common base, as in RPython.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct ClassRef(pub Rc<[(ClassId, Rc<str>)]>);

impl ClassRef {
    pub fn id(&self) -> ClassId { self.0[0].0 }
    pub fn name(&self) -> &str { &self.0[0].1 }
    /// Whether this class is `other` or derives from it.
    pub fn is_sub_of(&self, other: &ClassRef) -> bool { self.0.iter().any(|(c, _)| *c == other.id()) }
    /// The nearest class both derive from.
    pub fn common_base(&self, other: &ClassRef) -> Option<ClassRef> {
        let pos = self.0.iter().position(|(c, _)| other.0.iter().any(|(d, _)| d == c))?;
        Some(if pos == 0 { self.clone() } else { ClassRef(self.0[pos..].into()) })
    }
    /// The first base's ref.
    pub fn base(&self) -> Option<ClassRef> { (self.0.len() > 1).then(|| ClassRef(self.0[1..].into())) }
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Type {
    /// Bottom: nothing known yet (before annotation, or a value that is never computed).
    Unknown,
    None,
    Bool,
    Int,
    Float,
    Str,
    /// `T` or `None`; `T` is never `None`, `Unknown` or `Optional`.
    Optional(Box<Type>),
    /// `list[T]`.
    List(Box<Type>),
    /// `dict[K, V]`.
    Dict(Box<Type>, Box<Type>),
    /// `set[T]`.
    Set(Box<Type>),
    /// `tuple[A, B, ...]` of a fixed length (covariant: tuples are immutable).
    Tuple(Vec<Type>),
    /// An iterator producing `T` (iter(), enumerate(), zip(), reversed(), range objects).
    Iter(Box<Type>),
    /// A function value: one of these functions (sorted, no duplicates).
    Func(Vec<FuncId>),
    /// An instance of the class or of a class derived from it.
    Inst(ClassRef),
    /// The class object itself (or a class derived from it): `cls` in a classmethod.
    Class(ClassRef),
    /// A method bound to an instance of the class (or a class derived from it):
    /// `obj.method` as a value.
    Bound(ClassRef, Box<str>),
    /// A library module (`math`, `sys.stdout`): its functions are method-table entries.
    Module(Box<str>),
    /// A value of one of these types (at least two of None, bool, int, float and
    /// str): an attribute assigned values of different types. Such values are
    /// only stored and passed on; every other operation on them is refused.
    Either(Vec<Type>),
    /// A JavaScript value (`import js`, JS hosts only): one dynamic type whose
    /// operations are JS's (property get/set, calls, `new`, items); it holds
    /// `null` and `undefined` too, so it absorbs `None` in unions.
    Js,
    /// An annotator type variable (only during annotation).
    Var(u32),
}

/// Why two types do not unify.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict;

impl Type {
    pub fn optional(t: Type) -> Type {
        match t {
            Type::Unknown | Type::None | Type::Optional(_) | Type::Js => t,
            t => Type::Optional(Box::new(t)),
        }
    }
    pub fn list(t: Type) -> Type { Type::List(Box::new(t)) }
    pub fn set(t: Type) -> Type { Type::Set(Box::new(t)) }
    pub fn dict(k: Type, v: Type) -> Type { Type::Dict(Box::new(k), Box::new(v)) }
    pub fn iter(t: Type) -> Type { Type::Iter(Box::new(t)) }
    pub fn func_union(a: &[FuncId], b: &[FuncId]) -> Type {
        let mut v: Vec<FuncId> = a.iter().chain(b).copied().collect();
        v.sort();
        v.dedup();
        Type::Func(v)
    }

    /// The least upper bound of two variable-free types, or a conflict. int/float
    /// and int/bool do not unify: CPython prints them differently, so merging would
    /// change output. Mutable containers are invariant; tuples are covariant.
    pub fn union(&self, other: &Type) -> Result<Type, Conflict> {
        use Type::*;
        Ok(match (self, other) {
            (a, b) if a == b => a.clone(),
            (Unknown, t) | (t, Unknown) => t.clone(),
            (Js, None) | (None, Js) => Js,
            (Either(_), _) | (_, Either(_)) => Type::either(self, other).ok_or(Conflict)?,
            (None, Optional(t)) | (Optional(t), None) => Optional(t.clone()),
            (None, t) | (t, None) => Type::optional(t.clone()),
            (Optional(a), b) | (b, Optional(a)) => Type::optional(a.union(b)?),
            (Tuple(a), Tuple(b)) if a.len() == b.len() => {
                Tuple(a.iter().zip(b).map(|(x, y)| x.union(y)).collect::<Result<_, _>>()?)
            }
            (Func(a), Func(b)) => Type::func_union(a, b),
            (Inst(a), Inst(b)) => Inst(a.common_base(b).ok_or(Conflict)?),
            (Bound(a, m), Bound(b, n)) if m == n => Bound(a.common_base(b).ok_or(Conflict)?, m.clone()),
            (Class(a), Class(b)) => Class(a.common_base(b).ok_or(Conflict)?),
            _ => return Err(Conflict),
        })
    }

    /// The union of two scalar types that do not unify otherwise (or of an
    /// `Either` with more): None when a part is not a scalar.
    pub fn either(a: &Type, b: &Type) -> Option<Type> {
        let mut parts: Vec<Type> = Vec::new();
        for t in [a, b] {
            let ts = match t {
                Type::Either(ts) => ts.clone(),
                Type::Optional(x) => vec![Type::None, (**x).clone()],
                Type::Unknown => vec![],
                t => vec![t.clone()],
            };
            for t in ts {
                if !matches!(t, Type::None | Type::Bool | Type::Int | Type::Float | Type::Str) {
                    return None;
                }
                if !parts.contains(&t) {
                    parts.push(t);
                }
            }
        }
        let rank = |t: &Type| match t {
            Type::None => 0,
            Type::Bool => 1,
            Type::Int => 2,
            Type::Float => 3,
            _ => 4,
        };
        parts.sort_by_key(rank);
        Some(Type::Either(parts))
    }

    /// The type without its `None` part.
    pub fn non_none(&self) -> Type {
        match self {
            Type::Optional(t) => (**t).clone(),
            t => t.clone(),
        }
    }
    pub fn is_optional(&self) -> bool { matches!(self, Type::Optional(_)) }
    pub fn is_known(&self) -> bool { !matches!(self, Type::Unknown) }
    pub fn is_number(&self) -> bool { matches!(self, Type::Int | Type::Float | Type::Bool) }
    /// Whether values of the type are objects with an identity of their own.
    pub fn is_reference(&self) -> bool {
        matches!(self, Type::List(_) | Type::Dict(..) | Type::Set(_) | Type::Iter(_) | Type::Inst(_) | Type::Class(_))
    }

    /// Whether a type variable or `Unknown` occurs anywhere inside.
    pub fn is_settled(&self) -> bool {
        let mut ok = true;
        self.walk(&mut |t| ok &= !matches!(t, Type::Var(_) | Type::Unknown));
        ok
    }

    /// Visit this type and every type inside it.
    pub fn walk(&self, f: &mut dyn FnMut(&Type)) {
        f(self);
        match self {
            Type::Optional(t) | Type::List(t) | Type::Set(t) | Type::Iter(t) => t.walk(f),
            Type::Dict(k, v) => {
                k.walk(f);
                v.walk(f);
            }
            Type::Tuple(ts) => ts.iter().for_each(|t| t.walk(f)),
            _ => {}
        }
    }

    /// Rebuild the type bottom-up, replacing each part by `f` of it.
    pub fn map(&self, f: &mut dyn FnMut(&Type) -> Option<Type>) -> Type {
        if let Some(t) = f(self) {
            return t;
        }
        match self {
            Type::Optional(t) => Type::optional(t.map(f)),
            Type::List(t) => Type::List(Box::new(t.map(f))),
            Type::Set(t) => Type::Set(Box::new(t.map(f))),
            Type::Iter(t) => Type::Iter(Box::new(t.map(f))),
            Type::Dict(k, v) => Type::Dict(Box::new(k.map(f)), Box::new(v.map(f))),
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(|t| t.map(f)).collect()),
            t => t.clone(),
        }
    }

    /// The name CPython gives the type in error messages (`'NoneType'`, `'int'`).
    pub fn python_name(&self) -> &'static str {
        match self {
            Type::Unknown | Type::Var(_) => "object",
            Type::None => "NoneType",
            Type::Bool => "bool",
            Type::Int => "int",
            Type::Float => "float",
            Type::Str => "str",
            Type::Optional(t) => t.python_name(),
            Type::List(_) => "list",
            Type::Dict(..) => "dict",
            Type::Set(_) => "set",
            Type::Tuple(_) => "tuple",
            Type::Iter(_) => "iterator",
            Type::Func(_) => "function",
            Type::Inst(_) => "object",
            Type::Class(_) => "type",
            Type::Module(_) => "module",
            Type::Bound(..) => "method",
            Type::Either(_) => "object",
            Type::Js => "JsObject",
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Unknown => write!(f, "?"),
            Type::None => write!(f, "None"),
            Type::Bool => write!(f, "bool"),
            Type::Int => write!(f, "int"),
            Type::Float => write!(f, "float"),
            Type::Str => write!(f, "str"),
            Type::Optional(t) => write!(f, "{t} | None"),
            Type::List(t) => write!(f, "list[{t}]"),
            Type::Dict(k, v) => write!(f, "dict[{k}, {v}]"),
            Type::Set(t) => write!(f, "set[{t}]"),
            Type::Iter(t) => write!(f, "iter[{t}]"),
            Type::Tuple(ts) => {
                write!(f, "tuple[")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                if ts.is_empty() {
                    write!(f, "()")?;
                }
                write!(f, "]")
            }
            Type::Var(v) => write!(f, "'t{v}"),
            Type::Js => write!(f, "JsObject"),
            Type::Inst(c) => write!(f, "{}", c.name()),
            Type::Class(c) => write!(f, "type[{}]", c.name()),
            Type::Module(m) => write!(f, "module[{m}]"),
            Type::Bound(c, m) => write!(f, "method[{}.{m}]", c.name()),
            Type::Either(ts) => {
                write!(f, "either[")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, "]")
            }
            Type::Func(ids) => {
                write!(f, "func[")?;
                for (i, id) in ids.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{id}")?;
                }
                write!(f, "]")
            }
        }
    }
}
