//! Translating a benchmark with pyrt: stage timings and output sizes.

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
}

impl Backend {
    /// The value of pyrt's `--backend` flag.
    pub fn flag(self) -> &'static str {
        match self {
            Backend::Js => "js",
            Backend::C => "c",
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
    /// with `name-` (so `emit` finds `emit-js` and `emit-c`).
    pub fn get(&self, name: &str) -> Option<f64> {
        let prefixed = format!("{name}-");
        self.stages.iter().find(|(stage, _)| stage == name || stage.starts_with(&prefixed)).map(|&(_, ms)| ms)
    }

    /// The C compiler's time (zero for JS).
    pub fn cc_ms(&self) -> f64 {
        self.get("cc").unwrap_or(0.0)
    }

    /// pyrt's own time: the total less the C compiler's.
    pub fn pyrt_ms(&self) -> f64 {
        self.get("total").unwrap_or(0.0) - self.cc_ms()
    }
}

/// Translates `work/NAME.py` with `pyrt translate --timings`, writing its
/// output beside it.
pub fn translate(pyrt: &Path, backend: Backend, work: &Path, name: &str) -> Result<Timings, String> {
    let (stdout, stderr) = (work.join("translate.stdout"), work.join("translate.stderr"));
    let mut cmd = Command::new(pyrt);
    cmd.args(["translate", &format!("--backend={}", backend.flag()), "--timings"]).arg(work.join(format!("{name}.py")));
    let run = measure::run(&mut cmd, &stdout, &stderr).map_err(|e| format!("pyrt could not run: {e}"))?;
    if !run.status.success() {
        return Err(format!("translation failed ({}): {}", run.status, measure::last_line(&stderr)));
    }
    Timings::parse(&std::fs::read_to_string(&stderr).unwrap_or_default())
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
}

/// Measures the outputs of translating `work/NAME.py` that exist.
pub fn sizes(work: &Path, name: &str) -> Sizes {
    let js = std::fs::read(work.join(format!("{name}.js"))).ok();
    Sizes {
        js: js.as_ref().map(|bytes| bytes.len() as u64),
        js_gzip: js.as_deref().and_then(|bytes| gzip_size(bytes).ok()),
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
    fn gzip_shrinks_repetitive_text() {
        let text = "function f() { return 1; }\n".repeat(100);
        assert!(gzip_size(text.as_bytes()).unwrap() < 100);
    }
}
