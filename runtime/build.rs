//! Builds the wasm runtime: the C runtime's parts (the same text the C backend
//! prepends to its programs), then `wasm/libm.c` and `wasm/glue.c`, compiled by clang for
//! wasm32-wasi against wasi-libc and linked by wasm-ld into one module whose
//! functions and data are all exported by name. The wasm backend links a
//! program against it (backends/wasm/src/link.rs).
//!
//! The tools come from Debian's packages clang, lld, wasi-libc and
//! libclang-rt-14-dev-wasm32 (`run-tests` installs them). Without them pyrt
//! still builds; `--backend=wasm` then says what is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

const PARTS: &[&str] = &["c/unicode_tables.h", "c/pyrt.c", "c/collections.c", "c/sets.c", "c/library.c", "c/format.c", "wasm/libm.c", "wasm/interop.c", "wasm/glue.c"];

/// The C library functions `wasm/libm.c` defines in place of musl's (whose last
/// bit differs from glibc's, CPython's): clang must call them as they are.
const LIBM: &[&str] = &["sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "expm1", "log1p", "log10", "cbrt"];

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    for p in PARTS {
        println!("cargo:rerun-if-changed={p}");
    }
    println!("cargo:rerun-if-env-changed=PYRT_CLANG");
    println!("cargo:rerun-if-env-changed=PYRT_WASM_LD");
    println!("cargo:rerun-if-env-changed=PYRT_WASI_SYSROOT");
    let wasm = out.join("pyrt-runtime.wasm");
    let why = out.join("pyrt-runtime.missing");
    match build(&out, &wasm) {
        Ok(()) => std::fs::write(&why, "").unwrap(),
        // The tools are there and the runtime does not compile: pyrt's bug.
        Err(Missing::No(e)) => panic!("building the wasm runtime failed: {e}"),
        Err(Missing::Tools(e)) => {
            std::fs::write(&wasm, b"").unwrap();
            std::fs::write(&why, e).unwrap();
            // Look again on the next build (the tools may be installed by then).
            println!("cargo:rerun-if-changed=/usr/bin/clang");
            println!("cargo:rerun-if-changed=/usr/bin/wasm-ld");
            println!("cargo:rerun-if-changed=/usr/include/wasm32-wasi/stdio.h");
        }
    }
}

/// Why there is no wasm runtime.
enum Missing {
    /// The tools are not installed.
    Tools(String),
    /// They are, and failed.
    No(String),
}

fn tool(env: &str, names: &[&str]) -> Result<String, String> {
    if let Ok(t) = std::env::var(env) {
        return Ok(t);
    }
    for n in names {
        if Command::new(n).arg("--version").output().is_ok_and(|o| o.status.success()) {
            return Ok(n.to_string());
        }
    }
    Err(format!("{} not found", names[0]))
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let o = cmd.output().map_err(|e| format!("{cmd:?}: {e}"))?;
    if !o.status.success() {
        return Err(format!("{cmd:?} failed:\n{}", String::from_utf8_lossy(&o.stderr)));
    }
    Ok(())
}

fn build(out: &Path, wasm: &Path) -> Result<(), Missing> {
    let clang = tool("PYRT_CLANG", &["clang", "clang-14"]).map_err(Missing::Tools)?;
    let ld = tool("PYRT_WASM_LD", &["wasm-ld", "wasm-ld-14"]).map_err(Missing::Tools)?;
    let sysroot = std::env::var("PYRT_WASI_SYSROOT").unwrap_or_else(|_| "/usr".into());
    let libdir = Path::new(&sysroot).join("lib/wasm32-wasi");
    if !libdir.join("libc.a").exists() {
        return Err(Missing::Tools(format!("wasi-libc not found (no {})", libdir.join("libc.a").display())));
    }
    let builtins = Command::new(&clang).args(["--target=wasm32-wasi", "--rtlib=compiler-rt", "-print-libgcc-file-name"]).output().map_err(|e| Missing::Tools(e.to_string()))?;
    let builtins = String::from_utf8_lossy(&builtins.stdout).trim().to_string();
    if !Path::new(&builtins).exists() {
        return Err(Missing::Tools(format!("compiler-rt for wasm32 not found ({builtins})")));
    }
    let mut text = String::new();
    for p in PARTS {
        text.push_str(&std::fs::read_to_string(p).map_err(|e| Missing::No(format!("{p}: {e}")))?);
        text.push('\n');
    }
    let src = out.join("pyrt-runtime.c");
    std::fs::write(&src, text).map_err(|e| Missing::No(e.to_string()))?;
    let obj = out.join("pyrt-runtime.o");
    // `static` is dropped so that every function and datum keeps its name in the
    // module (the backend calls them by name; the linker keeps what is reached).
    run(Command::new(&clang).args(["--target=wasm32-wasi", "-O2", "-w", "-Dstatic=", "-Dinline=", "-D_WASI_EMULATED_PROCESS_CLOCKS", "-fno-stack-protector", "-c"]).args(LIBM.iter().map(|f| format!("-fno-builtin-{f}"))).arg(format!("--sysroot={sysroot}")).arg(&src).arg("-o").arg(&obj)).map_err(Missing::No)?;
    run(Command::new(&ld)
        .args(["--export-all", "--allow-undefined", "--stack-first", "-z", "stack-size=8388608"])
        .arg(libdir.join("crt1-command.o"))
        .arg(&obj)
        .arg(libdir.join("libc.a"))
        .arg(libdir.join("libwasi-emulated-process-clocks.a"))
        .arg(&builtins)
        .arg("-o")
        .arg(wasm))
    .map_err(Missing::No)?;
    Ok(())
}
