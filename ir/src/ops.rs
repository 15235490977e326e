//! Operations. Two levels live in one enum:
//!
//! * the *Python level*, produced by the frontend and typed by the annotator:
//!   [`Op::Binary`], [`Op::Compare`], [`Op::Unary`], [`Op::Truth`], [`Op::Builtin`],
//!   [`Op::Format`] — their meaning depends on their operands' types;
//! * the *primitive level*, produced by lowering: [`Op::Prim`] and the
//!   representation-independent ops (`Const`, `Call`, globals, `Select`…), whose
//!   meaning is fixed. Backends only ever see the primitive level (the verifier
//!   checks this after lowering).

use crate::entities::{ClassId, FuncId, GlobalId};
use crate::methods::MethodId;
use crate::types::Type;
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Box<str>),
}

impl Const {
    pub fn ty(&self) -> Type {
        match self {
            Const::None => Type::None,
            Const::Bool(_) => Type::Bool,
            Const::Int(_) => Type::Int,
            Const::Float(_) => Type::Float,
            Const::Str(_) => Type::Str,
        }
    }
}

impl fmt::Display for Const {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Const::None => write!(f, "None"),
            Const::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Const::Int(i) => write!(f, "{i}"),
            Const::Float(x) => write!(f, "{x:?}f"),
            Const::Str(s) => write!(f, "{s:?}"),
        }
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// Builtin functions at the Python level. Arguments are positional; keyword
/// arguments the builtin accepts are resolved by the frontend into fixed slots
/// (e.g. `print`: the values, then `sep`, then `end`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    /// `print(*values, sep, end)`: `argc` values, then sep and end (str or None).
    Print { argc: u32 },
    Str,
    Repr,
    Int,
    Float,
    Bool,
    /// `operator.index(x)`: an int (or bool as int); other types are refused.
    Index,
    /// `isinstance(x, T)` for a built-in type: decided by the static type.
    IsType(BuiltinType),
    Abs,
    Len,
    /// `min`/`max` of two or more arguments.
    Min,
    Max,
    /// `round(x)`.
    Round,
    /// `round(x, ndigits)`.
    RoundDigits,
    /// `s[i]`.
    GetItem,
    /// `s[a:b:c]` with None for omitted bounds.
    Slice,
    /// `s[i] = v`: `[s, i, v]`.
    SetItem,
    /// `del s[i]`: `[s, i]`.
    DelItem,
    /// `s[a:b:c] = v`: `[s, a, b, c, v]`.
    SetSlice,
    /// `del s[a:b:c]`: `[s, a, b, c]`.
    DelSlice,
    /// `iter(x)`.
    Iter,
    /// `next(it)`.
    Next,
    /// `next(it, default)`.
    NextOr,
    /// `list()` / `list(iterable)`.
    List,
    /// `set()` / `set(iterable)`.
    Set,
    /// `dict()` / `dict(mapping)`.
    Dict,
    /// `tuple(tuple)`.
    Tuple,
    /// `sorted(iterable, reverse)`.
    Sorted,
    /// `reversed(seq)`.
    Reversed,
    /// `enumerate(iterable, start)`.
    Enumerate,
    /// `zip(a, b, ...)`.
    Zip,
    /// `sum(iterable, start)`; start is None when omitted.
    Sum,
    Any,
    All,
    /// `min(iterable)` / `max(iterable)`.
    MinOf,
    MaxOf,
    /// `sorted(iterable, key, reverse)`.
    SortedKey,
    /// `min(iterable, key=f)` / `max(iterable, key=f)`.
    MinKey,
    MaxKey,
    /// `range(start, stop, step)` as a value (an iterator of ints).
    Range,
    Divmod,
    /// `pow(base, exp, mod)`.
    Pow3,
    Chr,
    Ord,
    Hex,
    Oct,
    Bin,
}

/// The built-in types `isinstance` can test.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum BuiltinType {
    Int,
    Float,
    Str,
    Bool,
    List,
    Dict,
    Set,
    Tuple,
}

impl BuiltinType {
    pub const ALL: &'static [BuiltinType] =
        &[BuiltinType::Int, BuiltinType::Float, BuiltinType::Str, BuiltinType::Bool, BuiltinType::List, BuiltinType::Dict, BuiltinType::Set, BuiltinType::Tuple];
    pub fn name(self) -> &'static str {
        match self {
            BuiltinType::Int => "int",
            BuiltinType::Float => "float",
            BuiltinType::Str => "str",
            BuiltinType::Bool => "bool",
            BuiltinType::List => "list",
            BuiltinType::Dict => "dict",
            BuiltinType::Set => "set",
            BuiltinType::Tuple => "tuple",
        }
    }
    pub fn from_name(s: &str) -> Option<BuiltinType> { BuiltinType::ALL.iter().copied().find(|t| t.name() == s) }
}

impl Builtin {
    /// The text-IR spelling: `print/2`, `str`, `round_digits`…
    pub fn spelling(self) -> String {
        match self {
            Builtin::Print { argc } => format!("print/{argc}"),
            Builtin::IsType(t) => format!("istype/{}", t.name()),
            b => format!("{b:?}").to_lowercase(),
        }
    }
    pub fn from_spelling(s: &str) -> Option<Builtin> {
        if let Some(n) = s.strip_prefix("print/") {
            return n.parse().ok().map(|argc| Builtin::Print { argc });
        }
        if let Some(n) = s.strip_prefix("istype/") {
            return BuiltinType::from_name(n).map(Builtin::IsType);
        }
        const ALL: &[Builtin] = &[
            Builtin::Str,
            Builtin::Repr,
            Builtin::Int,
            Builtin::Float,
            Builtin::Bool,
            Builtin::Index,
            Builtin::Abs,
            Builtin::Len,
            Builtin::Min,
            Builtin::Max,
            Builtin::Round,
            Builtin::RoundDigits,
            Builtin::GetItem,
            Builtin::Slice,
            Builtin::SetItem,
            Builtin::DelItem,
            Builtin::SetSlice,
            Builtin::DelSlice,
            Builtin::Iter,
            Builtin::Next,
            Builtin::NextOr,
            Builtin::List,
            Builtin::Set,
            Builtin::Dict,
            Builtin::Tuple,
            Builtin::Sorted,
            Builtin::Reversed,
            Builtin::Enumerate,
            Builtin::Zip,
            Builtin::Sum,
            Builtin::Any,
            Builtin::All,
            Builtin::MinOf,
            Builtin::MaxOf,
            Builtin::SortedKey,
            Builtin::MinKey,
            Builtin::MaxKey,
            Builtin::Range,
            Builtin::Divmod,
            Builtin::Pow3,
            Builtin::Chr,
            Builtin::Ord,
            Builtin::Hex,
            Builtin::Oct,
            Builtin::Bin,
        ];
        ALL.iter().copied().find(|b| b.spelling() == s)
    }
}

impl UnaryOp {
    pub const ALL: &'static [UnaryOp] = &[UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert, UnaryOp::Not];
}

impl BinOp {
    pub const ALL: &'static [BinOp] = &[
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::BitAnd,
        BinOp::BitOr,
        BinOp::BitXor,
    ];
}

impl CmpOp {
    pub const ALL: &'static [CmpOp] = &[
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Gt,
        CmpOp::Ge,
        CmpOp::Is,
        CmpOp::IsNot,
        CmpOp::In,
        CmpOp::NotIn,
    ];
}

/// Primitive (typed) operations: the vocabulary every backend implements.
/// One table gives each its operand types, result type and whether it may raise.
macro_rules! prims {
    ($( $(#[doc = $doc:literal])* $name:ident ( $($arg:ident),* ) -> $ret:ident, $raises:literal ;)*) => {
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        pub enum Prim { $($(#[doc = $doc])* $name),* }
        impl Prim {
            pub const ALL: &'static [Prim] = &[$(Prim::$name),*];
            /// Operand types; `Opt` means `Optional(Int)` or `None` is accepted too.
            pub fn signature(self) -> (&'static [PrimTy], PrimTy) {
                match self { $(Prim::$name => (&[$(PrimTy::$arg),*], PrimTy::$ret)),* }
            }
            pub fn may_raise(self) -> bool { match self { $(Prim::$name => $raises),* } }
            pub fn name(self) -> &'static str { match self { $(Prim::$name => stringify!($name)),* } }
            pub fn from_name(s: &str) -> Option<Prim> { match s { $(stringify!($name) => Some(Prim::$name),)* _ => None } }
        }
    };
}

/// Operand and result kinds of primitives.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum PrimTy {
    Int,
    Float,
    Bool,
    Str,
    /// `int | None` (an omitted slice bound).
    OptInt,
    /// No value.
    Void,
}

impl PrimTy {
    pub fn accepts(self, t: &Type) -> bool {
        match self {
            PrimTy::Int => *t == Type::Int,
            PrimTy::Float => *t == Type::Float,
            PrimTy::Bool => *t == Type::Bool,
            PrimTy::Str => *t == Type::Str,
            PrimTy::OptInt => matches!(t, Type::Int | Type::None) || *t == Type::optional(Type::Int),
            PrimTy::Void => false,
        }
    }
    pub fn to_type(self) -> Option<Type> {
        match self {
            PrimTy::Int => Some(Type::Int),
            PrimTy::Float => Some(Type::Float),
            PrimTy::Bool => Some(Type::Bool),
            PrimTy::Str => Some(Type::Str),
            PrimTy::OptInt => Some(Type::optional(Type::Int)),
            PrimTy::Void => None,
        }
    }
}

prims! {
    IntAdd(Int, Int) -> Int, true;
    IntSub(Int, Int) -> Int, true;
    IntMul(Int, Int) -> Int, true;
    IntFloorDiv(Int, Int) -> Int, true;
    IntMod(Int, Int) -> Int, true;
    IntTrueDiv(Int, Int) -> Float, true;
    IntPow(Int, Int) -> Int, true;
    /// A step the IR has bounded: the next counter of a `range()` loop, or
    /// `x ± 1` under a test that keeps it in range (`passes::bounded_steps`).
    /// Exact when representable; past the int range it only has to stay past it
    /// on the same side (the loop test then ends the loop), so it never raises —
    /// CPython never creates that value.
    IntRangeNext(Int, Int) -> Int, false;
    IntNeg(Int) -> Int, false;
    IntAbs(Int) -> Int, false;
    IntInvert(Int) -> Int, true;
    IntAnd(Int, Int) -> Int, false;
    IntOr(Int, Int) -> Int, false;
    IntXor(Int, Int) -> Int, false;
    IntLShift(Int, Int) -> Int, true;
    IntRShift(Int, Int) -> Int, true;
    IntEq(Int, Int) -> Bool, false;
    IntNe(Int, Int) -> Bool, false;
    IntLt(Int, Int) -> Bool, false;
    IntLe(Int, Int) -> Bool, false;
    IntGt(Int, Int) -> Bool, false;
    IntGe(Int, Int) -> Bool, false;
    IntIsTrue(Int) -> Bool, false;
    IntToFloat(Int) -> Float, false;
    IntToStr(Int) -> Str, false;
    IntRoundDigits(Int, Int) -> Int, true;
    IntFormat(Int, Str) -> Str, true;
    FloatAdd(Float, Float) -> Float, false;
    FloatSub(Float, Float) -> Float, false;
    FloatMul(Float, Float) -> Float, false;
    FloatTrueDiv(Float, Float) -> Float, true;
    FloatFloorDiv(Float, Float) -> Float, true;
    FloatMod(Float, Float) -> Float, true;
    FloatPow(Float, Float) -> Float, true;
    FloatNeg(Float) -> Float, false;
    FloatAbs(Float) -> Float, false;
    FloatEq(Float, Float) -> Bool, false;
    FloatNe(Float, Float) -> Bool, false;
    FloatLt(Float, Float) -> Bool, false;
    FloatLe(Float, Float) -> Bool, false;
    FloatGt(Float, Float) -> Bool, false;
    FloatGe(Float, Float) -> Bool, false;
    FloatIsTrue(Float) -> Bool, false;
    FloatToInt(Float) -> Int, true;
    FloatRepr(Float) -> Str, false;
    FloatRound(Float) -> Int, true;
    FloatRoundDigits(Float, Int) -> Float, true;
    FloatFormat(Float, Str) -> Str, true;
    BoolNot(Bool) -> Bool, false;
    BoolEq(Bool, Bool) -> Bool, false;
    BoolNe(Bool, Bool) -> Bool, false;
    BoolToInt(Bool) -> Int, false;
    BoolToStr(Bool) -> Str, false;
    BoolFormat(Bool, Str) -> Str, true;
    StrConcat(Str, Str) -> Str, false;
    StrRepeat(Str, Int) -> Str, true;
    StrLen(Str) -> Int, false;
    StrGetItem(Str, Int) -> Str, true;
    StrSlice(Str, OptInt, OptInt, OptInt) -> Str, true;
    StrEq(Str, Str) -> Bool, false;
    StrNe(Str, Str) -> Bool, false;
    StrLt(Str, Str) -> Bool, false;
    StrLe(Str, Str) -> Bool, false;
    StrGt(Str, Str) -> Bool, false;
    StrGe(Str, Str) -> Bool, false;
    StrContains(Str, Str) -> Bool, false;
    StrIsTrue(Str) -> Bool, false;
    StrToInt(Str) -> Int, true;
    StrToFloat(Str) -> Float, true;
    StrRepr(Str) -> Str, false;
    StrFormat(Str, Str) -> Str, true;
    PrintStdout(Str) -> Void, false;
}

/// An operation. See the module docs for the two levels.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// A constant; no arguments.
    Const(Const),
    /// A placeholder for a variable read on a path where it was never assigned.
    /// Only ever observed behind a [`Op::CheckDefined`] that raises first.
    Undef,
    /// `[value]` → the same value, possibly at a wider type (`T` → `T | None`):
    /// where a value flows into a slot of a wider type, the annotator makes the
    /// widening explicit with a copy, so backends with boxed optionals see it.
    Copy,
    /// Python-level binary operator `[a, b]`.
    Binary(BinOp),
    /// Python-level augmented assignment `a op= b` `[a, b]`: in place for lists and sets.
    InPlace(BinOp),
    /// Python-level unary operator `[a]`.
    Unary(UnaryOp),
    /// Python-level comparison `[a, b]` (one link of a chain).
    Compare(CmpOp),
    /// Python-level truth test `[a]` → bool.
    Truth,
    /// Python-level builtin call.
    Builtin(Builtin),
    /// Python-level `format(value, spec)` for an f-string field: `[value, spec]` → str.
    Format,
    /// A direct call of a known function; arguments in the callee's parameter order.
    Call(FuncId),
    /// `[]` → the value of a module global.
    LoadGlobal(GlobalId),
    /// `[value]`: assign a module global.
    StoreGlobal(GlobalId),
    /// `[defined: bool]`: raise `UnboundLocalError`/`NameError` for `name` when false.
    CheckDefined { name: Box<str>, global: bool },
    /// `[]`: raise the built-in exception `class` with `message`; never returns.
    Raise { class: Box<str>, message: Box<str> },
    /// `[optional]` → its non-None value, or raise the built-in `class(message)` when None.
    Unwrap { class: Box<str>, message: Box<str> },
    /// `[optional]` → its non-None value, or the constant when None (never raises).
    UnwrapOr(Const),
    /// `[cond, a, b]` → `a` if cond else `b`.
    Select,
    /// `[a, b]` → bool: object identity (`is`), for values where identity is defined
    /// by value (None, bool) or for optionals compared with None.
    Is,
    /// `[]` → the program's arguments as `list[str]` (argv[0] is the script name).
    Argv,
    /// `[elems...]` → a new list.
    BuildList,
    /// `[elems...]` → a tuple.
    BuildTuple,
    /// `[elems...]` → a new set (elements added in order).
    BuildSet,
    /// `[k0, v0, k1, v1, ...]` → a new dict.
    BuildDict,
    /// `[tuple]` → its element `k` (in range, checked by the annotator).
    TupleGet(u32),
    /// Python-level method call `recv.name(args)`: `[recv, positional..., keyword values...]`.
    CallMethod { name: Box<str>, kwnames: Box<[Box<str>]> },
    /// Python-level `[seq]` → a tuple of its `n` elements (ValueError for another length).
    Unpack(u32),
    /// An entry of the method table (`methods.rs`), arguments bound in its order.
    Method(MethodId),
    /// `[]` → the function as a value.
    FuncRef(FuncId),
    /// `[f, args...]`: call a function value.
    CallValue,
    /// `[iterator]` → bool: advance; when true, `IterValue` reads the element.
    IterNext,
    /// `[iterator]` → the element the last `IterNext` produced.
    IterValue,
    /// `[]` → the class as a value.
    ClassRef(ClassId),
    /// `[]` → a library module as a value (its functions are method-table entries).
    ModuleRef(Box<str>),
    /// Python-level `C(args)`: `[positional..., keyword values...]` → a new instance,
    /// initialised by the `__init__` the class's method resolution order finds.
    New { class: ClassId, kwnames: Box<[Box<str>]> },
    /// Python-level `obj.name` `[obj]` (an instance or a class): a field, a class
    /// attribute or a property.
    GetAttr(Box<str>),
    /// Python-level `obj.name = v` `[obj, v]`.
    SetAttr(Box<str>),
    /// `[obj]` → bool: `isinstance(obj, C)` for a class of the program.
    IsInstance(ClassId),
    /// `[obj]` → the same object at the narrower instance type (after `isinstance`).
    Downcast(ClassId),
    /// `[]` → a new instance of the class, its fields not yet assigned.
    Alloc(ClassId),
    /// `[cls, args...]` → a new instance of the class value, its fields not yet
    /// assigned (the arguments go to a built-in exception's constructor).
    AllocOf,
    /// `[obj]` → the attribute `name`: the instance's own, else its class's.
    Field(Box<str>),
    /// `[obj, v]`: assign the instance attribute `name`.
    SetField(Box<str>),
    /// `[cls]` → the class attribute `name` of the class value.
    ClassAttr(Box<str>),
    /// `[cls, v]`: assign the class attribute `name`.
    SetClassAttr(Box<str>),
    /// `[obj]` → the method `name` bound to the object (dispatched by its class).
    BindMethod(Box<str>),
    /// `[a, b]` → `b.rname(b, a)` when b's class is a proper subclass of a's that
    /// overrides `rname`, else `a.name(a, b)` (CPython's reflected-operand rule).
    DispatchBinary { name: Box<str>, rname: Box<str> },
    /// `[obj]` → the object's class.
    ClassOf,
    /// `[cls]` → the class's name (`__name__`).
    ClassName,
    /// `[target, args...]`: call the member `name` that the target's class (or the
    /// class value itself, when `on_class`) finds: dynamic dispatch. The arguments
    /// are complete (the instance or class first, where the member takes one).
    CallSlot { name: Box<str>, on_class: bool },
    /// `[]` → the exception a `try` handler was entered with (first in the handler).
    Caught,
    /// `[exception]`: raise it; never returns.
    Throw,
    /// `[self, args...]`: a built-in exception's `__init__`: keep the arguments.
    ExcInit,
    /// `[]` → the value of frame slot `slot`; UnboundLocalError for `name` while unassigned.
    LoadSlot { slot: u32, name: Box<str> },
    /// `[value]`: assign frame slot `slot`.
    StoreSlot(u32),
    /// `[]` → slot `slot` of the enclosing function `func` (a closure's captured
    /// variable); UnboundLocalError-like NameError for `name` while unassigned.
    LoadOuter { func: FuncId, slot: u32, name: Box<str> },
    /// `[value]`: assign slot `slot` of the enclosing function `func` (`nonlocal`).
    StoreOuter { func: FuncId, slot: u32 },
    /// `[value]`: a generator yields the value (and goes on when the consumer asks).
    Yield,
    /// JavaScript interop (`import js`, JS hosts only): see [`JsOp`].
    Js(JsOp),
    /// A typed primitive.
    Prim(Prim),
}

/// The operations on JavaScript values (`Type::Js`). Operands named "JS" are
/// JS values; a Python value becomes one by [`JsOp::Out`] first, so every
/// conversion at the border is explicit in the IR.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum JsOp {
    /// `[]` → the JS global `name` (`js.name`).
    Global(Box<str>),
    /// `[obj]` → `obj.name`.
    Get(Box<str>),
    /// `[obj, v]`: `obj.name = v`.
    Set(Box<str>),
    /// `[obj, key]` → `obj[key]`.
    GetItem,
    /// `[obj, key, v]`: `obj[key] = v`.
    SetItem,
    /// `[f, args...]` → `f(...args)` (`this` undefined).
    Call,
    /// `[obj, args...]` → `obj.name(...args)` (`this` is obj).
    CallMethod(Box<str>),
    /// `[ctor, args...]` → `new ctor(...args)` (`ctor.new(...)` in Python).
    New,
    /// `[obj]` → int: `len(obj)` (its `length`, or `size`).
    Len,
    /// `[obj]` → iterator of JS values (arrays and JS iterables).
    Iter,
    /// `[obj]` → bool: Python's truth of a JS value (JS truthiness).
    Truth,
    /// `[a, b]` → bool: `a === b` (`==` on JS values).
    Eq,
    /// `[obj]` → bool: `obj is None`: JS's null or undefined.
    IsNone,
    /// `[obj]` → str: JS's `String(obj)`.
    Str,
    /// `[obj]` → int: a JS number (integral) or numeric string; TypeError/ValueError otherwise.
    ToInt,
    /// `[obj]` → float.
    ToFloat,
    /// `[value]` → JS: a Python value converted by the documented table
    /// (its static type tells how; the backend passes its descriptor).
    Out,
    /// `[promise]` → JS: `await` in an `async def` (JS hosts).
    Await,
}

impl JsOp {
    /// The result type (None for no result).
    pub fn result(&self) -> Option<Type> {
        match self {
            JsOp::Set(_) | JsOp::SetItem => None,
            JsOp::Len | JsOp::ToInt => Some(Type::Int),
            JsOp::Truth | JsOp::Eq | JsOp::IsNone => Some(Type::Bool),
            JsOp::Str => Some(Type::Str),
            JsOp::ToFloat => Some(Type::Float),
            JsOp::Iter => Some(Type::iter(Type::Js)),
            _ => Some(Type::Js),
        }
    }
    pub fn spelling(&self) -> String {
        match self {
            JsOp::Global(n) => format!("global.{n}"),
            JsOp::Get(n) => format!("get.{n}"),
            JsOp::Set(n) => format!("set.{n}"),
            JsOp::CallMethod(n) => format!("call_method.{n}"),
            op => format!("{op:?}").to_lowercase(),
        }
    }
    pub fn from_spelling(s: &str) -> Option<JsOp> {
        if let Some((head, n)) = s.split_once('.') {
            let n: Box<str> = n.into();
            return match head {
                "global" => Some(JsOp::Global(n)),
                "get" => Some(JsOp::Get(n)),
                "set" => Some(JsOp::Set(n)),
                "call_method" => Some(JsOp::CallMethod(n)),
                _ => None,
            };
        }
        [
            JsOp::GetItem,
            JsOp::SetItem,
            JsOp::Call,
            JsOp::New,
            JsOp::Len,
            JsOp::Iter,
            JsOp::Truth,
            JsOp::Eq,
            JsOp::IsNone,
            JsOp::Str,
            JsOp::ToInt,
            JsOp::ToFloat,
            JsOp::Out,
            JsOp::Await,
        ]
        .into_iter()
        .find(|op| op.spelling() == s)
    }
}

impl Op {
    /// Python-level ops exist only between the frontend and lowering.
    pub fn is_python_level(&self) -> bool {
        matches!(
            self,
            Op::Binary(_)
                | Op::InPlace(_)
                | Op::Unary(_)
                | Op::Compare(_)
                | Op::Truth
                | Op::Builtin(_)
                | Op::Format
                | Op::CallMethod { .. }
                | Op::Unpack(_)
                | Op::New { .. }
                | Op::GetAttr(_)
                | Op::SetAttr(_)
        )
    }

    /// Whether a backend may leave the op out when nothing uses its result:
    /// it has no effects and cannot raise, or it only builds a list or tuple
    /// (an allocation nobody sees).
    pub fn unused_result_removable(&self) -> bool { matches!(self, Op::BuildList | Op::BuildTuple) || (!self.has_effects() && !matches!(self, Op::Prim(p) if p.may_raise())) }

    /// Whether the op has effects beyond computing its result (and so cannot be
    /// removed or reordered freely). Ops that may raise count as effects.
    pub fn has_effects(&self) -> bool {
        match self {
            // A global read may raise NameError and must not move across stores or calls.
            Op::Const(_)
            | Op::Undef
            | Op::Copy
            | Op::UnwrapOr(_)
            | Op::Select
            | Op::Is
            | Op::Argv
            | Op::BuildTuple
            | Op::TupleGet(_)
            | Op::FuncRef(_)
            | Op::ClassRef(_)
            | Op::ModuleRef(_)
            | Op::Downcast(_)
            | Op::IsInstance(_)
            | Op::ClassOf
            | Op::IterValue
            | Op::Js(JsOp::Out) => false,
            // Creating a container is not an effect, but each creates a new object.
            Op::BuildList | Op::BuildSet | Op::BuildDict => true,
            Op::Method(m) => {
                let m = m.get();
                m.may_raise || m.stores || m.typed || !matches!(m.ret, crate::methods::K::Bool | crate::methods::K::Int | crate::methods::K::Str)
            }
            Op::Prim(p) => p.may_raise() || *p == Prim::PrintStdout,
            _ => true,
        }
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Op::Const(c) => write!(f, "const {c}"),
            Op::Undef => write!(f, "undef"),
            Op::Copy => write!(f, "copy"),
            Op::Binary(b) => write!(f, "binary {}", b.symbol()),
            Op::Unary(u) => write!(f, "unary {u:?}"),
            Op::Compare(c) => write!(f, "compare {}", c.symbol().replace(' ', "_")),
            Op::Truth => write!(f, "truth"),
            Op::Builtin(b) => write!(f, "builtin {}", b.spelling()),
            Op::Format => write!(f, "format"),
            Op::Call(func) => write!(f, "call {func}"),
            Op::LoadGlobal(g) => write!(f, "load_global {g}"),
            Op::StoreGlobal(g) => write!(f, "store_global {g}"),
            Op::CheckDefined { name, global } => write!(f, "check_defined {name:?} global={global}"),
            Op::Raise { class, message } => write!(f, "raise {class} {message:?}"),
            Op::Unwrap { class, message } => write!(f, "unwrap {class} {message:?}"),
            Op::UnwrapOr(c) => write!(f, "unwrap_or {c}"),
            Op::Select => write!(f, "select"),
            Op::Is => write!(f, "is"),
            Op::Argv => write!(f, "argv"),
            Op::Prim(p) => write!(f, "{}", p.name()),
            Op::InPlace(b) => write!(f, "inplace {}", b.symbol()),
            Op::BuildList => write!(f, "build_list"),
            Op::BuildTuple => write!(f, "build_tuple"),
            Op::BuildSet => write!(f, "build_set"),
            Op::BuildDict => write!(f, "build_dict"),
            Op::TupleGet(k) => write!(f, "tuple_get {k}"),
            Op::CallMethod { name, kwnames } => {
                write!(f, "call_method {name}")?;
                for k in kwnames.iter() {
                    write!(f, " {k}=")?;
                }
                Ok(())
            }
            Op::Unpack(n) => write!(f, "unpack {n}"),
            Op::Method(m) => write!(f, "method {}", m.spelling()),
            Op::IterNext => write!(f, "iter_next"),
            Op::FuncRef(id) => write!(f, "func_ref {id}"),
            Op::CallValue => write!(f, "call_value"),
            Op::IterValue => write!(f, "iter_value"),
            Op::ClassRef(c) => write!(f, "class_ref {c}"),
            Op::ModuleRef(m) => write!(f, "module_ref {m}"),
            Op::New { class, kwnames } => {
                write!(f, "new {class}")?;
                for k in kwnames.iter() {
                    write!(f, " {k}=")?;
                }
                Ok(())
            }
            Op::GetAttr(n) => write!(f, "getattr {n}"),
            Op::SetAttr(n) => write!(f, "setattr {n}"),
            Op::IsInstance(c) => write!(f, "isinstance {c}"),
            Op::Downcast(c) => write!(f, "downcast {c}"),
            Op::Alloc(c) => write!(f, "alloc {c}"),
            Op::Field(n) => write!(f, "field {n}"),
            Op::SetField(n) => write!(f, "set_field {n}"),
            Op::ClassAttr(n) => write!(f, "class_attr {n}"),
            Op::SetClassAttr(n) => write!(f, "set_class_attr {n}"),
            Op::ClassOf => write!(f, "class_of"),
            Op::BindMethod(n) => write!(f, "bind_method {n}"),
            Op::DispatchBinary { name, rname } => write!(f, "dispatch_binary {name} {rname}"),
            Op::ClassName => write!(f, "class_name"),
            Op::AllocOf => write!(f, "alloc_of"),
            Op::Caught => write!(f, "caught"),
            Op::Throw => write!(f, "throw"),
            Op::ExcInit => write!(f, "exc_init"),
            Op::LoadSlot { slot, name } => write!(f, "load_slot {slot} {name:?}"),
            Op::StoreSlot(s) => write!(f, "store_slot {s}"),
            Op::LoadOuter { func, slot, name } => write!(f, "load_outer {func} {slot} {name:?}"),
            Op::StoreOuter { func, slot } => write!(f, "store_outer {func} {slot}"),
            Op::Yield => write!(f, "yield"),
            Op::Js(op) => write!(f, "js {}", op.spelling()),
            Op::CallSlot { name, on_class } => write!(f, "call_slot {name}{}", if *on_class { " on_class" } else { "" }),
        }
    }
}
