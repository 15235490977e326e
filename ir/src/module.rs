//! The whole program: functions, module globals, and the entry function.

use crate::entities::{ClassId, EntityVec, FuncId, GlobalId};
use std::collections::BTreeMap;
use crate::function::Function;
use crate::span::Span;
use crate::types::{ClassRef, Type};

/// What a name defined in a class body is.
#[derive(Clone, Debug, PartialEq)]
pub enum Member {
    /// A method: called with the instance first.
    Method(FuncId),
    /// `@staticmethod`.
    Static(FuncId),
    /// `@classmethod`: called with the class first.
    ClassMethod(FuncId),
    /// `@property`, with its `@x.setter` if any.
    Property { get: FuncId, set: Option<FuncId> },
    /// A class attribute assigned in the class body (it lives on the class, and
    /// instances read it until they assign their own).
    Attr,
}

#[derive(Clone, Debug)]
pub struct Class {
    pub name: String,
    pub span: Span,
    /// The class and its first bases: the type hierarchy.
    pub chain: ClassRef,
    /// The method resolution order: the class, then its first bases. (Methods
    /// of mixins, the further bases, are copied into the class by the frontend,
    /// as RPython does, so each copy knows its `self`.)
    pub mro: Vec<ClassId>,
    /// The mixins (further bases, with their own bases) of the class and of its
    /// bases: `isinstance` of a mixin looks here, not along the first-base chain.
    pub mixins: Vec<ClassId>,
    /// The names the class body defines.
    pub members: BTreeMap<String, Member>,
    /// Instance attributes whose slot lives on this class, with their types
    /// (filled by the annotator: the union of every write, in this class or a subclass).
    pub fields: BTreeMap<String, Type>,
    /// A built-in class (the exceptions): the runtime class that implements it.
    pub builtin: Option<String>,
    /// The module that defines the class, when not the main one (CPython
    /// qualifies such classes' names in reprs and tracebacks).
    pub module: Option<String>,
}

impl Class {
    pub fn id(&self) -> ClassId { self.chain.id() }
}

#[derive(Clone, Debug)]
pub struct Global {
    pub name: String,
    pub ty: Type,
    pub span: Span,
    /// Reads must check that the global was assigned (raising NameError otherwise),
    /// because some read may run before the first assignment.
    pub checked: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Module {
    pub funcs: EntityVec<FuncId, Function>,
    pub globals: EntityVec<GlobalId, Global>,
    pub classes: EntityVec<ClassId, Class>,
    /// The function the program starts in: it runs the module body and, in RPython
    /// target mode, `entry_point(argv)`; it returns the exit status as an int.
    pub main: Option<FuncId>,
    /// A library's exports (`pyrt translate --lib`): each public name with the
    /// function JS calls for it (for a class, one that constructs an instance).
    pub exports: Vec<Export>,
}

/// One name a library exports to JS.
#[derive(Clone, Debug)]
pub struct Export {
    pub name: String,
    /// The function JS calls: the exported function itself, or for a class a
    /// stub that constructs an instance from the constructor's arguments.
    pub func: FuncId,
    pub class: Option<ClassId>,
}

/// The classes of a program, by id.
pub type Classes = EntityVec<ClassId, Class>;

/// The member `name` as the class's method resolution order finds it: the
/// class that defines it, and the member.
pub fn lookup<'a>(classes: &'a Classes, class: ClassId, name: &str) -> Option<(ClassId, &'a Member)> {
    classes[class].mro.iter().find_map(|&c| classes[c].members.get(name).map(|m| (c, m)))
}

/// Every class that is `class` or derives from it.
pub fn subclasses(classes: &Classes, class: ClassId) -> Vec<ClassId> {
    classes.iter().filter(|(_, c)| c.mro.contains(&class)).map(|(id, _)| id).collect()
}

/// The members a call of `name` on an instance (or class) of `class` may run:
/// the one its MRO finds, then the overrides in derived classes.
pub fn targets(classes: &Classes, class: ClassId, name: &str) -> Vec<(ClassId, Member)> {
    let mut out: Vec<(ClassId, Member)> = lookup(classes, class, name).map(|(c, m)| (c, m.clone())).into_iter().collect();
    for s in subclasses(classes, class) {
        if s != class
            && let Some(m) = classes[s].members.get(name) {
                out.push((s, m.clone()));
            }
    }
    out
}

/// The operands an operation iterates over: an instance there is iterated
/// through its `__iter__` (and the `__next__` of what that returns).
pub fn iterated_operands(op: &crate::ops::Op, nargs: usize) -> Vec<usize> {
    use crate::ops::{Builtin, Op};
    let all: Vec<usize> = match op {
        Op::Builtin(
            Builtin::Iter
            | Builtin::List
            | Builtin::Set
            | Builtin::Tuple
            | Builtin::Sorted
            | Builtin::Sum
            | Builtin::Any
            | Builtin::All
            | Builtin::MinOf
            | Builtin::MaxOf
            | Builtin::Enumerate
            | Builtin::SortedKey
            | Builtin::MinKey
            | Builtin::MaxKey,
        )
        | Op::Unpack(_) => vec![0],
        Op::Builtin(Builtin::Zip) => (0..nargs).collect(),
        Op::Compare(crate::ops::CmpOp::In | crate::ops::CmpOp::NotIn) => vec![1],
        _ => vec![],
    };
    all.into_iter().filter(|&k| k < nargs).collect()
}

/// The operands an operation advances as iterators: an instance there is an
/// iterator through its `__next__` (`next(it, default)`).
pub fn iterator_operands(op: &crate::ops::Op) -> Vec<usize> {
    match op {
        crate::ops::Op::Builtin(crate::ops::Builtin::NextOr) => vec![0],
        _ => vec![],
    }
}

/// What an operator does when an operand is an instance of a user class.
#[derive(Clone, Debug, PartialEq)]
pub enum DunderCall {
    /// Call the dunder method `name` on operand `recv` with operand `other` (if
    /// any); `negate` the (bool) result.
    Call { name: &'static str, recv: usize, other: Option<usize>, negate: bool },
    /// Object identity (`==` without `__eq__`), negated for `!=`.
    Identity { negate: bool },
    /// A constant (the truth of an instance without `__bool__` or `__len__`).
    Const(bool),
    /// Decided at run time: the right operand's `rname` when its class is a
    /// proper subclass of the left operand's that overrides it, or for a rich
    /// comparison that has it at all (CPython's rules), else the left operand's
    /// `name`.
    Swap { name: &'static str, rname: &'static str, negate: bool },
}

/// Whether `name` is a rich comparison's dunder.
pub fn is_comparison(name: &str) -> bool { matches!(name, "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__") }

/// The in-place dunder of an augmented assignment (`+=` → `__iadd__`).
fn inplace_name(b: crate::ops::BinOp) -> &'static str {
    use crate::ops::BinOp;
    match b {
        BinOp::Add => "__iadd__",
        BinOp::Sub => "__isub__",
        BinOp::Mul => "__imul__",
        BinOp::TrueDiv => "__itruediv__",
        BinOp::FloorDiv => "__ifloordiv__",
        BinOp::Mod => "__imod__",
        BinOp::Pow => "__ipow__",
        BinOp::LShift => "__ilshift__",
        BinOp::RShift => "__irshift__",
        BinOp::BitAnd => "__iand__",
        BinOp::BitOr => "__ior__",
        BinOp::BitXor => "__ixor__",
    }
}

/// The dunder method behind a Python-level operator whose operand is an
/// instance, as CPython resolves it for operands of one class hierarchy; None
/// when no operand is an instance (or the operator has no dunder).
pub fn dunder(classes: &Classes, op: &crate::ops::Op, tys: &[Type]) -> Option<DunderCall> {
    let d = dunder_static(classes, op, tys)?;
    // A subclass of the left operand's class that may be the right operand, and
    // that overrides the reflected method, goes first at run time.
    if let (DunderCall::Call { name, recv: 0, other: Some(1), negate }, Some(Type::Inst(a)), Some(Type::Inst(b))) = (&d, tys.first(), tys.get(1)) {
        let rname = match *name {
            "__add__" => "__radd__",
            "__sub__" => "__rsub__",
            "__mul__" => "__rmul__",
            "__eq__" => "__eq__",
            "__ne__" => "__ne__",
            "__lt__" => "__gt__",
            "__le__" => "__ge__",
            "__gt__" => "__lt__",
            "__ge__" => "__le__",
            _ => return Some(d),
        };
        // A rich comparison goes to the subclass first whenever it has the
        // reflected method at all; a binary operator only when it overrides it.
        let compare = is_comparison(rname);
        let first = classes.iter().any(|(s, c)| {
            s != a.id() && c.mro.contains(&a.id()) && c.mro.contains(&b.id()) && if compare { lookup(classes, s, rname).is_some() } else { c.members.contains_key(rname) }
        });
        if first {
            return Some(DunderCall::Swap { name, rname, negate: *negate });
        }
    }
    Some(d)
}

fn dunder_static(classes: &Classes, op: &crate::ops::Op, tys: &[Type]) -> Option<DunderCall> {
    use crate::ops::{BinOp, Builtin, CmpOp, Op, UnaryOp};
    let class = |k: usize| match tys.get(k) {
        Some(Type::Inst(c)) => Some(c.id()),
        _ => None,
    };
    let has = |k: usize, name: &str| class(k).is_some_and(|c| lookup(classes, c, name).is_some());
    let call = |name: &'static str, recv: usize, other: Option<usize>, negate: bool| Some(DunderCall::Call { name, recv, other, negate });
    match op {
        Op::InPlace(b) if class(0).is_some() && has(0, inplace_name(*b)) => call(inplace_name(*b), 0, Some(1), false),
        Op::Binary(b) | Op::InPlace(b) if class(0).is_some() => {
            let name = match b {
                BinOp::Add => "__add__",
                BinOp::Sub => "__sub__",
                BinOp::Mul => "__mul__",
                BinOp::TrueDiv => "__truediv__",
                BinOp::FloorDiv => "__floordiv__",
                BinOp::Mod => "__mod__",
                BinOp::Pow => "__pow__",
                BinOp::LShift => "__lshift__",
                BinOp::RShift => "__rshift__",
                BinOp::BitAnd => "__and__",
                BinOp::BitOr => "__or__",
                BinOp::BitXor => "__xor__",
            };
            call(name, 0, Some(1), false)
        }
        Op::Binary(b @ (BinOp::Add | BinOp::Sub | BinOp::Mul)) if class(1).is_some() && !matches!(tys[0], Type::Str) => {
            let name = match b {
                BinOp::Add => "__radd__",
                BinOp::Sub => "__rsub__",
                _ => "__rmul__",
            };
            call(name, 1, Some(0), false)
        }
        Op::Compare(c @ (CmpOp::Eq | CmpOp::Ne)) if class(0).is_some() || class(1).is_some() => {
            let ne = *c == CmpOp::Ne;
            let k = if class(0).is_some() { 0 } else { 1 };
            let o = 1 - k;
            if ne && has(k, "__ne__") {
                call("__ne__", k, Some(o), false)
            } else if has(k, "__eq__") {
                call("__eq__", k, Some(o), ne)
            } else {
                Some(DunderCall::Identity { negate: ne })
            }
        }
        Op::Compare(c @ (CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge)) if class(0).is_some() || class(1).is_some() => {
            let (name, reflected) = match c {
                CmpOp::Lt => ("__lt__", "__gt__"),
                CmpOp::Le => ("__le__", "__ge__"),
                CmpOp::Gt => ("__gt__", "__lt__"),
                _ => ("__ge__", "__le__"),
            };
            if has(0, name) || !has(1, reflected) { call(name, 0, Some(1), false) } else { call(reflected, 1, Some(0), false) }
        }
        // Without __contains__, `in` iterates (see `iterated_operands`).
        Op::Compare(c @ (CmpOp::In | CmpOp::NotIn)) if has(1, "__contains__") => call("__contains__", 1, Some(0), *c == CmpOp::NotIn),
        Op::Unary(UnaryOp::Neg) if class(0).is_some() => call("__neg__", 0, None, false),
        Op::Unary(UnaryOp::Pos) if class(0).is_some() => call("__pos__", 0, None, false),
        Op::Unary(UnaryOp::Invert) if class(0).is_some() => call("__invert__", 0, None, false),
        Op::Truth | Op::Unary(UnaryOp::Not) if class(0).is_some() => {
            let not = matches!(op, Op::Unary(_));
            if has(0, "__bool__") {
                call("__bool__", 0, None, not)
            } else if has(0, "__len__") {
                call("__len__", 0, None, not)
            } else {
                Some(DunderCall::Const(!not))
            }
        }
        Op::Builtin(b) if class(0).is_some() => match b {
            Builtin::Len => call("__len__", 0, None, false),
            Builtin::Next => call("__next__", 0, None, false),
            Builtin::GetItem => call("__getitem__", 0, Some(1), false),
            Builtin::Abs => call("__abs__", 0, None, false),
            _ => None,
        },
        _ => None,
    }
}

impl Module {
    /// Where `c` is a mixin of some class: every class that has it (as a
    /// mixin or a base), which `isinstance(x, c)` tests by exact type.
    pub fn mixin_holders(&self, c: ClassId) -> Option<Vec<ClassId>> {
        if !self.classes.iter().any(|(_, k)| k.mixins.contains(&c)) {
            return None;
        }
        Some(self.classes.iter().filter(|(_, k)| k.mixins.contains(&c) || k.mro.contains(&c)).map(|(id, _)| id).collect())
    }
    /// A function's `__qualname__`: `outer.<locals>.inner` for a nested one.
    pub fn qualname(&self, g: crate::FuncId) -> String {
        let f = &self.funcs[g];
        match f.parent {
            Some(p) => format!("{}.<locals>.{}", self.qualname(p), f.name),
            None => f.name.clone(),
        }
    }
    pub fn lookup(&self, class: ClassId, name: &str) -> Option<(ClassId, &Member)> { lookup(&self.classes, class, name) }
    pub fn subclasses(&self, class: ClassId) -> Vec<ClassId> { subclasses(&self.classes, class) }
    pub fn targets(&self, class: ClassId, name: &str) -> Vec<(ClassId, Member)> { targets(&self.classes, class, name) }
}
