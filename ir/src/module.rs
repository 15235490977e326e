//! The whole program: functions, module globals, and the entry function.

use crate::entities::{EntityVec, FuncId, GlobalId};
use crate::function::Function;
use crate::span::Span;
use crate::types::Type;

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
    /// The function the program starts in: it runs the module body and, in RPython
    /// target mode, `entry_point(argv)`; it returns the exit status as an int.
    pub main: Option<FuncId>,
}
