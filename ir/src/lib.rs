//! pyrt's intermediate representation: typed SSA functions of blocks with
//! parameters, the passes over them, and the analyses backends share.
//!
//! The IR knows nothing of Python syntax or of any backend.

pub mod cfg;
pub mod entities;
pub mod function;
pub mod layout;
pub mod lower;
pub mod methods;
pub mod module;
pub mod ops;
pub mod parse;
pub mod passes;
pub mod print;
pub mod span;
pub mod structure;
pub mod types;
pub mod typing;
pub mod verify;

pub use entities::{Block, ClassId, EntityRef, EntityVec, FileId, FuncId, GlobalId, Inst, Value};
pub use function::{ArgSource, BlockCall, DefaultArg, Signature, BlockData, Function, InstData, Terminator, ValueData, ValueDef};
pub use module::{Class, Export, Global, Member, Module};
pub use ops::{BinOp, Builtin, CmpOp, Const, JsOp, Op, Prim, UnaryOp};
pub use span::{Diagnostic, Label, Severity, Span, codes};
pub use types::{ClassRef, Type};
