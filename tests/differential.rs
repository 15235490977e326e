//! The differential runner. CPython is the oracle:
//!
//! * every `tests/run/**/*.py` and `targets/*.py` runs under `python3` and through `pyrt run` on each
//!   JS host present (node always; `js102` and `jsc` when installed, or required
//!   with `PYRT_REQUIRE_HOSTS=js102,jsc`): stdout, the last line of stderr and the exit
//!   status must match;
//! * programs under `tests/run/pyrt_only/` differ from CPython on purpose (e.g.
//!   OverflowError past 2**53 on JS); `NAME.expected` holds their stdout,
//!   `NAME.expected_stderr` the last stderr line, and `NAME.expected_status` the
//!   exit status (default: 1 with an expected stderr line, else 0);
//! * every `tests/diagnostics/*.py` must be refused by `pyrt check` with exit
//!   status 1, its first diagnostic on the line marked `# <-- error`, and the
//!   whole rendering equal to `NAME.stderr` (re-bless with `PYRT_BLESS=1`).
//!
//! * the C and wasm backends are two more "hosts": each differential program is
//!   translated with `--backend=c` (its executable) and `--backend=wasm` (its
//!   module, which must validate with wasmparser, run by its loader on node), and
//!   runs twice, normally and with `PYRT_GC_STRESS=1` (a collection at every
//!   allocation), both compared with CPython; the C must compile with `-Wall
//!   -Wextra -Werror` (`PYRT_CC_STRICT=1`). A program a backend refuses with
//!   E0800 (not supported by that backend yet) is counted and listed as such, not
//!   failed; any other refusal, a failed C compile, an invalid module or a
//!   different output fails. `PYRT_BACKENDS=c` (or `wasm`) narrows them.
//!
//! Set `PYRT_TEST_FILTER=substring` to run a subset. Prints `N passed, N failed`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const PYRT: &str = env!("CARGO_BIN_EXE_pyrt");
const TIMEOUT: Duration = Duration::from_secs(120);

struct Outcome {
    stdout: String,
    stderr: String,
    status: i32,
}

impl Outcome {
    fn last_stderr_line(&self) -> &str { self.stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("") }
}

fn run(cmd: &mut Command) -> Result<Outcome, String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {:?}: {e}", cmd.get_program()))?;
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            return Err(format!("timed out after {}s", TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = String::from_utf8_lossy(&t_out.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&t_err.join().unwrap()).into_owned();
    Ok(Outcome { stdout, stderr, status: status.code().unwrap_or(-1) })
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    // A program of several modules (`modules/<name>/`): only its main.py is an
    // entry; the other files are the modules it imports.
    if dir.join("main.py").is_file() {
        out.push(dir.join("main.py"));
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn have(program: &str) -> bool {
    Command::new("sh").arg("-c").arg(format!("command -v {program}")).stdout(Stdio::null()).status().is_ok_and(|s| s.success())
}

#[derive(Clone)]
enum Case {
    Differential(PathBuf),
    PyrtOnly(PathBuf),
    Diagnostic(PathBuf),
}

fn diff_text(what: &str, expected: &str, got: &str) -> String {
    let mut msg = format!("{what} differs\n");
    let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
    for i in 0..e.len().max(g.len()) {
        let (a, b) = (e.get(i), g.get(i));
        if a != b {
            msg += &format!("    first difference at line {}:\n      expected: {:?}\n      got:      {:?}\n", i + 1, a, b);
            break;
        }
    }
    if e.len() == g.len() && expected != got {
        msg += "    (difference in trailing newline)\n";
    }
    msg
}

fn compare(host: &str, expected: &Outcome, got: &Outcome) -> Result<(), String> {
    let mut errs = String::new();
    if expected.stdout != got.stdout {
        errs += &format!("[{host}] {}", diff_text("stdout", &expected.stdout, &got.stdout));
    }
    if expected.last_stderr_line() != got.last_stderr_line() {
        errs += &format!(
            "[{host}] last stderr line differs:\n      expected: {:?}\n      got:      {:?}\n",
            expected.last_stderr_line(),
            got.last_stderr_line()
        );
    }
    if expected.status != got.status {
        errs += &format!("[{host}] exit status: expected {}, got {}\n", expected.status, got.status);
    }
    if errs.is_empty() { Ok(()) } else { Err(errs) }
}

/// Translate with a backend that manages its own memory (`c`, `wasm`) and run
/// the result, normally and under GC stress: the C executable, or the wasm
/// module through its loader on node (the module must validate with
/// wasmparser first). `Ok(None)`: the backend refused the program with E0800.
fn backend_runs(backend: &str, file: &Path) -> Result<Option<[Outcome; 2]>, String> {
    let dir = file.parent().unwrap();
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let out = tmp.path().join(if backend == "c" { "prog-c" } else { "prog.wasm" });
    let t = run(Command::new(PYRT).current_dir(dir).env("PYRT_VERIFY", "1").env("PYRT_CC_STRICT", "1").arg("translate").arg(format!("--backend={backend}")).arg(file.file_name().unwrap()).arg("-o").arg(&out))?;
    if t.status != 0 {
        if t.status == 1 && t.stderr.contains("error[E0800]") && !t.stderr.lines().any(|l| l.starts_with("error[") && !l.starts_with("error[E0800]")) {
            return Ok(None);
        }
        return Err(format!("[{backend}] translation failed with status {}:\n{}", t.status, t.stderr));
    }
    let argv0 = file.file_name().unwrap();
    let command = || {
        if backend == "c" {
            Command::new(&out)
        } else {
            let mut c = Command::new("node");
            c.arg(out.with_extension("mjs"));
            c
        }
    };
    if backend == "wasm" {
        let bytes = std::fs::read(&out).map_err(|e| e.to_string())?;
        wasmparser::Validator::new().validate_all(&bytes).map_err(|e| format!("[wasm] the module does not validate: {e}\n"))?;
    }
    let normal = run(command().current_dir(dir).env("PYRT_ARGV0", argv0))?;
    let stress = run(command().current_dir(dir).env("PYRT_ARGV0", argv0).env("PYRT_GC_STRESS", "1"))?;
    Ok(Some([normal, stress]))
}

/// A backend's verdict on a program: `Ok(true)` matched, `Ok(false)` refused (E0800).
fn backend_differential(backend: &str, file: &Path, expected: &Outcome) -> Result<bool, String> {
    let Some([normal, stress]) = backend_runs(backend, file)? else { return Ok(false) };
    let mut errs = String::new();
    for (name, got) in [(backend.to_string(), &normal), (format!("{backend}, PYRT_GC_STRESS=1"), &stress)] {
        if let Err(e) = compare(&name, expected, got) {
            errs += &e;
            if got.status != expected.status {
                errs += &format!("    stderr: {}\n", got.stderr.trim_end());
            }
        }
    }
    if errs.is_empty() { Ok(true) } else { Err(errs) }
}

fn pyrt_run(host: &str, file: &Path) -> Result<Outcome, String> {
    let dir = file.parent().unwrap();
    run(Command::new(PYRT).current_dir(dir).env("PYRT_VERIFY", "1").args(["run", "--backend=js", &format!("--host={host}")]).arg(file.file_name().unwrap()))
}

/// A test may narrow the hosts it runs on with a line
/// `# pyrt-hosts: node -- <reason>` (a host limitation, stated in the file).
fn hosts_for<'h>(file: &Path, hosts: &[&'h str]) -> Result<Vec<&'h str>, String> {
    let src = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    let Some(line) = src.lines().find_map(|l| l.strip_prefix("# pyrt-hosts:")) else { return Ok(hosts.to_vec()) };
    let (list, reason) = line.split_once("--").ok_or("`# pyrt-hosts:` needs `-- <reason>`")?;
    if reason.trim().is_empty() {
        return Err("`# pyrt-hosts:` needs a reason".into());
    }
    let wanted: Vec<&str> = list.split(|c: char| c == ',' || c.is_whitespace()).filter(|s| !s.is_empty()).collect();
    Ok(hosts.iter().copied().filter(|h| wanted.contains(h)).collect())
}

/// What a backend that may refuse programs (E0800) did with the differential programs.
#[derive(Default)]
struct BackendStats {
    matched: AtomicUsize,
    refused: Mutex<Vec<String>>,
}

fn differential(file: &Path, hosts: &[&str], backends: &[(&str, BackendStats)]) -> Result<(), String> {
    let own = hosts_for(file, &backends.iter().map(|b| b.0).collect::<Vec<_>>())?;
    let hosts = &hosts_for(file, hosts)?;
    let dir = file.parent().unwrap();
    let expected = run(Command::new("python3").current_dir(dir).arg(file.file_name().unwrap()))?;
    let mut errs = String::new();
    // Bundled targets carry their expected output beside them; it must stay CPython's.
    if let Ok(stored) = std::fs::read_to_string(file.with_extension("out"))
        && stored != expected.stdout {
            errs += &diff_text("the stored .out (CPython's output changed; regenerate it)", &stored, &expected.stdout);
        }
    for host in hosts {
        let got = pyrt_run(host, file)?;
        if let Err(e) = compare(host, &expected, &got) {
            errs += &e;
            if got.status != expected.status {
                errs += &format!("    stderr: {}\n", got.stderr.trim_end().replace('\n', "\n            "));
            }
        }
    }
    for (backend, stats) in backends.iter().filter(|b| own.contains(&b.0)) {
        match backend_differential(backend, file, &expected) {
            Ok(true) => {
                stats.matched.fetch_add(1, Ordering::SeqCst);
            }
            Ok(false) => stats.refused.lock().unwrap().push(file.display().to_string()),
            Err(e) => errs += &e,
        }
    }
    if errs.is_empty() { Ok(()) } else { Err(errs) }
}

fn pyrt_only(file: &Path, hosts: &[&str]) -> Result<(), String> {
    let stdout = std::fs::read_to_string(file.with_extension("expected")).map_err(|e| format!("missing .expected: {e}"))?;
    let stderr = std::fs::read_to_string(file.with_extension("expected_stderr")).unwrap_or_default();
    let status = match std::fs::read_to_string(file.with_extension("expected_status")) {
        Ok(s) => s.trim().parse().map_err(|e| format!("bad .expected_status: {e}"))?,
        Err(_) if stderr.trim().is_empty() => 0,
        Err(_) => 1,
    };
    let expected = Outcome { stdout, stderr, status };
    let mut errs = String::new();
    for host in hosts {
        if let Err(e) = compare(host, &expected, &pyrt_run(host, file)?) {
            errs += &e;
        }
    }
    if errs.is_empty() { Ok(()) } else { Err(errs) }
}

fn diagnostic(root: &Path, file: &Path) -> Result<(), String> {
    let rel = file.strip_prefix(root).unwrap();
    let got = run(Command::new(PYRT).current_dir(root).env("PYRT_VERIFY", "1").arg("check").arg(rel))?;
    if got.status != 1 {
        return Err(format!("expected exit status 1 (refused), got {}\n    stderr: {}", got.status, got.stderr));
    }
    let source = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    let marked = source.lines().position(|l| l.contains("# <-- error")).map(|i| i + 1);
    let first_loc = got.stderr.lines().find_map(|l| {
        let l = l.trim_start();
        let rest = l.strip_prefix("┌─ ")?;
        let mut parts = rest.rsplitn(3, ':');
        let _col = parts.next()?;
        parts.next()?.parse::<usize>().ok()
    });
    if let Some(line) = marked
        && first_loc != Some(line) {
            return Err(format!("first diagnostic should point at line {line}, got {first_loc:?}\n{}", got.stderr));
        }
    let snap = file.with_extension("stderr");
    if std::env::var_os("PYRT_BLESS").is_some() {
        std::fs::write(&snap, &got.stderr).map_err(|e| e.to_string())?;
        return Ok(());
    }
    match std::fs::read_to_string(&snap) {
        Ok(expected) if expected == got.stderr => Ok(()),
        Ok(expected) => Err(diff_text("diagnostic rendering (re-bless with PYRT_BLESS=1)", &expected, &got.stderr)),
        Err(_) => Err(format!("no snapshot {} (create it with PYRT_BLESS=1)\n{}", snap.display(), got.stderr)),
    }
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let filter = std::env::var("PYRT_TEST_FILTER").unwrap_or_default();
    let mut hosts = vec!["node"];
    let required = std::env::var("PYRT_REQUIRE_HOSTS").unwrap_or_default();
    // PYRT_JS_HOSTS=node,jsc (or empty: C only) narrows the JS hosts while working on one backend.
    let only = std::env::var("PYRT_JS_HOSTS").ok();
    if let Some(only) = &only {
        hosts.retain(|h| only.split(',').any(|o| o == *h));
    }
    for host in ["js102", "jsc"] {
        if only.as_ref().is_some_and(|o| !o.split(',').any(|x| x == host)) {
            continue;
        }
        if have(host) {
            hosts.push(host);
        } else if required.split(',').any(|h| h == host) {
            eprintln!("error: host `{host}` is required (PYRT_REQUIRE_HOSTS) but not installed");
            std::process::exit(1);
        } else {
            eprintln!("note: `{host}` not found; JS output is tested on node only");
        }
    }
    if !have("python3") || !have("node") {
        eprintln!("error: the differential tests need python3 (the oracle) and node on PATH");
        std::process::exit(1);
    }
    let mut cases = Vec::new();
    let mut files = Vec::new();
    collect(&root.join("tests/run"), &mut files);
    collect(&root.join("targets"), &mut files);
    for f in files {
        if f.components().any(|c| c.as_os_str() == "pyrt_only") {
            cases.push(Case::PyrtOnly(f));
        } else {
            cases.push(Case::Differential(f));
        }
    }
    let mut diags = Vec::new();
    collect(&root.join("tests/diagnostics"), &mut diags);
    cases.extend(diags.into_iter().map(Case::Diagnostic));
    let cases: Vec<Case> = cases
        .into_iter()
        .filter(|c| {
            let (Case::Differential(p) | Case::PyrtOnly(p) | Case::Diagnostic(p)) = c;
            p.to_string_lossy().contains(&filter)
        })
        .collect();

    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let passed = AtomicUsize::new(0);
    // PYRT_BACKENDS=c,wasm (the default) narrows the backends that manage their own memory.
    let wanted = std::env::var("PYRT_BACKENDS").unwrap_or_else(|_| "c,wasm".into());
    let mut backends: Vec<(&str, BackendStats)> = ["c", "wasm"].into_iter().filter(|b| wanted.split(',').any(|w| w == *b)).map(|b| (b, BackendStats::default())).collect();
    // A pyrt built without the wasm toolchain says so; CI requires it (PYRT_REQUIRE_WASM=1).
    if backends.iter().any(|b| b.0 == "wasm") {
        let tmp = tempfile::tempdir().expect("a temporary directory");
        let probe = run(Command::new(PYRT).args(["translate", "--backend=wasm"]).arg(root.join("targets/hello.py")).arg("-o").arg(tmp.path().join("hello.wasm"))).expect("pyrt runs");
        if probe.stderr.contains("built without the wasm runtime") {
            if std::env::var("PYRT_REQUIRE_WASM").is_ok_and(|v| v == "1") {
                eprintln!("error: the wasm backend is required (PYRT_REQUIRE_WASM=1) but pyrt was built without the wasm runtime:\n{}", probe.stderr);
                std::process::exit(1);
            }
            eprintln!("note: pyrt was built without the wasm runtime (install clang, lld, wasi-libc, libclang-rt-14-dev-wasm32); the wasm backend is not tested");
            backends.retain(|b| b.0 != "wasm");
        }
    }
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).min(4);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(case) = cases.get(i) else { break };
                    let (path, result) = match case {
                        Case::Differential(p) => (p, differential(p, &hosts, &backends)),
                        Case::PyrtOnly(p) => (p, pyrt_only(p, &hosts)),
                        Case::Diagnostic(p) => (p, diagnostic(&root, p)),
                    };
                    let rel = path.strip_prefix(&root).unwrap_or(path).display().to_string();
                    match result {
                        Ok(()) => {
                            passed.fetch_add(1, Ordering::SeqCst);
                        }
                        Err(e) => {
                            eprintln!("FAIL {rel}\n    {}", e.trim_end());
                            failures.lock().unwrap().push(rel);
                        }
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    let passed = passed.into_inner();
    let differential_cases = cases.iter().filter(|c| matches!(c, Case::Differential(_))).count();
    for (backend, stats) in backends {
        let mut refused = stats.refused.into_inner().unwrap();
        refused.sort();
        if std::env::var_os("PYRT_LIST_REFUSED").is_some() {
            for f in &refused {
                println!("    not yet on {backend}: {}", Path::new(f).strip_prefix(&root).unwrap_or(Path::new(f)).display());
            }
        }
        println!(
            "{backend} backend: {} of {differential_cases} differential programs translated and matched (normally and under PYRT_GC_STRESS=1); {} refused with E0800 (PYRT_LIST_REFUSED=1 lists them)",
            stats.matched.into_inner(),
            refused.len()
        );
    }
    println!("differential and diagnostics tests (hosts: {}, {wanted})", hosts.join(", "));
    if !failures.is_empty() {
        println!("failed:");
        for f in &failures {
            println!("    {f}");
        }
    }
    println!("{passed} passed, {} failed", failures.len());
    if !failures.is_empty() {
        std::process::exit(1);
    }
}
