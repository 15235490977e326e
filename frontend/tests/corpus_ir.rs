//! Every differential program builds, annotates and lowers to IR that passes
//! the verifier after every stage; every diagnostics case is refused without a
//! panic.

mod common;
use common::{python_files, root};
use pyrt_frontend::SourceFile;
use pyrt_ir::passes::PASSES;
use pyrt_ir::verify::{Level, verify_module};
use pyrt_ir::{FileId, Module};
use std::path::Path;


/// The program `path` is the main module of, with the modules it imports.
fn sources(path: &Path) -> Vec<SourceFile> {
    let main = SourceFile {
        id: FileId(0),
        module_name: path.file_stem().unwrap().to_string_lossy().into_owned(),
        text: std::fs::read_to_string(path).unwrap(),
    };
    let mut next = 1;
    pyrt_frontend::load_program(main, path.parent().unwrap(), &mut |p, name| {
        let text = std::fs::read_to_string(p).ok()?;
        next += 1;
        Some(SourceFile { id: FileId(next - 1), module_name: name.to_string(), text })
    })
}

/// The text form reads back to a module that prints the same and verifies at the same level.
fn round_trip(m: &Module, stage: &str, level: Level) -> Result<(), String> {
    let text = pyrt_ir::print::print_module(m);
    let back = pyrt_ir::parse::parse_module(&text).map_err(|e| format!("after {stage}: does not parse back: {e}\n{text}"))?;
    let again = pyrt_ir::print::print_module(&back);
    if again != text {
        return Err(format!("after {stage}: prints differently after parsing:\n{text}\n---\n{again}"));
    }
    verify_module(&back, level).map_err(|e| format!("after {stage}: parsed module fails the verifier: {e:#?}"))
}

fn compile(path: &Path) -> Result<Module, String> {
    let mut m = pyrt_frontend::build_modules(&sources(path)).map_err(|d| format!("build: {d:#?}"))?;
    let level = Level { typed: false, lowered: false };
    verify_module(&m, level).map_err(|e| format!("after build: {e:#?}"))?;
    round_trip(&m, "build", level)?;
    pyrt_frontend::annotate(&mut m).map_err(|d| format!("annotate: {d:#?}"))?;
    let level = Level { typed: true, lowered: false };
    verify_module(&m, level).map_err(|e| format!("after annotate: {e:#?}\n{}", pyrt_ir::print::print_module(&m)))?;
    round_trip(&m, "annotate", level)?;
    for pass in PASSES {
        (pass.run)(&mut m);
        verify_module(&m, pass.level)
            .map_err(|e| format!("after {}: {e:#?}\n{}", pass.name, pyrt_ir::print::print_module(&m)))?;
        round_trip(&m, pass.name, pass.level)?;
    }
    Ok(m)
}

#[test]
fn corpus_lowers_to_verified_ir() {
    let root = root();
    let mut files = Vec::new();
    python_files(&root.join("tests/run"), &mut files);
    let failures: Vec<String> = files
        .iter()
        .filter_map(|f| compile(f).err().map(|e| format!("{}: {e}", f.display())))
        .collect();
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), files.len(), failures.join("\n"));
}

#[test]
fn diagnostics_cases_are_refused() {
    let root = root();
    let mut files = Vec::new();
    python_files(&root.join("tests/diagnostics"), &mut files);
    for f in files {
        assert!(compile(&f).is_err(), "{} was accepted", f.display());
    }
}
