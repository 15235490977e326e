//! The type lattice shared by the annotator (which infers it) and every later
//! stage. `Unknown` is the bottom element: a value no flow has reached yet.

use std::fmt;

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
}

/// Why two types do not unify.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict;

impl Type {
    pub fn optional(t: Type) -> Type {
        match t {
            Type::Unknown | Type::None | Type::Optional(_) => t,
            t => Type::Optional(Box::new(t)),
        }
    }

    /// The least upper bound of two types, or a conflict. int/float and int/bool do
    /// not unify: CPython prints them differently, so merging would change output.
    pub fn union(&self, other: &Type) -> Result<Type, Conflict> {
        use Type::*;
        Ok(match (self, other) {
            (a, b) if a == b => a.clone(),
            (Unknown, t) | (t, Unknown) => t.clone(),
            (None, Optional(t)) | (Optional(t), None) => Optional(t.clone()),
            (None, t) | (t, None) => Type::optional(t.clone()),
            (Optional(a), b) | (b, Optional(a)) => Type::optional(a.union(b)?),
            (List(a), List(b)) => List(Box::new(a.union(b)?)),
            _ => return Err(Conflict),
        })
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

    /// The name CPython gives the type in error messages (`'NoneType'`, `'int'`).
    pub fn python_name(&self) -> &'static str {
        match self {
            Type::Unknown => "object",
            Type::None => "NoneType",
            Type::Bool => "bool",
            Type::Int => "int",
            Type::Float => "float",
            Type::Str => "str",
            Type::Optional(t) => t.python_name(),
            Type::List(_) => "list",
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
        }
    }
}
