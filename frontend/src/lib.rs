//! pyrt's frontend: parse (through one adapter module), resolve names, build
//! SSA flow graphs, annotate (whole-program type inference to a fixpoint).
//!
//! Architecture invariant: the frontend never does IO and never panics on any
//! input; every problem is a [`Diagnostic`]. It returns an annotated IR module
//! (Python-level ops, every live value typed) or the diagnostics.

pub mod annotate;
pub mod build;
pub mod parse;

use pyrt_ir::{Diagnostic, FileId, Module};

/// One source file of the program.
pub struct SourceFile {
    pub id: FileId,
    /// The module name (`__name__` in target mode).
    pub module_name: String,
    pub text: String,
}

/// Parse and build flow graphs (untyped SSA).
pub fn build(file: &SourceFile) -> Result<Module, Vec<Diagnostic>> {
    let (ast, diags) = parse::parse_file(file.id, &file.text);
    let Some(ast) = ast else { return Err(diags) };
    build::build_program(file, &ast)
}

/// Infer types for the whole program; drops functions and blocks never reached.
pub fn annotate(m: &mut Module) -> Result<(), Vec<Diagnostic>> { annotate::annotate(m) }

/// One function's signature as inferred, for `pyrt check --types`.
pub fn signatures(m: &Module) -> Vec<String> {
    m.funcs
        .values()
        .filter(|f| !f.name.starts_with('<'))
        .map(|f| {
            let params: Vec<String> =
                f.param_names.iter().zip(f.params()).map(|(n, v)| format!("{n}: {}", f.values[*v].ty)).collect();
            format!("def {}({}) -> {}", f.name, params.join(", "), f.ret)
        })
        .collect()
}
