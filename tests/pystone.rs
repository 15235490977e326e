//! pystone 1.2, unmodified: the copy Debian's pypy3 package ships
//! (`/usr/lib/pypy3.9/test/pystone.py`, or the file `PYRT_PYSTONE` names)
//! translates, and on every JS host present, natively through the C backend and
//! as WebAssembly (its loader, and node:wasi) prints what CPython prints, apart from the timing figures. Without the file the test says so and passes, unless
//! `PYRT_REQUIRE_PYSTONE` is set (CI sets it): then it fails.

use std::path::PathBuf;
use std::process::Command;

const PYRT: &str = env!("CARGO_BIN_EXE_pyrt");

fn locate() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PYRT_PYSTONE") {
        return Some(PathBuf::from(p));
    }
    ["/usr/lib/pypy3.9/test/pystone.py", "/usr/lib/pypy3/test/pystone.py"].iter().map(PathBuf::from).find(|p| p.is_file())
}

/// The output with the numbers that depend on the clock replaced by `#`.
fn untimed(out: &str) -> String {
    out.lines()
        .map(|l| match (l.find(" = "), l.find(" benchmarks at ")) {
            (Some(i), _) if l.starts_with("Pystone(") => format!("{} = #", &l[..i]),
            (_, Some(i)) => format!("{} benchmarks at #", &l[..i]),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn have(program: &str) -> bool {
    Command::new("sh").arg("-c").arg(format!("command -v {program}")).status().is_ok_and(|s| s.success())
}

/// Whether this pyrt has the wasm runtime (CI requires it: PYRT_REQUIRE_WASM=1).
fn wasm_available() -> bool {
    let dir = std::env::temp_dir().join(format!("pyrt-pystone-probe-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let hello = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("targets/hello.py");
    let out = Command::new(PYRT).args(["translate", "--backend=wasm"]).arg(hello).arg("-o").arg(dir.join("hello.wasm")).output().expect("pyrt runs");
    let _ = std::fs::remove_dir_all(&dir);
    let missing = String::from_utf8_lossy(&out.stderr).contains("built without the wasm runtime");
    assert!(!(missing && std::env::var("PYRT_REQUIRE_WASM").is_ok_and(|v| v == "1")), "pyrt was built without the wasm runtime (PYRT_REQUIRE_WASM=1)");
    !missing
}

#[test]
fn pystone_translates_unmodified_and_matches_cpython() {
    let Some(path) = locate() else {
        let msg = "pystone.py not found: install the Debian package pypy3 (it ships /usr/lib/pypy3.9/test/pystone.py) or set PYRT_PYSTONE";
        if std::env::var_os("PYRT_REQUIRE_PYSTONE").is_some() {
            panic!("{msg}");
        }
        eprintln!("note: {msg}; the pystone test did not run");
        return;
    };
    // A small loop count keeps the test quick; the output's form is the same.
    let loops = "2000";
    let cpython = Command::new("python3").arg(&path).arg(loops).output().expect("python3 runs");
    assert!(cpython.status.success(), "CPython failed on {}", path.display());
    let expected = untimed(&String::from_utf8_lossy(&cpython.stdout));
    assert!(expected.contains("Pystone(1.2) time for 2000 passes = #"), "unexpected CPython output:\n{expected}");
    for host in ["node", "js102", "jsc"] {
        if host != "node" && !have(host) {
            continue;
        }
        let out = Command::new(PYRT)
            .env("PYRT_VERIFY", "1")
            .args(["run", "--backend=js", &format!("--host={host}")])
            .arg(&path)
            .arg(loops)
            .output()
            .expect("pyrt runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "[{host}] pyrt failed on {}:\n{stderr}", path.display());
        assert_eq!(untimed(&String::from_utf8_lossy(&out.stdout)), expected, "[{host}] output differs");
    }
    // Natively through the C backend (its C compiled with every warning an error),
    // normally and with a collection at every allocation.
    // And as WebAssembly through its loader and under node:wasi (--target=wasi).
    let wasm = ["wasm", "wasm-wasi"];
    for (backend, stress) in ["c", "wasm", "wasm-wasi"].iter().flat_map(|b| [(*b, "0"), (*b, "1")]) {
        if wasm.contains(&backend) && !wasm_available() {
            continue;
        }
        let args: &[&str] = match backend {
            "c" => &["run", "--backend=c"],
            "wasm" => &["run", "--backend=wasm"],
            _ => &["run", "--backend=wasm", "--target=wasi"],
        };
        let out = Command::new(PYRT)
            .env("PYRT_VERIFY", "1")
            .env("PYRT_CC_STRICT", "1")
            .env("PYRT_GC_STRESS", stress)
            .args(args)
            .arg(&path)
            .arg(loops)
            .output()
            .expect("pyrt runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "[{backend}, PYRT_GC_STRESS={stress}] pyrt failed on {}:\n{stderr}", path.display());
        assert_eq!(untimed(&String::from_utf8_lossy(&out.stdout)), expected, "[{backend}, PYRT_GC_STRESS={stress}] output differs");
    }
}
