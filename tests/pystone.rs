//! pystone 1.2, unmodified: the copy Debian's pypy3 package ships
//! (`/usr/lib/pypy3.9/test/pystone.py`, or the file `PYRT_PYSTONE` names)
//! translates, and on every JS host present and natively through the C backend
//! prints what CPython prints, apart from the timing figures. Without the file the test says so and passes, unless
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
    for stress in ["0", "1"] {
        let out = Command::new(PYRT)
            .env("PYRT_VERIFY", "1")
            .env("PYRT_CC_STRICT", "1")
            .env("PYRT_GC_STRESS", stress)
            .args(["run", "--backend=c"])
            .arg(&path)
            .arg(loops)
            .output()
            .expect("pyrt runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "[c, PYRT_GC_STRESS={stress}] pyrt failed on {}:\n{stderr}", path.display());
        assert_eq!(untimed(&String::from_utf8_lossy(&out.stdout)), expected, "[c, PYRT_GC_STRESS={stress}] output differs");
    }
}
