//! How values are held by the backends that manage their own memory (C, and
//! wasm after it): one representation per type, and the object layout of each
//! class. Defined here, once, so both backends and their runtimes agree.
//!
//! - `None` and `bool` are one byte; `int` is a signed 64-bit integer, `float`
//!   an IEEE double; every other type is a reference to a garbage-collected
//!   object (a pointer on C, an offset into linear memory on wasm).
//! - `T | None` costs nothing extra: its None is a value `T` never takes.
//!   The None of `int | None` is `i64::MIN` (ints exclude it: an operation that
//!   would produce it raises OverflowError), of `float | None` a signalling NaN no
//!   arithmetic produces ([`NONE_F64_BITS`]), of `bool | None` the byte 2, and of
//!   a reference the null reference. Widening `T` to `T | None` is therefore
//!   the identity, and only `None` itself needs converting.
//! - Inside containers every value takes one 8-byte slot.
//! - An instance is a header (type pointer, GC word), then, for classes derived
//!   from a built-in exception, the `args` tuple, then one 8-byte slot per field:
//!   the fields of the first base's layout first, so a field has the same offset
//!   in every class that has it. A field that is also a class attribute has a
//!   flag slot after it (`name.set`, a bool): whether the instance has assigned
//!   its own (until then, reads find the class's).

use crate::entities::{ClassId, EntityRef};
use crate::module::Classes;
use crate::types::Type;

/// The bit pattern of the None of `float | None`.
pub const NONE_F64_BITS: u64 = 0x7FF4_0000_0000_0DED;

/// The machine representation of a value of some type.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Repr {
    /// `None`: one byte, always 0.
    None,
    /// `bool`, or `bool | None` (2 is None): one byte.
    Bool,
    /// `int`, or `int | None`.
    Int,
    /// `float`, or `float | None`.
    Float,
    /// A reference to a heap object; null is None.
    Ref,
}

/// Whether the collector traces values of this type: references, except to
/// classes (static data, never collected).
pub fn traced(t: &Type) -> bool {
    match t {
        Type::Class(_) => false,
        Type::Optional(inner) => traced(inner),
        _ => Repr::of(t) == Repr::Ref,
    }
}

impl Repr {
    pub fn of(t: &Type) -> Repr {
        match t {
            Type::None | Type::Unknown => Repr::None,
            Type::Bool => Repr::Bool,
            Type::Int => Repr::Int,
            Type::Float => Repr::Float,
            Type::Optional(inner) => match **inner {
                Type::Bool => Repr::Bool,
                Type::Int => Repr::Int,
                Type::Float => Repr::Float,
                _ => Repr::Ref,
            },
            _ => Repr::Ref,
        }
    }
}

/// The size of an object header: the type pointer and the GC word.
pub const HEADER: u32 = 16;
/// The size of every field slot.
pub const SLOT: u32 = 8;

/// An instance's layout.
#[derive(Clone, Debug, Default)]
pub struct ClassLayout {
    /// The whole object's size in bytes.
    pub size: u32,
    /// Each field's offset and type (the class's own and its bases').
    pub fields: Vec<(String, u32, Type)>,
    /// Whether the class derives from a built-in exception (an `args` slot follows the header).
    pub exception: bool,
}

impl ClassLayout {
    pub fn field(&self, name: &str) -> Option<(u32, &Type)> { self.fields.iter().find(|f| f.0 == name).map(|f| (f.1, &f.2)) }
    /// The offsets of the fields that hold references, `args` included.
    pub fn ref_offsets(&self) -> Vec<u32> {
        let mut out: Vec<u32> = if self.exception { vec![HEADER] } else { Vec::new() };
        out.extend(self.fields.iter().filter(|f| traced(&f.2)).map(|f| f.1));
        out
    }
}

/// Whether `name` is a class attribute of the class or of a class it derives
/// from or that derives from it (instances of any of them may read it).
fn is_class_attr(classes: &Classes, id: ClassId, name: &str) -> bool {
    crate::module::subclasses(classes, id).iter().chain(classes[id].mro.iter()).any(|&c| matches!(classes[c].members.get(name), Some(crate::module::Member::Attr)))
}

/// The layouts of every class, by id.
pub fn class_layouts(classes: &Classes) -> Vec<ClassLayout> {
    let mut out = vec![ClassLayout::default(); classes.len()];
    for (id, _) in classes.iter() {
        layout_of(classes, id, &mut out);
    }
    out
}

fn layout_of(classes: &Classes, id: ClassId, out: &mut [ClassLayout]) {
    if out[id.index()].size != 0 {
        return;
    }
    let c = &classes[id];
    // The first base is the class after this one in the MRO (mixins are copied in).
    let base = c.mro.get(1).copied();
    let mut l = match base {
        Some(b) => {
            layout_of(classes, b, out);
            out[b.index()].clone()
        }
        None => ClassLayout { size: HEADER, fields: Vec::new(), exception: false },
    };
    if c.builtin.is_some() && !l.exception {
        l.exception = true;
        l.size += SLOT;
    }
    for (name, ty) in &c.fields {
        if l.field(name).is_none() {
            l.fields.push((name.clone(), l.size, ty.clone()));
            l.size += SLOT;
            if is_class_attr(classes, id, name) {
                l.fields.push((format!("{name}.set"), l.size, Type::Bool));
                l.size += SLOT;
            }
        }
    }
    out[id.index()] = l;
}

impl ClassLayout {
    /// The fields a format field such as `{0.x}` may name (the `.set` flags
    /// excepted): name, offset, type, and the offset of its flag (0: none).
    pub fn named_fields(&self) -> impl Iterator<Item = (&str, u32, &Type, u32)> {
        self.fields.iter().filter(|f| !f.0.contains('.')).map(|(name, off, ty)| (name.as_str(), *off, ty, self.field(&format!("{name}.set")).map_or(0, |(o, _)| o)))
    }
}

// ---- vtables ----
//
// Every class's vtable starts with the dunder methods the runtime calls, then
// has one slot per name the program dispatches (`x$set` for a property's
// setter, `@x` for class attribute storage).

/// The dunder methods the runtime calls to print, compare and hash instances:
/// the first vtable slots of every class, in the runtime's `PYRT_SLOT_*` order.
pub const DUNDER_SLOTS: [&str; 9] = ["__repr__", "__str__", "__eq__", "__hash__", "__lt__", "__bool__", "__len__", "__gt__", "__next__"];

/// The member named by slot `name` (`x$set` names property `x`).
pub fn slot_member<'c>(c: &'c crate::module::Class, name: &str) -> Option<&'c crate::module::Member> { c.members.get(name.trim_end_matches("$set")) }

/// The function a class's member behind vtable slot `name` runs: a method,
/// a static or class method, a property's getter, or (`x$set`) its setter.
pub fn slot_func(member: Option<&crate::module::Member>, name: &str) -> Option<crate::FuncId> {
    use crate::module::Member;
    match (member?, name.ends_with("$set")) {
        (Member::Method(f) | Member::Static(f) | Member::ClassMethod(f), false) => Some(*f),
        (Member::Property { get, .. }, false) => Some(*get),
        (Member::Property { set, .. }, true) => *set,
        _ => None,
    }
}

/// What a vtable slot's methods return, as one type: the union of the results
/// of the program's methods of that name (None where they do not unite, or
/// differ otherwise than by being None: a method returning None where the slot
/// returns an optional goes through an adapter).
pub fn slot_ret(m: &crate::Module, name: &str) -> Option<Type> {
    let funcs = || m.classes.iter().filter_map(move |(_, c)| slot_func(slot_member(c, name), name).map(|f| (c, f)));
    let mut ret: Option<Type> = None;
    for (c, f) in funcs() {
        if c.builtin.is_some() {
            continue;
        }
        let r = &m.funcs[f].ret;
        ret = Some(match ret {
            None => r.clone(),
            Some(t) => t.union(r).ok()?,
        });
    }
    let ret = ret?;
    funcs().all(|(_, f)| Repr::of(&m.funcs[f].ret) == Repr::of(&ret) || m.funcs[f].ret == Type::None).then_some(ret)
}

/// A dunder method that returns the wrong type gets an adapter raising
/// CPython's TypeError when it returns: the slot's result and the message.
pub fn dunder_wrong_result(m: &crate::Module, f: crate::FuncId, name: &str) -> Option<(Repr, String)> {
    let ret = &m.funcs[f].ret;
    match name {
        "__str__" | "__repr__" if *ret != Type::Str => Some((Repr::Ref, format!("{name} returned non-string (type {})", ret.python_name()))),
        "__hash__" if !matches!(ret, Type::Int | Type::Bool) => Some((Repr::Int, "__hash__ method should return an integer".into())),
        "__bool__" if *ret != Type::Bool => Some((Repr::Bool, format!("__bool__ should return bool, returned {}", ret.python_name()))),
        _ => None,
    }
}

/// Whether dunder method `f` takes and returns what the runtime passes and
/// expects (directly, or through the adapters of [`dunder_wrong_result`] and
/// `__next__`): `__repr__`/`__str__` (self) -> str, `__eq__`/`__lt__`/`__gt__`
/// (self, other instance) -> bool, `__hash__`/`__len__` (self) -> int,
/// `__bool__` (self) -> bool.
pub fn dunder_fits(m: &crate::Module, f: crate::FuncId, name: &str) -> bool {
    let g = &m.funcs[f];
    let params: Vec<Repr> = g.params().iter().map(|&p| Repr::of(&g.values[p].ty)).collect();
    if params == [Repr::Ref] && (dunder_wrong_result(m, f, name).is_some() || name == "__next__") {
        return true;
    }
    match name {
        "__repr__" | "__str__" => params == [Repr::Ref] && g.ret == Type::Str,
        "__hash__" | "__len__" => params == [Repr::Ref] && g.ret == Type::Int,
        "__bool__" => params == [Repr::Ref] && g.ret == Type::Bool,
        _ => params == [Repr::Ref, Repr::Ref] && g.ret == Type::Bool,
    }
}

// ---- calls of the method table's runtime functions ----

/// How argument `k` (the receiver first, unless the entry is a module's
/// function) of a call of method-table entry `m` is held for the runtime's
/// `pyrt_m_<rt>`: the type it is converted to (None: its own type), and whether
/// it travels as a `pyrt_val` (element-like and `Any` arguments).
pub fn method_arg(m: &crate::methods::Method, k: usize, recv_ty: Option<&Type>, rty: &Type) -> (Option<Type>, bool) {
    use crate::methods::{K, Recv};
    let offset = usize::from(recv_ty.is_some());
    let kind = if k < offset { None } else { m.params.get(k - offset).map(|p| p.kind) };
    let elem = |t: &Type| -> Option<Type> {
        match t {
            Type::List(e) | Type::Set(e) | Type::Iter(e) => Some((**e).clone()),
            _ => None,
        }
    };
    // Any's receiver and its arguments like it are any type: boxed.
    let any = m.recv == Recv::Any && (k == 0 || kind == Some(K::Same));
    match (kind, recv_ty) {
        _ if any => (None, true),
        // An argument that flows to the result (a default) is held as the result is.
        (Some(k), _) if k == m.ret && matches!(k, K::Elem | K::Val | K::ValOrDefault) && !matches!(rty, Type::None) => (Some(rty.clone()), true),
        (Some(K::Elem), Some(t)) => (elem(t), true),
        (Some(K::Key), Some(Type::Dict(k, _))) => (Some((**k).clone()), true),
        (Some(K::Val), Some(Type::Dict(_, v))) => (Some((**v).clone()), true),
        (Some(K::ValOrDefault), _) => (Some(rty.clone()), true),
        (Some(K::Elem | K::Key | K::Val | K::Any), _) => (None, true),
        (Some(K::Int), _) => (Some(Type::Int), false),
        (Some(K::Bool), _) => (Some(Type::Bool), false),
        (Some(K::Float), _) => (Some(Type::Float), false),
        (Some(K::OptInt), _) => (Some(Type::optional(Type::Int)), false),
        (Some(K::OptFloat), _) => (Some(Type::optional(Type::Float)), false),
        (Some(K::Str | K::OptStr), _) => (Some(Type::optional(Type::Str)), false),
        _ => (None, false),
    }
}

/// A call through vtable slot `name` of a value of type `recv` (a class when
/// `on_class`): the method the arguments are converted for, how every
/// override takes its parameters, and what the slot returns.
pub struct SlotCall {
    pub first: crate::FuncId,
    pub params: Vec<Repr>,
    pub ret: Type,
}

/// The [`SlotCall`] of slot `name` on a value of type `recv`, or what about it
/// the backends cannot translate.
pub fn slot_call(m: &crate::Module, recv: &Type, on_class: bool, name: &str) -> Result<SlotCall, String> {
    let c = match recv {
        Type::Class(r) if on_class => Some(r.id()),
        t if !on_class => class_of(t),
        _ => None,
    };
    let c = c.ok_or_else(|| format!("calling `{name}` on a value of type {recv}"))?;
    let ts = crate::module::targets(&m.classes, c, name.trim_end_matches("$set"));
    let funcs: Vec<crate::FuncId> = ts.iter().filter_map(|(_, mem)| slot_func(Some(mem), name)).filter(|f| m.funcs.get(*f).is_some()).collect();
    if funcs.is_empty() || funcs.len() != ts.len() {
        return Err(format!("dispatching `{name}` to members that are not all methods"));
    }
    let params = |f: crate::FuncId| {
        let g = &m.funcs[f];
        g.params().iter().map(|&p| Repr::of(&g.values[p].ty)).collect::<Vec<_>>()
    };
    let first = params(funcs[0]);
    if funcs.iter().any(|&g| params(g) != first) {
        return Err(format!("overrides of `{name}` whose parameters are held differently"));
    }
    // The slot returns what every method of that name may return (adapters convert).
    let ret = slot_ret(m, name).ok_or_else(|| format!("methods named `{name}` whose results are held differently"))?;
    Ok(SlotCall { first: funcs[0], params: first, ret })
}

/// A call of a bound method value (`obj.name` taken as a value, then called):
/// the method the arguments are converted for, how every override takes its
/// parameters after `self`, and what the call returns (it dispatches through
/// vtable slot `name`).
pub struct BoundCall {
    pub first: crate::FuncId,
    pub params: Vec<Repr>,
    pub ret: Type,
}

/// The [`BoundCall`] of method `name` of an instance of class `c`, or what
/// about it the backends cannot translate.
pub fn bound_call(m: &crate::Module, c: ClassId, name: &str) -> Result<BoundCall, String> {
    let ts = crate::module::targets(&m.classes, c, name);
    let funcs: Vec<crate::FuncId> = ts
        .iter()
        .filter_map(|(_, mem)| match mem {
            crate::module::Member::Method(f) => Some(*f),
            _ => None,
        })
        .collect();
    let first = match crate::module::lookup(&m.classes, c, name) {
        Some((_, crate::module::Member::Method(f))) if !funcs.is_empty() && funcs.len() == ts.len() => *f,
        _ => return Err(format!("the bound method `{name}`, which is not a plain method everywhere")),
    };
    let params = |f: crate::FuncId| {
        let g = &m.funcs[f];
        g.params().iter().skip(1).map(|&p| Repr::of(&g.values[p].ty)).collect::<Vec<_>>()
    };
    let held = params(funcs[0]);
    match slot_ret(m, name) {
        Some(ret) if funcs.iter().all(|&f| params(f) == held) => Ok(BoundCall { first, params: held, ret }),
        _ => Err(format!("the bound method `{name}`, whose overrides are held differently")),
    }
}

/// A call of a function value that may be any of the functions `ids`, with
/// `nargs` arguments: the function the arguments are converted for, and the
/// default each omitted parameter gets (every function the value may be
/// holds its parameters and result alike, and shares those defaults).
pub struct ValueCall {
    pub first: crate::FuncId,
    pub defaults: Vec<crate::function::DefaultArg>,
}

/// The [`ValueCall`] of a value that may be any of `ids`, or what about it
/// the backends cannot translate.
pub fn value_call(m: &crate::Module, ids: &[crate::FuncId], nargs: usize) -> Result<ValueCall, String> {
    let sig = |g: &crate::Function| (g.params().iter().map(|&p| Repr::of(&g.values[p].ty)).collect::<Vec<_>>(), Repr::of(&g.ret));
    let g = &m.funcs[ids[0]];
    if ids.iter().any(|&h| sig(&m.funcs[h]) != sig(g)) {
        return Err("calling functions whose parameters or results are held differently through one value".into());
    }
    let mut defaults = Vec::new();
    for k in nargs..g.params().len() {
        let d = g.defaults.get(k).cloned().flatten();
        match d {
            Some(d) if ids.iter().all(|&h| m.funcs[h].defaults.get(k).cloned().flatten().as_ref() == Some(&d)) => defaults.push(d),
            _ => return Err("omitting an argument whose default differs between the functions a value may be".into()),
        }
    }
    Ok(ValueCall { first: ids[0], defaults })
}

/// The type of class attribute `name` (as instances' fields of that name hold
/// it), or None where classes disagree on how it is held.
pub fn cattr_type(layouts: &[ClassLayout], name: &str) -> Option<Type> {
    let mut found: Option<Type> = None;
    for l in layouts {
        if let Some((_, t)) = l.field(name) {
            match &found {
                Some(f) if Repr::of(f) != Repr::of(t) => return None,
                Some(_) => {}
                None => found = Some(t.clone()),
            }
        }
    }
    found
}

/// What a method-table call does with a value its container cannot hold (a
/// container of None at most, asked about an int, say): the value is not
/// there, and the backends give what each method gives for an absent value.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Absent {
    /// KeyError(value): `d[x]`, `d.pop(x)`, `del d[x]`, `s.remove(x)`.
    KeyError,
    /// ValueError "… is not in list": `l.index(x)`.
    NotInList,
    /// ValueError "list.remove(x): x not in list".
    NotRemoved,
    /// False: `x in c`.
    False,
    /// 0: `l.count(x)`.
    Zero,
    /// Nothing happens: `s.discard(x)`.
    Nothing,
    /// The default argument (the call's third): `d.get(x, default)`, `d.pop(x, default)`.
    Default,
}

/// The [`Absent`] outcome of method-table entry `m`, or None where the
/// backends do not translate it.
pub fn absent(m: &crate::methods::Method) -> Option<Absent> {
    use crate::methods::Recv;
    Some(match (m.recv, m.name) {
        (Recv::Dict, "__getitem__" | "pop" | "__delitem__") | (Recv::Set, "remove") => Absent::KeyError,
        (Recv::List, "index") => Absent::NotInList,
        (Recv::List, "remove") => Absent::NotRemoved,
        (_, "__contains__") => Absent::False,
        (Recv::List | Recv::Tuple, "count") => Absent::Zero,
        (Recv::Set, "discard") => Absent::Nothing,
        (Recv::Dict, "get" | "__pop_default__") => Absent::Default,
        _ => return None,
    })
}

/// What `x <op> y` returns when it dispatches at run time between `x.name(y)`
/// and the reflected `y.rname(x)` (both through vtable slots), or what about
/// it the backends cannot translate.
pub fn dispatch_binary_ret(m: &crate::Module, name: &str, rname: &str) -> Result<Type, String> {
    let (Some(ret), Some(rret)) = (slot_ret(m, name), slot_ret(m, rname)) else {
        return Err(format!("the operators `{name}`/`{rname}` whose methods' results are held differently"));
    };
    if Repr::of(&ret) != Repr::of(&rret) {
        return Err(format!("the operators `{name}`/`{rname}` whose results are held differently"));
    }
    Ok(ret)
}

/// Formatting an instance the runtime cannot format as CPython does (it
/// would raise a `pyrt:` error at run time), found in a constant format:
/// `{0[k]}` or `{0.name}` naming no field of an instance; `%` with a lone
/// instance operand and `%(key)` conversions or none at all.
pub fn format_refusal(f: &crate::Function, layouts: &[ClassLayout], m: &crate::methods::Method, a: &[crate::Value]) -> Option<String> {
use crate::methods::Recv;
use crate::ops::Const;
    if !matches!((m.recv, m.name), (Recv::Any, "__mod__" | "__str_format__")) || a.len() < 3 {
        return None;
    }
    let arg_types: &[Type] = match &f.values[a[0]].ty {
        Type::Tuple(ts) => ts,
        _ => return None,
    };
    let Some(Const::Str(fmt)) = f.const_of(a[1]) else { return None };
    match (m.recv, m.name) {
        (Recv::Any, "__mod__") => {
            let single = matches!(f.const_of(a[2]), Some(Const::Bool(true)));
            let lone_inst = single && arg_types.len() == 1 && class_of(&arg_types[0]).is_some();
            let conversions = fmt.replace("%%", "").contains('%');
            (lone_inst && (fmt.contains("%(") || !conversions)).then(|| "`%` with a lone instance as a mapping or with no conversion".to_string())
        }
        (Recv::Any, "__str_format__") => {
            let npos = match f.const_of(a[2]) {
                Some(Const::Int(n)) => *n as usize,
                _ => return None,
            };
            let kwnames: Vec<String> = match f.const_of(a[3]) {
                Some(Const::Str(k)) if !k.is_empty() => k.split(',').map(str::to_string).collect(),
                _ => Vec::new(),
            };
            let mut auto = 0usize;
            for part in fmt.replace("{{", "").split('{').skip(1) {
                let field = part.split(['}', ':', '!']).next().unwrap_or("");
                let head_end = field.find(['.', '[']).unwrap_or(field.len());
                let (head, rest) = field.split_at(head_end);
                let index = if head.is_empty() {
                    auto += 1;
                    Some(auto - 1)
                } else if let Ok(n) = head.parse::<usize>() {
                    Some(n)
                } else {
                    kwnames.iter().position(|k| k == head).map(|k| npos + k)
                };
                let Some(c) = index.and_then(|i| arg_types.get(i)).and_then(class_of) else { continue };
                if rest.starts_with('[') {
                    return Some("an instance indexed in a format field".into());
                }
                if let Some(name) = rest.strip_prefix('.') {
                    let name = name.split(['.', '[']).next().unwrap_or("");
                    if name.starts_with("__") || layouts[c.index()].field(name).is_none() {
                        return Some(format!("`.{name}` of an instance in a format field"));
                    }
                }
            }
            None
        }
        _ => None,
    }
}

/// The class of an instance (or optional instance) type.
fn class_of(t: &Type) -> Option<ClassId> {
    match t {
        Type::Inst(c) => Some(c.id()),
        Type::Optional(inner) => class_of(inner),
        _ => None,
    }
}
