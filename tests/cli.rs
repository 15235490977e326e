//! The command line: every kind of bad input gets a clear error and a non-zero
//! exit; translate/run/check do what the README says.

use std::path::Path;
use std::process::{Command, Output};

const PYRT: &str = env!("CARGO_BIN_EXE_pyrt");

fn pyrt(args: &[&str]) -> Output {
    Command::new(PYRT).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("pyrt runs")
}

fn text(b: &[u8]) -> String { String::from_utf8_lossy(b).into_owned() }

fn write(dir: &Path, name: &str, src: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, src).unwrap();
    p.to_string_lossy().into_owned()
}

#[test]
fn no_arguments_is_a_usage_error() {
    let o = pyrt(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("Usage"), "{}", text(&o.stderr));
}

#[test]
fn unknown_backend_is_refused() {
    let o = pyrt(&["translate", "--backend=cobol", "targets/hello.py"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("cobol"));
}

#[test]
fn missing_file_is_reported() {
    let o = pyrt(&["translate", "--backend=js", "no/such/file.py"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("cannot read `no/such/file.py`"), "{}", text(&o.stderr));
}

#[test]
fn non_python_file_is_reported() {
    let o = pyrt(&["check", "README.md"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("not a Python file"), "{}", text(&o.stderr));
}

#[test]
fn bad_dump_stage_is_reported() {
    let o = pyrt(&["translate", "--backend=js", "--dump-ir=after:nowhere", "targets/hello.py", "-o", "/dev/null"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("build, annotate, lower, simplify"), "{}", text(&o.stderr));
}

#[test]
fn translate_writes_a_module_node_runs() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("hello.js");
    let o = pyrt(&["translate", "--backend=js", "-o", out.to_str().unwrap(), "targets/hello.py"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let js = std::fs::read_to_string(&out).unwrap();
    assert!(!js.lines().any(|l| l.starts_with("import ") || l.starts_with("export ")));
    let run = Command::new("node").arg(&out).output().unwrap();
    let expected = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("targets/hello.out")).unwrap();
    assert_eq!(text(&run.stdout), expected);
}

#[test]
fn run_passes_arguments_and_exit_status_through() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "argc.py",
        "def entry_point(argv):\n    print('args:', len(argv) - 1)\n    return len(argv) + 40\n\ndef target(*args):\n    return entry_point, None\n",
    );
    for backend in ["--backend=js", "--backend=c"] {
        let o = pyrt(&["run", backend, &f, "a", "-b", "--c"]);
        assert_eq!(text(&o.stdout), "args: 3\n", "{backend}");
        assert_eq!(o.status.code(), Some(44), "{backend}");
        assert_eq!(text(&o.stderr), "", "pyrt run adds nothing of its own ({backend})");
    }
}

#[test]
fn c_backend_writes_an_executable_or_its_c_source() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "sq.py", "def sq(x):\n    return x * x\n\nprint(sq(12), 'ok')\n");
    let o = pyrt(&["translate", "--backend=c", &f]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let exe = dir.path().join("sq-c");
    let run = std::process::Command::new(&exe).env("PYRT_GC_STRESS", "1").output().unwrap();
    assert_eq!(text(&run.stdout), "144 ok\n");
    let c = dir.path().join("out.c");
    let o = pyrt(&["translate", "--backend=c", &f, "-o", c.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(std::fs::read_to_string(&c).unwrap().contains("int main(int argc, char **argv)"));
}

#[test]
fn c_backend_refuses_what_it_does_not_translate_at_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "eq.py", "class A:\n    def __eq__(self, other):\n        return 1\nprint(A() == A())\n");
    let o = pyrt(&["translate", "--backend=c", &f]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(err.contains("error[E0800]: a `__eq__` with this signature is not supported by the C backend yet"), "{err}");
    assert!(err.contains("eq.py:2:9"), "{err}");
}

#[test]
fn run_reports_uncaught_exceptions_like_cpython() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "boom.py", "print('before')\nprint(1 // 0)\n");
    for backend in ["--backend=js", "--backend=c"] {
        let o = pyrt(&["run", backend, &f]);
        assert_eq!(text(&o.stdout), "before\n", "{backend}");
        assert_eq!(o.status.code(), Some(1), "{backend}");
        assert_eq!(text(&o.stderr).lines().last(), Some("ZeroDivisionError: integer division or modulo by zero"), "{backend}");
    }
}

#[test]
fn check_prints_inferred_signatures() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "sig.py", "def f(a, b=2.5, c='x'):\n    return c * a\n\nprint(f(3))\ndef g(n):\n    return None if n else n\nprint(g(0))\n");
    let o = pyrt(&["check", "--types", &f]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), "def f(a: int, b: float, c: str) -> str\ndef g(n: int) -> int | None\n");
}

#[test]
fn check_refuses_with_a_code_frame() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "bad.py", "x = 1\nwith x:\n    pass\n");
    let o = pyrt(&["check", &f]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(err.contains("error[E0100]: `with` statements are not supported"), "{err}");
    assert!(err.contains("bad.py:2:1"), "{err}");
    assert!(err.contains("^"), "{err}");
}

#[test]
fn dump_ir_and_timings_name_the_stages() {
    let o = pyrt(&["translate", "--backend=js", "--dump-ir=after:lower", "--timings", "targets/hello.py", "-o", "/dev/null"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let ir = text(&o.stdout);
    assert!(ir.contains("fn fn0 greet(name: str, punctuation: str) -> str {"), "{ir}");
    assert!(ir.contains("StrConcat"), "{ir}");
    let timings = text(&o.stderr);
    for stage in ["build", "annotate", "lower", "simplify", "emit-js", "total"] {
        assert!(timings.contains(stage), "{timings}");
    }
}

#[test]
fn wasm_backend_writes_a_module_and_its_loader_or_a_wasi_module() {
    let dir = tempfile::tempdir().unwrap();
    let src = write(dir.path(), "prog.py", "import sys\nprint('wasm', len(sys.argv))\nsys.exit(3)\n");
    let o = pyrt(&["translate", "--backend=wasm", &src]);
    if text(&o.stderr).contains("built without the wasm runtime") && !std::env::var("PYRT_REQUIRE_WASM").is_ok_and(|v| v == "1") {
        eprintln!("note: pyrt was built without the wasm runtime; not tested");
        return;
    }
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let wasm = std::fs::read(dir.path().join("prog.wasm")).unwrap();
    wasmparser::Validator::new().validate_all(&wasm).expect("the module validates");
    // The loader runs it on node: output, argv and the exit status.
    let run = Command::new("node").arg(dir.path().join("prog.mjs")).args(["a", "b"]).output().unwrap();
    assert_eq!(text(&run.stdout), "wasm 3\n");
    assert_eq!(run.status.code(), Some(3));
    // For WASI: the module alone, which node:wasi runs too (pyrt run does).
    std::fs::remove_file(dir.path().join("prog.mjs")).unwrap();
    let out = dir.path().join("w.wasm");
    let o = pyrt(&["translate", "--backend=wasm", "--target=wasi", &src, "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(out.exists() && !out.with_extension("mjs").exists());
    let o = pyrt(&["run", "--backend=wasm", "--target=wasi", &src, "x"]);
    assert_eq!((text(&o.stdout).as_str(), o.status.code()), ("wasm 2\n", Some(3)), "{}", text(&o.stderr));
    // --target=wasi belongs to the wasm backend.
    let o = pyrt(&["translate", "--backend=js", "--target=wasi", &src]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("--target=wasi"), "{}", text(&o.stderr));
}
