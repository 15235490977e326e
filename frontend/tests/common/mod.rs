//! Shared by the frontend's corpus-driven tests.

use std::path::{Path, PathBuf};

/// Every `.py` file under `dir`, recursively, in a stable order.
pub fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    // A program of several modules: only its main.py is an entry.
    if dir.join("main.py").is_file() {
        out.push(dir.join("main.py"));
        return;
    }
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            python_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

/// The repository root.
pub fn root() -> &'static Path { Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap() }
