//! JS interop (`import js`, `--lib`), on node:
//!
//! * every `tests/interop/programs/*.py` is translated and run on node (with
//!   `--expose-gc`); its stdout must be `NAME.out` (hand-written: CPython has
//!   no `js` module), and when `NAME.err` exists the last line of stderr must
//!   be it and the status 1, else the status 0;
//! * every `tests/interop/lib/*.py` is translated with `--lib` into a
//!   temporary directory, and `node --test tests/interop/` imports them
//!   (identity, conversions, wrong-type errors, exceptions both ways,
//!   callbacks, timers, promises, leak counts);
//! * the same programs, and the same `node --test` suite against the
//!   libraries, run on the wasm backend through its loader (with the same
//!   expectations); `tests/interop/wasm/` holds programs
//!   about the wasm side's proxy tables alone (released proxies, handles);
//! * the C backend refuses an interop program at its first use of `js`.

use std::path::{Path, PathBuf};
use std::process::Command;

const PYRT: &str = env!("CARGO_BIN_EXE_pyrt");

fn root() -> PathBuf { PathBuf::from(env!("CARGO_MANIFEST_DIR")) }

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect();
    v.sort();
    v
}

fn translate(src: &Path, out: &Path, lib: bool) { translate_for("js", src, out, lib) }

fn translate_for(backend: &str, src: &Path, out: &Path, lib: bool) {
    let mut cmd = Command::new(PYRT);
    cmd.arg("translate").arg(format!("--backend={backend}"));
    if lib {
        cmd.arg("--lib");
    }
    let o = cmd.arg(src).arg("-o").arg(out).env("PYRT_VERIFY", "1").output().expect("pyrt runs");
    assert!(o.status.success(), "pyrt translate {} failed:\n{}", src.display(), String::from_utf8_lossy(&o.stderr));
}

#[test]
fn interop_programs_on_node() { run_programs("js", "programs") }

/// The same programs on the wasm backend, through its loader, with the same output.
#[test]
fn interop_programs_on_wasm() {
    if std::env::var("PYRT_BACKENDS").is_ok_and(|b| !b.split(',').any(|x| x == "wasm")) {
        return;
    }
    run_programs("wasm", "programs");
    run_programs("wasm", "wasm");
}

fn run_programs(backend: &str, set: &str) {
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    let programs = files(&root().join("tests/interop").join(set));
    assert!(!programs.is_empty(), "the interop programs are missing");
    for src in &programs {
        let name = src.file_stem().unwrap().to_str().unwrap();
        let (out, run) = match backend {
            "wasm" => (dir.path().join(format!("{name}.wasm")), dir.path().join(format!("{name}.mjs"))),
            _ => (dir.path().join(format!("{name}.js")), dir.path().join(format!("{name}.js"))),
        };
        translate_for(backend, src, &out, false);
        let o = Command::new("node").arg("--expose-gc").arg(&run).output().expect("node runs");
        let want_out = std::fs::read_to_string(src.with_extension("out")).unwrap_or_default();
        let want_err = std::fs::read_to_string(src.with_extension("err")).ok();
        let out = String::from_utf8_lossy(&o.stdout);
        let err = String::from_utf8_lossy(&o.stderr);
        let last = err.lines().last().unwrap_or("");
        let status = o.status.code();
        let ok = out == want_out
            && match &want_err {
                Some(e) => last == e.trim_end() && status == Some(1),
                None => status == Some(0),
            };
        if !ok {
            failures.push(format!("{} ({backend}): status {status:?}\n--- stdout\n{out}--- expected\n{want_out}--- stderr\n{err}", src.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn interop_node_test_suite() { node_test_suite("js") }

/// The same suite against the libraries translated by the wasm backend (its
/// loader, NAME.mjs, is the module JS imports).
#[test]
fn interop_node_test_suite_on_wasm() {
    if std::env::var("PYRT_BACKENDS").is_ok_and(|b| !b.split(',').any(|x| x == "wasm")) {
        return;
    }
    node_test_suite("wasm")
}

fn node_test_suite(backend: &str) {
    let dir = tempfile::tempdir().unwrap();
    for src in files(&root().join("tests/interop/lib")) {
        let out = dir.path().join(src.with_extension(if backend == "wasm" { "wasm" } else { "mjs" }).file_name().unwrap());
        translate_for(backend, &src, &out, true);
        assert!(out.with_extension("mjs").exists() && out.with_extension("d.ts").exists(), "--lib writes the module and its declarations");
    }
    let o = Command::new("node").arg("--test").arg(root().join("tests/interop/")).env("PYRT_INTEROP_DIR", dir.path()).output().expect("node runs");
    assert!(o.status.success(), "node --test tests/interop/ ({backend}) failed:\n{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
}

#[test]
fn declarations_of_a_library() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("shapes.mjs");
    translate(&root().join("tests/interop/lib/shapes.py"), &out, true);
    let dts = std::fs::read_to_string(out.with_extension("d.ts")).unwrap();
    for line in [
        "export declare class Counter {",
        "  constructor(start: number);",
        "  add(k: number): number;",
        "export declare function add(a: number, b: number): number;",
        "export declare function maybe(n: number | null): string;",
        "export declare function total(xs: number[]): number;",
        "export declare function the_counter(): Counter;",
        "export declare function same(x: any): any;",
        "export declare function tally(): Map<string, number>;",
    ] {
        assert!(dts.lines().any(|l| l == line), "missing `{line}` in:\n{dts}");
    }
    assert!(!dts.contains("_private"), "private names are not exported:\n{dts}");
}

#[test]
fn c_backend_refuses_interop() {
    let dir = tempfile::tempdir().unwrap();
    let o = Command::new(PYRT)
        .args(["translate", "--backend=c"])
        .arg(root().join("tests/interop/programs/basics.py"))
        .arg("-o")
        .arg(dir.path().join("x.c"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("error[E0102]: JS interop (`import js`, `async def`) needs a JS host") && err.contains("basics.py:4:1"), "{err}");
    let o = Command::new(PYRT).args(["translate", "--backend=c", "--lib"]).arg(root().join("tests/interop/lib/shapes.py")).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", String::from_utf8_lossy(&o.stderr));
    // A library is an ES module: not a bare WASI module.
    let o = Command::new(PYRT).args(["translate", "--backend=wasm", "--target=wasi", "--lib"]).arg(root().join("tests/interop/lib/shapes.py")).arg("-o").arg(dir.path().join("shapes.wasm")).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.code() == Some(2) && err.contains("--lib makes an ES module"), "{err}");
}
