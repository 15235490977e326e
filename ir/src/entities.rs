//! Entities are `u32` newtypes (Cranelift style). Their display prefix is the
//! text-IR spelling (`v3`, `block2`, `fn1`, `g0`), so dumps, verifier errors and
//! test files read alike. Per-entity data lives in an [`EntityVec`] indexed by id.

use std::fmt;
use std::marker::PhantomData;
use std::ops::{Index, IndexMut};

pub trait EntityRef: Copy + Eq {
    fn new(index: usize) -> Self;
    fn index(self) -> usize;
}

macro_rules! entity {
    ($(#[$m:meta])* $name:ident, $prefix:literal) => {
        $(#[$m])*
        #[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl EntityRef for $name {
            fn new(index: usize) -> Self { $name(u32::try_from(index).expect("entity index overflow")) }
            fn index(self) -> usize { self.0 as usize }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, concat!($prefix, "{}"), self.0) }
        }
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt(self, f) }
        }
    };
}

entity!(/// An SSA value: a block parameter or an instruction result.
    Value, "v");
entity!(/// A basic block; takes parameters instead of phis.
    Block, "block");
entity!(/// An instruction.
    Inst, "inst");
entity!(/// A function of the program.
    FuncId, "fn");
entity!(/// A class of the program (user classes and the built-in exceptions it uses).
    ClassId, "cls");
entity!(/// A module-level variable.
    GlobalId, "g");
entity!(/// A source file.
    FileId, "file");

/// A vector indexed by an entity id.
#[derive(Clone)]
pub struct EntityVec<K: EntityRef, V> {
    items: Vec<V>,
    _k: PhantomData<K>,
}

impl<K: EntityRef, V> Default for EntityVec<K, V> {
    fn default() -> Self { Self { items: Vec::new(), _k: PhantomData } }
}

impl<K: EntityRef, V> EntityVec<K, V> {
    pub fn new() -> Self { Self::default() }
    pub fn push(&mut self, v: V) -> K {
        let k = K::new(self.items.len());
        self.items.push(v);
        k
    }
    pub fn len(&self) -> usize { self.items.len() }
    pub fn is_empty(&self) -> bool { self.items.is_empty() }
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = K> + ExactSizeIterator + use<K, V> {
        (0..self.items.len()).map(K::new)
    }
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (K, &V)> { self.items.iter().enumerate().map(|(i, v)| (K::new(i), v)) }
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (K, &mut V)> { self.items.iter_mut().enumerate().map(|(i, v)| (K::new(i), v)) }
    pub fn values(&self) -> impl Iterator<Item = &V> { self.items.iter() }
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> { self.items.iter_mut() }
    pub fn get(&self, k: K) -> Option<&V> { self.items.get(k.index()) }
}

impl<K: EntityRef, V> Index<K> for EntityVec<K, V> {
    type Output = V;
    fn index(&self, k: K) -> &V { &self.items[k.index()] }
}
impl<K: EntityRef, V> IndexMut<K> for EntityVec<K, V> {
    fn index_mut(&mut self, k: K) -> &mut V { &mut self.items[k.index()] }
}

impl<K: EntityRef, V: fmt::Debug> fmt::Debug for EntityVec<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_list().entries(self.items.iter()).finish() }
}
