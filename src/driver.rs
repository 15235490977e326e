//! The driver runs the declared stages in order. The stage list is data: it
//! gives `--dump-ir=after:<stage>` and `--timings` their names, and the
//! verifier runs after every IR stage in debug builds (or with PYRT_VERIFY=1).

use crate::{Backend, Host, TranslateOpts, WasmTarget};
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label as CsLabel, LabelStyle};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;
use pyrt_frontend::SourceFile;
use pyrt_ir::passes::PASSES;
use pyrt_ir::verify::{Level, verify_module};
use pyrt_ir::{Diagnostic, FileId, Module, Severity, Span};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Exit status for translation errors (diagnostics).
const EXIT_DIAGNOSTICS: u8 = 1;
/// Exit status for pyrt bugs and IO failures.
const EXIT_INTERNAL: u8 = 70;
/// A command line that asks for something pyrt does not do (clap's status).
const EXIT_USAGE: u8 = 2;

/// The stages, in order. Frontend stages first, then `PASSES` from the IR crate,
/// then the backend.
pub fn stage_names() -> Vec<&'static str> {
    let mut v = vec!["build", "annotate"];
    v.extend(PASSES.iter().map(|p| p.name));
    v.push("emit");
    v
}

struct Session {
    files: SimpleFiles<String, String>,
    /// The program's modules: the main one first, then those it imports.
    sources: Vec<SourceFile>,
    timings: Vec<(&'static str, f64)>,
}

enum Failure {
    Diagnostics(Vec<Diagnostic>),
    /// Already reported (IO errors, bad flags).
    Reported(u8),
}

impl Session {
    fn load(path: &Path) -> Result<Session, Failure> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: cannot read `{}`: {e}", path.display());
                return Err(Failure::Reported(EXIT_DIAGNOSTICS));
            }
        };
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            eprintln!("error: `{}` is not a Python file (expected a .py file)", path.display());
            return Err(Failure::Reported(EXIT_DIAGNOSTICS));
        }
        let mut files = SimpleFiles::new();
        let id = files.add(path.display().to_string(), text.clone());
        let module_name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("main").to_string();
        let main = SourceFile { id: FileId(id as u32), module_name, text };
        let dir = path.parent().unwrap_or(Path::new("."));
        let mut failed = false;
        let sources = pyrt_frontend::load_program(main, dir, &mut |p, name| {
            if !p.is_file() {
                return None;
            }
            match std::fs::read_to_string(p) {
                Ok(text) => {
                    let id = files.add(p.display().to_string(), text.clone());
                    Some(SourceFile { id: FileId(id as u32), module_name: name.to_string(), text })
                }
                Err(e) => {
                    eprintln!("error: cannot read `{}`: {e}", p.display());
                    failed = true;
                    None
                }
            }
        });
        if failed {
            return Err(Failure::Reported(EXIT_DIAGNOSTICS));
        }
        Ok(Session { files, sources, timings: Vec::new() })
    }


    fn timed<T>(&mut self, name: &'static str, f: impl FnOnce() -> T) -> T {
        let t = Instant::now();
        let r = f();
        self.timings.push((name, t.elapsed().as_secs_f64() * 1000.0));
        r
    }

    fn render(&self, diags: &[Diagnostic]) {
        let config = term::Config::default();
        for d in diags {
            let cs = to_codespan(d);
            match term::emit_into_string(&config, &self.files, &cs) {
                Ok(s) => eprint!("{s}"),
                Err(_) => eprintln!("error[{}]: {}", d.code, d.message),
            }
        }
        let errors = diags.iter().filter(|d| d.is_error()).count();
        if errors > 0 {
            eprintln!("pyrt: {errors} error{} in {}", if errors == 1 { "" } else { "s" }, self.files.get(0).map(|f| f.name().clone()).unwrap_or_default());
        }
    }
}

fn to_codespan(d: &Diagnostic) -> CsDiagnostic<usize> {
    let base = match d.severity {
        Severity::Error => CsDiagnostic::error(),
        Severity::Warning => CsDiagnostic::warning(),
        Severity::Bug => CsDiagnostic::bug(),
    };
    let mut labels = Vec::new();
    let label = |style, span: Span, msg: &str| {
        CsLabel::new(style, span.file as usize, span.start as usize..span.end as usize).with_message(msg.to_string())
    };
    if !d.primary.span.is_dummy() {
        labels.push(label(LabelStyle::Primary, d.primary.span, &d.primary.message));
    }
    for s in &d.secondary {
        if !s.span.is_dummy() {
            labels.push(label(LabelStyle::Secondary, s.span, &s.message));
        }
    }
    let mut notes = d.notes.clone();
    if d.severity == Severity::Bug {
        notes.push("this is a bug in pyrt; please report it with the program that triggers it".into());
    }
    base.with_code(d.code).with_message(d.message.clone()).with_labels(labels).with_notes(notes)
}

fn verify_enabled() -> bool { cfg!(debug_assertions) || std::env::var_os("PYRT_VERIFY").is_some_and(|v| v != "0") }

fn verify(m: &Module, stage: &str, level: Level) -> Result<(), Failure> {
    if !verify_enabled() {
        return Ok(());
    }
    verify_module(m, level).map_err(|errs| {
        let msg = format!("the IR is invalid after `{stage}`:\n  {}", errs.join("\n  "));
        Failure::Diagnostics(vec![Diagnostic::bug(Span::DUMMY, msg)])
    })
}

/// Parse a `--dump-ir=after:<stage>` value.
fn dump_stage(opts: &TranslateOpts) -> Result<Option<String>, Failure> {
    let Some(spec) = &opts.dump_ir else { return Ok(None) };
    let names = stage_names();
    match spec.strip_prefix("after:") {
        Some(stage) if names.contains(&stage) && stage != "emit" => Ok(Some(stage.to_string())),
        _ => {
            eprintln!(
                "error: invalid --dump-ir value `{spec}`; expected after:<stage> with a stage among: {}",
                names[..names.len() - 1].join(", ")
            );
            Err(Failure::Reported(2))
        }
    }
}

/// Run the frontend and the IR passes; returns the lowered module.
fn compile(session: &mut Session, opts: &TranslateOpts) -> Result<Module, Failure> {
    let dump = dump_stage(opts)?;
    let dump_now = |stage: &str, m: &Module| {
        if dump.as_deref() == Some(stage) {
            print!("{}", pyrt_ir::print::print_module(m));
        }
    };
    let sources = std::mem::take(&mut session.sources);
    let built = session.timed("build", || guard(|| pyrt_frontend::build_modules_as(&sources, opts.lib)));
    session.sources = sources;
    let mut m = built?;
    verify(&m, "build", Level { typed: false, lowered: false })?;
    dump_now("build", &m);
    session.timed("annotate", || guard(|| pyrt_frontend::annotate(&mut m)))?;
    verify(&m, "annotate", Level { typed: true, lowered: false })?;
    dump_now("annotate", &m);
    for pass in PASSES {
        session.timed(pass.name, || guard(|| {
            (pass.run)(&mut m);
            Ok(())
        }))?;
        verify(&m, pass.name, pass.level)?;
        dump_now(pass.name, &m);
    }
    Ok(m)
}

/// Turn a panic inside a stage into an internal-error diagnostic.
fn guard<T>(f: impl FnOnce() -> Result<T, Vec<Diagnostic>>) -> Result<T, Failure> {
    let prev = std::panic::take_hook();
    if std::env::var_os("PYRT_PANIC_TRACE").is_none() {
        std::panic::set_hook(Box::new(|_| {}));
    }
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    std::panic::set_hook(prev);
    match r {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(d)) => Err(Failure::Diagnostics(d)),
        Err(p) => {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown panic".into());
            Err(Failure::Diagnostics(vec![Diagnostic::bug(Span::DUMMY, format!("internal error: {msg}"))]))
        }
    }
}

/// The JS, and for a library (`--lib`) its TypeScript declarations.
fn translate_to_js(session: &mut Session, opts: &TranslateOpts) -> Result<(String, Option<String>), Failure> {
    let m = compile(session, opts)?;
    let js = session.timed("emit-js", || guard(|| pyrt_backend_js::emit_js(&m).map_err(|d| vec![d])))?;
    Ok((js, opts.lib.then(|| pyrt_backend_js::dts::emit_dts(&m))))
}

fn translate_to_c(session: &mut Session, opts: &TranslateOpts) -> Result<String, Failure> {
    let m = compile(session, opts)?;
    session.timed("emit-c", || guard(|| pyrt_backend_c::emit_c(&m)))
}

/// The module, and for a library (`--lib`) its TypeScript declarations (the
/// JS backend's: the two export the same API).
fn translate_to_wasm(session: &mut Session, opts: &TranslateOpts) -> Result<(pyrt_backend_wasm::Output, Option<String>), Failure> {
    let m = compile(session, opts)?;
    let w = session.timed("emit-wasm", || guard(|| pyrt_backend_wasm::emit_wasm(&m)))?;
    Ok((w, opts.lib.then(|| pyrt_backend_js::dts::emit_dts(&m))))
}

/// Write the module to `out` and, unless it is for WASI, its loader beside it
/// (the same name ending in `.mjs`; a library's declarations end in `.d.ts`);
/// returns the loader's path.
fn write_wasm(opts: &TranslateOpts, (wasm, dts): &(pyrt_backend_wasm::Output, Option<String>), out: &Path, name: &str) -> Result<Option<PathBuf>, Failure> {
    if opts.lib && opts.wasm_target == WasmTarget::Wasi {
        eprintln!("error: --lib makes an ES module for JS to import: translate it without --target=wasi (the module then loads through its JS loader)");
        return Err(Failure::Reported(EXIT_USAGE));
    }
    if wasm.interop.is_some() && opts.wasm_target == WasmTarget::Wasi {
        eprintln!("error: this program uses `import js`, which needs a JS host: translate it without --target=wasi (the module then runs under its JS loader)");
        return Err(Failure::Reported(EXIT_USAGE));
    }
    std::fs::write(out, &wasm.module).map_err(|e| {
        eprintln!("error: cannot write `{}`: {e}", out.display());
        Failure::Reported(EXIT_INTERNAL)
    })?;
    if opts.wasm_target == WasmTarget::Wasi {
        return Ok(None);
    }
    let loader = out.with_extension("mjs");
    let file = out.file_name().and_then(|f| f.to_str()).unwrap_or("program.wasm");
    write_file(&loader, &pyrt_backend_wasm::loader_js(file, name, wasm.interop.as_deref(), wasm.library.as_deref()))?;
    if let Some(d) = dts {
        write_file(&out.with_extension("d.ts"), d)?;
    }
    Ok(Some(loader))
}

/// Translate to C and compile it with the system C compiler into `exe`.
fn translate_to_exe(session: &mut Session, opts: &TranslateOpts, exe: &Path) -> Result<(), Failure> {
    let c = translate_to_c(session, opts)?;
    let dir = tempfile::tempdir().map_err(|e| {
        eprintln!("error: cannot create a temporary directory: {e}");
        Failure::Reported(EXIT_INTERNAL)
    })?;
    let src = dir.path().join("program.c");
    write_file(&src, &c)?;
    session.timed("cc", || cc(&src, exe))
}

/// `cc -O2`: the compiler is $CC, else `cc`. With PYRT_CC_STRICT=1 (the tests
/// set it) every warning of `-Wall -Wextra` is an error.
fn cc(src: &Path, exe: &Path) -> Result<(), Failure> {
    let compiler = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let mut cmd = Command::new(&compiler);
    cmd.args(["-std=c99", "-O2", "-fwrapv"]);
    if std::env::var_os("PYRT_CC_STRICT").is_some_and(|v| v == "1") {
        cmd.args(["-Wall", "-Wextra", "-Werror"]);
    }
    let out = cmd.arg("-o").arg(exe).arg(src).arg("-lm").output();
    match out {
        Ok(o) if o.status.success() => Ok(()),
        Ok(o) => {
            eprintln!("{}", String::from_utf8_lossy(&o.stderr));
            eprintln!("error: the C compiler `{compiler}` failed on pyrt's output; this is a bug in pyrt");
            Err(Failure::Reported(EXIT_INTERNAL))
        }
        Err(e) => {
            eprintln!("error: cannot run the C compiler `{compiler}`: {e} (install gcc or clang, or set CC)");
            Err(Failure::Reported(EXIT_INTERNAL))
        }
    }
}

fn write_file(path: &Path, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text).map_err(|e| {
        eprintln!("error: cannot write `{}`: {e}", path.display());
        Failure::Reported(EXIT_INTERNAL)
    })
}

fn finish(session: &Session, r: Result<u8, Failure>, timings: bool) -> u8 {
    if timings {
        let total: f64 = session.timings.iter().map(|t| t.1).sum();
        for (name, ms) in &session.timings {
            eprintln!("{name:>10}: {ms:8.3} ms");
        }
        eprintln!("{:>10}: {total:8.3} ms", "total");
    }
    match r {
        Ok(code) => code,
        Err(Failure::Reported(code)) => code,
        Err(Failure::Diagnostics(d)) => {
            session.render(&d);
            if d.iter().any(|d| d.severity == Severity::Bug) { EXIT_INTERNAL } else { EXIT_DIAGNOSTICS }
        }
    }
}

fn load_or_exit(path: &Path) -> Result<Session, u8> {
    Session::load(path).map_err(|f| match f {
        Failure::Reported(c) => c,
        Failure::Diagnostics(_) => EXIT_DIAGNOSTICS,
    })
}

pub fn translate_cmd(opts: &TranslateOpts, target: &Path, output: Option<PathBuf>) -> u8 {
    let mut session = match load_or_exit(target) {
        Ok(s) => s,
        Err(c) => return c,
    };
    if opts.wasm_target == WasmTarget::Wasi && opts.backend != Backend::Wasm {
        eprintln!("error: --target=wasi is for the wasm backend: it needs --backend=wasm");
        return EXIT_USAGE;
    }
    if opts.lib && opts.backend == Backend::C {
        eprintln!("error: --lib makes an ES module for JS to import: it needs --backend=js or --backend=wasm");
        return EXIT_USAGE;
    }
    let r = match opts.backend {
        Backend::Js => {
            let out = output.unwrap_or_else(|| target.with_extension("js"));
            translate_to_js(&mut session, opts).and_then(|(js, dts)| {
                write_file(&out, &js)?;
                match dts {
                    Some(d) => write_file(&out.with_extension("d.ts"), &d),
                    None => Ok(()),
                }
            }).map(|()| 0)
        }
        Backend::Wasm => {
            let stem = target.file_stem().and_then(|s| s.to_str()).unwrap_or("main");
            let out = output.unwrap_or_else(|| target.with_extension("wasm"));
            translate_to_wasm(&mut session, opts).and_then(|w| write_wasm(opts, &w, &out, stem)).map(|_| 0)
        }
        Backend::C => {
            let stem = target.file_stem().and_then(|s| s.to_str()).unwrap_or("main");
            let out = output.unwrap_or_else(|| target.with_file_name(format!("{stem}-c")));
            if out.extension().is_some_and(|e| e == "c") {
                translate_to_c(&mut session, opts).and_then(|c| write_file(&out, &c)).map(|()| 0)
            } else {
                translate_to_exe(&mut session, opts, &out).map(|()| 0)
            }
        }
    };
    finish(&session, r, opts.timings)
}

pub fn run_cmd(opts: &TranslateOpts, host: Host, target: &Path, args: &[String]) -> u8 {
    let mut session = match load_or_exit(target) {
        Ok(s) => s,
        Err(c) => return c,
    };
    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: cannot create a temporary directory: {e}");
            return EXIT_INTERNAL;
        }
    };
    let stem = target.file_stem().and_then(|s| s.to_str()).unwrap_or("main");
    if opts.backend == Backend::C {
        let exe = dir.path().join(format!("{stem}-c"));
        let r = translate_to_exe(&mut session, opts, &exe).map(|()| 0);
        let code = finish(&session, r, opts.timings);
        if code != 0 {
            return code;
        }
        let mut cmd = Command::new(&exe);
        cmd.args(args).env("PYRT_ARGV0", target);
        return wait_status(cmd.status(), "the translated program", "");
    }
    if opts.lib {
        eprintln!("error: --lib makes a module for JS to import; `pyrt run` runs programs: use `pyrt translate --lib`");
        return EXIT_USAGE;
    }
    if opts.wasm_target == WasmTarget::Wasi && opts.backend != Backend::Wasm {
        eprintln!("error: --target=wasi is for the wasm backend: it needs --backend=wasm");
        return EXIT_USAGE;
    }
    if opts.backend == Backend::Wasm {
        if host != Host::Node {
            eprintln!("error: `pyrt run --backend=wasm` runs the module on node (use `pyrt translate` for other hosts)");
            return EXIT_USAGE;
        }
        let out = dir.path().join(format!("{stem}.wasm"));
        let r = translate_to_wasm(&mut session, opts).and_then(|w| write_wasm(opts, &w, &out, stem));
        let loader = match r {
            Ok(l) => l,
            Err(f) => return finish(&session, Err(f), opts.timings),
        };
        let code = finish(&session, Ok(0), opts.timings);
        if code != 0 {
            return code;
        }
        let mut cmd = Command::new("node");
        match loader {
            Some(l) => {
                cmd.arg(l);
            }
            None => {
                // WASI: node's own implementation (its warning silenced).
                let script = "const {WASI}=require('node:wasi');const fs=require('node:fs');const [f,...args]=process.argv.slice(1);\
                    const w=new WASI({version:'preview1',args:[process.env.PYRT_ARGV0||f,...args],env:process.env,returnOnExit:true});\
                    WebAssembly.instantiate(fs.readFileSync(f),w.getImportObject()).then(({instance})=>{process.exitCode=w.start(instance);});";
                cmd.args(["--no-warnings", "-e", script, "--"]).arg(&out);
            }
        }
        cmd.env("PYRT_ARGV0", target);
        return wait_status(cmd.args(args).status(), "node", " (install node 20 or newer)");
    }
    let js = match translate_to_js(&mut session, opts) {
        Ok((js, _)) => js,
        Err(f) => return finish(&session, Err(f), opts.timings),
    };
    let code = finish(&session, Ok(0), opts.timings);
    if code != 0 {
        return code;
    }
    let out = dir.path().join(format!("{stem}.js"));
    if let Err(e) = std::fs::write(&out, js) {
        eprintln!("error: cannot write `{}`: {e}", out.display());
        return EXIT_INTERNAL;
    }
    let program = match host {
        Host::Node => "node",
        Host::Js102 => "js102",
        Host::Jsc => "jsc",
    };
    let mut cmd = Command::new(program);
    cmd.arg(&out);
    // sys.argv[0] is the program as the user named it (as CPython gives it),
    // not the temporary JS file (hosts that can read the environment).
    cmd.env("PYRT_ARGV0", target);
    if host == Host::Jsc {
        // jsc takes the script's own arguments after `--`; its quit() ignores
        // the status, so the runtime ends a failing program with an uncaught
        // "pyrt: exit status N", which jsc prints last on stdout.
        cmd.arg("--").args(args).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::inherit());
        return match cmd.spawn().and_then(|c| c.wait_with_output()) {
            Ok(o) => jsc_status(&o.stdout, o.status.code()),
            Err(e) => {
                eprintln!("error: cannot run `jsc`: {e} (install the Debian package libjavascriptcoregtk-4.0-bin)");
                EXIT_INTERNAL
            }
        };
    }
    let hint = match host {
        Host::Node => " (install node 20 or newer)",
        Host::Js102 => " (install the Debian package libmozjs-102-dev)",
        Host::Jsc => " (install the Debian package libjavascriptcoregtk-4.0-bin)",
    };
    wait_status(cmd.args(args).status(), program, hint)
}

/// The exit status of a finished program, passed through.
fn wait_status(status: std::io::Result<std::process::ExitStatus>, program: &str, hint: &str) -> u8 {
    match status {
        Ok(s) => match s.code() {
            Some(c) => c.clamp(0, 255) as u8,
            None => {
                eprintln!("error: {program} was killed by a signal");
                EXIT_INTERNAL
            }
        },
        Err(e) => {
            eprintln!("error: cannot run `{program}`: {e}{hint}");
            EXIT_INTERNAL
        }
    }
}

/// Pass jsc's stdout through, turning the runtime's final "Exception: pyrt:
/// exit status N" line into the exit status.
fn jsc_status(stdout: &[u8], code: Option<i32>) -> u8 {
    use std::io::Write;
    let text = String::from_utf8_lossy(stdout);
    let marker = "Exception: pyrt: exit status ";
    let (body, status) = match text.rfind(marker) {
        Some(i) if text[i..].trim_end().lines().count() == 1 => {
            let n = text[i + marker.len()..].trim().parse::<u8>().unwrap_or(1);
            (&text[..i], n)
        }
        _ => (&text[..], code.map(|c| c.clamp(0, 255) as u8).unwrap_or(EXIT_INTERNAL)),
    };
    let mut o = std::io::stdout().lock();
    let _ = o.write_all(body.as_bytes());
    let _ = o.flush();
    status
}

pub fn check_cmd(target: &Path, types: bool) -> u8 {
    let session = match load_or_exit(target) {
        Ok(s) => s,
        Err(c) => return c,
    };
    let r = guard(|| pyrt_frontend::build_modules(&session.sources)).and_then(|mut m| {
        guard(|| pyrt_frontend::annotate(&mut m))?;
        Ok(m)
    });
    let r = r.map(|m| {
        if types {
            for sig in pyrt_frontend::signatures(&m) {
                println!("{sig}");
            }
        }
        0
    });
    finish(&session, r, false)
}
