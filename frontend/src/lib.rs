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

/// Parse and build flow graphs (untyped SSA) of a one-file program.
pub fn build(file: &SourceFile) -> Result<Module, Vec<Diagnostic>> { build_modules(std::slice::from_ref(file)) }

/// Parse and build a program of several modules: `files[0]` is the main one,
/// the others the modules it imports (see [`imports`]).
pub fn build_modules(files: &[SourceFile]) -> Result<Module, Vec<Diagnostic>> { build_modules_as(files, false) }

/// [`build_modules`]; with `library`, the main module's public functions and
/// classes (or those in `__all__`) are exports for JS to call.
pub fn build_modules_as(files: &[SourceFile], library: bool) -> Result<Module, Vec<Diagnostic>> {
    let mut asts = Vec::new();
    let mut diags = Vec::new();
    for f in files {
        let (ast, d) = parse::parse_file(f.id, &f.text);
        diags.extend(d);
        asts.push(ast);
    }
    if asts.iter().any(Option::is_none) {
        return Err(diags);
    }
    let pairs: Vec<(&SourceFile, &parse::ast::ModModule)> = files.iter().zip(asts.iter().flatten()).collect();
    build::build_program_as(&pairs, library)
}

/// The modules a source file imports (dotted names, packages before their
/// submodules), for the driver to find their files. A file that does not
/// parse imports nothing here; `build_modules` reports its errors.
pub fn imports(file: &SourceFile) -> Vec<String> {
    match parse::parse_file(file.id, &file.text).0 {
        Some(ast) => build::imported_module_names(&ast.body),
        None => Vec::new(),
    }
}

/// The library modules pyrt provides; imports of these never name files.
pub const LIBRARY_MODULES: &[&str] = build::LIBRARY;

/// The program a main module makes with the modules it imports, directly or
/// not: module `a.b` is `a/b.py` or `a/b/__init__.py` under `dir`. The caller
/// does the IO: `read(path, module_name)` gives the file's source when it
/// exists. Names that are neither library modules nor files are left for the
/// build to refuse.
pub fn load_program(main: SourceFile, dir: &std::path::Path, read: &mut dyn FnMut(&std::path::Path, &str) -> Option<SourceFile>) -> Vec<SourceFile> {
    let mut sources = vec![main];
    let mut k = 0;
    while k < sources.len() {
        for name in imports(&sources[k]) {
            if LIBRARY_MODULES.contains(&name.as_str()) || sources.iter().any(|s| s.module_name == name) {
                continue;
            }
            let rel: std::path::PathBuf = name.split('.').collect();
            let candidates = [dir.join(&rel).with_extension("py"), dir.join(&rel).join("__init__.py")];
            if let Some(src) = candidates.iter().find_map(|p| read(p, &name)) {
                sources.push(src);
            }
        }
        k += 1;
    }
    sources
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
