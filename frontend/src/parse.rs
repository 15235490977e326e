//! The parser adapter: the only module that names the parser crates. The rest
//! of the frontend reaches the syntax tree through [`ast`].

use pyrt_ir::{Diagnostic, FileId, Span, codes};
use ruff_python_parser::{Mode, ParseOptions, parse_unchecked};
use ruff_text_size::{Ranged, TextRange};

pub mod ast {
    pub use ruff_python_ast::*;
    pub use ruff_text_size::{Ranged, TextRange};
}

/// Parse one file. Syntax errors (all of them, the parser recovers) become
/// diagnostics; the tree is returned only when there were none.
pub fn parse_file(file: FileId, source: &str) -> (Option<ast::ModModule>, Vec<Diagnostic>) {
    let options = ParseOptions::from(Mode::Module).with_target_version(ast::PythonVersion::PY311);
    let parsed = parse_unchecked(source, options);
    let mut diags: Vec<Diagnostic> = parsed
        .errors()
        .iter()
        .map(|e| Diagnostic::error(codes::SYNTAX, span(file, e.location), format!("syntax error: {}", e.error)))
        .collect();
    diags.extend(parsed.unsupported_syntax_errors().iter().map(|e| {
        Diagnostic::error(codes::SYNTAX, span(file, e.range()), format!("syntax error: {e}"))
            .with_note("pyrt reads Python 3.11 syntax")
    }));
    if !diags.is_empty() {
        return (None, diags);
    }
    match parsed.into_syntax() {
        ast::Mod::Module(m) => (Some(m), diags),
        ast::Mod::Expression(_) => (None, vec![Diagnostic::bug(Span::DUMMY, "parser returned an expression for a module")]),
    }
}

pub fn span(file: FileId, r: TextRange) -> Span { Span::new(file, r.start().to_u32(), r.end().to_u32()) }

/// Parse the text of a string annotation (`"int | None"`) as an expression.
pub fn parse_annotation(text: &str) -> Option<ast::Expr> {
    ruff_python_parser::parse_expression(text).ok().map(|p| *p.into_syntax().body)
}
