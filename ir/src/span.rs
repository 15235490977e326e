//! Source positions and diagnostics. Every stage returns its result together
//! with the diagnostics it found; rendering (code frames) happens in the driver.

use crate::entities::FileId;

/// A byte range in one source file.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct Span {
    pub file: u32,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: u32, end: u32) -> Span { Span { file: file.0, start, end } }
    pub fn file_id(self) -> FileId { FileId(self.file) }
    /// A span that points nowhere (synthesized code).
    pub const DUMMY: Span = Span { file: u32::MAX, start: 0, end: 0 };
    pub fn is_dummy(self) -> bool { self.file == u32::MAX }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Severity {
    Error,
    Warning,
    /// A bug in pyrt, reported instead of a panic.
    Bug,
}

#[derive(Clone, Debug)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// A diagnostic: a stable code, a message, a primary span and secondary labels.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    pub primary: Label,
    pub secondary: Vec<Label>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            primary: Label { span, message: String::new() },
            secondary: Vec::new(),
            notes: Vec::new(),
        }
    }
    pub fn bug(span: Span, message: impl Into<String>) -> Diagnostic {
        let mut d = Diagnostic::error(codes::INTERNAL, span, message);
        d.severity = Severity::Bug;
        d
    }
    pub fn with_label(mut self, message: impl Into<String>) -> Diagnostic {
        self.primary.message = message.into();
        self
    }
    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.secondary.push(Label { span, message: message.into() });
        self
    }
    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }
    pub fn is_error(&self) -> bool { self.severity != Severity::Warning }
}

/// The stable diagnostic codes. Each code is one kind of refusal.
pub mod codes {
    /// The source does not parse.
    pub const SYNTAX: &str = "E0001";
    /// A statement outside the supported subset.
    pub const UNSUPPORTED_STMT: &str = "E0100";
    /// An expression outside the supported subset.
    pub const UNSUPPORTED_EXPR: &str = "E0101";
    /// A builtin, module or attribute pyrt does not provide.
    pub const UNSUPPORTED_NAME: &str = "E0102";
    /// Dynamic features that defeat whole-program translation (eval, exec, getattr…).
    pub const DYNAMIC: &str = "E0103";
    /// A name that is never defined.
    pub const UNDEFINED_NAME: &str = "E0110";
    /// Invalid name binding (global/parameter clash, rebinding a function…).
    pub const BAD_BINDING: &str = "E0111";
    /// Two types meet at a merge point (variable, parameter, return, global) and do not unify.
    pub const TYPE_CONFLICT: &str = "E0200";
    /// An operation applied to types it does not support.
    pub const BAD_OPERAND: &str = "E0201";
    /// A call whose arguments do not match the callee's parameters.
    pub const BAD_CALL: &str = "E0202";
    /// The program's form is wrong (RPython target mode without `entry_point`,
    /// an `entry_point` that does not return an int…).
    pub const BAD_PROGRAM_FORM: &str = "E0300";
    /// A pyrt bug, reported instead of a panic.
    pub const INTERNAL: &str = "E0900";
}
