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
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
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
