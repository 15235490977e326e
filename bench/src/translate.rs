//! Translating a benchmark with pyrt: stage timings, output sizes, and the
//! wasm backend's refusals.

use crate::measure;
use flate2::Compression;
use flate2::write::GzEncoder;
use std::io::Write;
use std::path::Path;
use std::process::Command;

/// One of pyrt's backends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// JavaScript: writes `NAME.js`.
    Js,
    /// C, compiled by the system cc: writes the executable `NAME-c`.
    C,
    /// WebAssembly: writes the module `NAME.wasm` and its JS loader `NAME.mjs`.
    Wasm,
}

impl Backend {
    /// The value of pyrt's `--backend` flag.
    pub fn flag(self) -> &'static str {
        match self {
            Backend::Js => "js",
            Backend::C => "c",
            Backend::Wasm => "wasm",
        }
    }
}

/// The stage times pyrt's `--timings` printed, in milliseconds, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Timings {
    stages: Vec<(String, f64)>,
}

impl Timings {
    /// Reads lines like `  annotate:    1.073 ms` (other lines are ignored);
    /// fails when there is no `total`.
    pub fn parse(stderr: &str) -> Result<Timings, String> {
        let stages: Vec<(String, f64)> = stderr
            .lines()
            .filter_map(|line| {
                let (name, value) = line.split_once(':')?;
                let ms = value.trim().strip_suffix("ms")?.trim().parse().ok()?;
                Some((name.trim().to_string(), ms))
            })
            .collect();
        let timings = Timings { stages };
        match timings.get("total") {
            Some(_) => Ok(timings),
            None => Err("no `total:` line in the --timings output".to_string()),
        }
    }

    /// The time of the stage `name`, or of the first stage whose name starts
    /// with `name-` (so `emit` finds `emit-js`, `emit-c` and `emit-wasm`).
    pub fn get(&self, name: &str) -> Option<f64> {
        let prefixed = format!("{name}-");
        self.stages.iter().find(|(stage, _)| stage == name || stage.starts_with(&prefixed)).map(|&(_, ms)| ms)
    }

    /// The C compiler's time (zero for JS and wasm).
    pub fn cc_ms(&self) -> f64 {
        self.get("cc").unwrap_or(0.0)
    }

    /// pyrt's own time: the total less the C compiler's.
    pub fn pyrt_ms(&self) -> f64 {
        self.get("total").unwrap_or(0.0) - self.cc_ms()
    }
}

/// Why a translation gave no output.
#[derive(Debug, Clone, PartialEq)]
pub enum Untranslated {
    /// The wasm backend does not translate the program yet (it said so with
    /// `E0800`): pyrt-wasm sits this benchmark out, as if its host were
    /// missing. The reason is the diagnostic's message.
    Refused(String),
    /// Anything else (pyrt failed or could not run, or the source is
    /// missing): a finding.
    Failed(String),
}

impl Untranslated {
    /// Why, refused or failed.
    pub fn reason(&self) -> &str {
        match self {
            Untranslated::Refused(why) | Untranslated::Failed(why) => why,
        }
    }
}

/// Translates `work/NAME.py` with `pyrt translate --timings`, writing its
/// output beside it. Only the wasm backend may refuse a program: a refusal
/// by the JS or C backend stays a failure.
pub fn translate(pyrt: &Path, backend: Backend, work: &Path, name: &str) -> Result<Timings, Untranslated> {
    let (stdout, stderr) = (work.join("translate.stdout"), work.join("translate.stderr"));
    let mut cmd = Command::new(pyrt);
    cmd.args(["translate", &format!("--backend={}", backend.flag()), "--timings"]).arg(work.join(format!("{name}.py")));
    let run = measure::run(&mut cmd, &stdout, &stderr).map_err(|e| Untranslated::Failed(format!("pyrt could not run: {e}")))?;
    let text = std::fs::read_to_string(&stderr).unwrap_or_default();
    if !run.status.success() {
        if backend == Backend::Wasm
            && let Some(why) = refusal(run.status.code(), &text)
        {
            return Err(Untranslated::Refused(why));
        }
        return Err(Untranslated::Failed(format!("translation failed ({}): {}", run.status, measure::last_line(&stderr))));
    }
    Timings::parse(&text).map_err(Untranslated::Failed)
}

/// The message of pyrt's first `E0800` ("… is not supported by the wasm
/// backend yet"), when a translation that exited with `code` was refused:
/// exit status 1 and every error an `E0800`, as the differential runner
/// judges it. Several refusals are counted after the first.
fn refusal(code: Option<i32>, stderr: &str) -> Option<String> {
    const REFUSED: &str = "error[E0800]: ";
    let errors: Vec<&str> = stderr.lines().filter(|line| line.starts_with("error")).collect();
    if code != Some(1) || errors.iter().any(|line| !line.starts_with(REFUSED)) {
        return None;
    }
    let (first, rest) = errors.split_first()?;
    let first = crate::benchmarks::clip(first.strip_prefix(REFUSED)?.trim(), 100);
    Some(if rest.is_empty() { first } else { format!("{first} (and {} more)", rest.len()) })
}

/// The sizes of pyrt's output for one benchmark, in bytes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sizes {
    /// The `.js` file.
    pub js: Option<u64>,
    /// The `.js` file compressed with gzip -9.
    pub js_gzip: Option<u64>,
    /// The native executable.
    pub native: Option<u64>,
    /// The native executable after `strip` (when `strip` exists).
    pub native_stripped: Option<u64>,
    /// The wasm module `NAME.wasm` (its loader `NAME.mjs` not counted).
    pub wasm: Option<u64>,
}

/// Measures the outputs of translating `work/NAME.py` that exist.
pub fn sizes(work: &Path, name: &str) -> Sizes {
    let js = std::fs::read(work.join(format!("{name}.js"))).ok();
    Sizes {
        js: js.as_ref().map(|bytes| bytes.len() as u64),
        js_gzip: js.as_deref().and_then(|bytes| gzip_size(bytes).ok()),
        wasm: std::fs::metadata(work.join(format!("{name}.wasm"))).ok().map(|m| m.len()),
        ..native_sizes(&work.join(format!("{name}-c")))
    }
}

/// The size of the executable at `path`, and of a stripped copy of it
/// (written beside it) when `strip` exists.
pub fn native_sizes(path: &Path) -> Sizes {
    let size = |p: &Path| std::fs::metadata(p).ok().map(|m| m.len());
    let mut stripped = path.as_os_str().to_owned();
    stripped.push(".stripped");
    let stripped = Path::new(&stripped);
    let strip_ok = crate::hosts::on_path("strip").is_ok_and(|strip| {
        path.is_file() && Command::new(strip).arg("-o").arg(stripped).arg(path).status().is_ok_and(|s| s.success())
    });
    Sizes { native: size(path), native_stripped: if strip_ok { size(stripped) } else { None }, ..Sizes::default() }
}

/// The size of `bytes` compressed with gzip at level 9.
fn gzip_size(bytes: &[u8]) -> std::io::Result<u64> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(bytes)?;
    Ok(gz.finish()?.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_c_timings() {
        let stderr = "     build:    1.557 ms\n  annotate:    1.073 ms\n     lower:    0.190 ms\n  simplify:    0.116 ms\n    \
                      emit-c:    2.367 ms\n        cc: 1993.309 ms\n     total: 1998.612 ms\n";
        let t = Timings::parse(stderr).unwrap();
        assert_eq!(t.get("build"), Some(1.557));
        assert_eq!(t.get("emit"), Some(2.367));
        assert_eq!(t.cc_ms(), 1993.309);
        assert!((t.pyrt_ms() - 5.303).abs() < 1e-9);
    }

    #[test]
    fn parses_js_timings_among_other_lines() {
        let stderr = "warning: something: else\n     build:    0.661 ms\n   emit-js:    1.063 ms\n     total:    2.226 ms\n";
        let t = Timings::parse(stderr).unwrap();
        assert_eq!(t.get("emit"), Some(1.063));
        assert_eq!(t.cc_ms(), 0.0);
        assert_eq!(t.pyrt_ms(), 2.226);
        assert!(Timings::parse("error: no such file\n").is_err());
    }

    #[test]
    fn parses_wasm_timings() {
        let stderr = "     build:    1.342 ms\n  annotate:    1.234 ms\n emit-wasm:    8.322 ms\n     total:   11.339 ms\n";
        let t = Timings::parse(stderr).unwrap();
        assert_eq!(t.get("emit"), Some(8.322));
        assert_eq!(t.cc_ms(), 0.0);
    }

    #[test]
    fn refusals_are_e0800_errors_only() {
        let refused = "  total: 4.413 ms\nerror[E0800]: generators is not supported by the wasm backend yet\n  ┌─ p.py:1:5\n\
                       error[E0800]: class attributes is not supported by the wasm backend yet\npyrt: 2 errors in p.py\n";
        assert_eq!(refusal(Some(1), refused).unwrap(), "generators is not supported by the wasm backend yet (and 1 more)");
        let one = "error[E0800]: generators is not supported by the wasm backend yet\n";
        assert_eq!(refusal(Some(1), one).unwrap(), "generators is not supported by the wasm backend yet");
        assert_eq!(refusal(Some(2), one), None);
        assert_eq!(refusal(Some(1), &format!("{one}error[E0301]: cannot infer a type\n")), None);
        assert_eq!(refusal(Some(1), "error: cannot write `p.wasm`\n"), None);
        assert_eq!(refusal(None, one), None);
    }

    #[test]
    fn gzip_shrinks_repetitive_text() {
        let text = "function f() { return 1; }\n".repeat(100);
        assert!(gzip_size(text.as_bytes()).unwrap() < 100);
    }
}
