//! The benchmark programs, their arguments, and how their output is judged.

use std::path::{Path, PathBuf};

/// One benchmark program.
#[derive(Debug, Clone, Copy)]
pub struct Benchmark {
    /// Its name, also the file stem of its copy in the work directory.
    pub name: &'static str,
    /// The argument (argv[1]) of a full run, chosen so that CPython 3.11
    /// takes roughly 2–4 s on a current x86-64 core.
    pub arg: u64,
    /// The argument of a `--quick` run, about a twentieth of the work.
    pub quick_arg: u64,
    /// What the argument means, for the report.
    pub arg_meaning: &'static str,
    /// A start-up measure rather than a benchmark: its times show what each
    /// host costs before any work (node's start-up is most of a short run),
    /// and it stays out of the targets and the chart.
    pub startup: bool,
}

/// Every benchmark, in report order; `pystone` comes first, the start-up
/// measure last.
pub const ALL: [Benchmark; 7] = [
    Benchmark { name: "pystone", arg: 1_000_000, quick_arg: 50_000, arg_meaning: "loops", startup: false },
    Benchmark { name: "richards", arg: 45, quick_arg: 2, arg_meaning: "iterations", startup: false },
    Benchmark { name: "nbody", arg: 375_000, quick_arg: 20_000, arg_meaning: "steps", startup: false },
    // The work grows with n²: n / √20 is a twentieth.
    Benchmark { name: "spectral_norm", arg: 450, quick_arg: 100, arg_meaning: "n", startup: false },
    // The work grows with n!: 9 takes ~1 s on CPython, 10 ~9 s, so 9 it is.
    Benchmark { name: "fannkuch", arg: 9, quick_arg: 8, arg_meaning: "n", startup: false },
    Benchmark { name: "deltablue", arg: 400, quick_arg: 20, arg_meaning: "iterations", startup: false },
    // A dozen lines of output: what it takes to start each host.
    Benchmark { name: "hello", arg: 0, quick_arg: 0, arg_meaning: "(unused: start-up)", startup: true },
];

/// The name of the benchmark that is pystone.
pub const PYSTONE: &str = "pystone";

/// Where Debian's pypy3 package installs pystone 1.2.
const PYSTONE_PATHS: [&str; 2] = ["/usr/lib/pypy3.9/test/pystone.py", "/usr/lib/pypy3/test/pystone.py"];

impl Benchmark {
    /// The argument to run with.
    pub fn arg(&self, quick: bool) -> u64 {
        if quick { self.quick_arg } else { self.arg }
    }

    /// The program's source: `targets/NAME.py` in the repository, or for
    /// pystone `$PYRT_PYSTONE` or the copy in Debian's pypy3 package.
    pub fn source(&self, repo: &Path) -> Result<PathBuf, String> {
        if self.name != PYSTONE {
            return Ok(repo.join("targets").join(format!("{}.py", self.name)));
        }
        if let Some(path) = std::env::var_os("PYRT_PYSTONE") {
            return Ok(path.into());
        }
        PYSTONE_PATHS.iter().map(PathBuf::from).find(|p| p.is_file()).ok_or_else(|| {
            format!("pystone.py not found at {} (install Debian's pypy3 or set $PYRT_PYSTONE)", PYSTONE_PATHS.join(" or "))
        })
    }

    /// Why `stdout` of an implementation is not the expected output (CPython's
    /// for the same argument), or `None` when it is. pystone's two lines
    /// carry timings, so their numbers are masked before comparing.
    pub fn output_mismatch(&self, expected: &str, stdout: &str) -> Option<String> {
        let (expected, got) = if self.name == PYSTONE {
            (mask_pystone(expected), mask_pystone(stdout))
        } else {
            (expected.to_string(), stdout.to_string())
        };
        if expected == got {
            return None;
        }
        let (want, have): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
        let show = |l: Option<&&str>| l.map_or("end of output".to_string(), |l| format!("`{}`", clip(l, 40)));
        Some(match (0..want.len().max(have.len())).find(|&i| want.get(i) != have.get(i)) {
            Some(i) => format!("output differs at line {}: expected {}, got {}", i + 1, show(want.get(i)), show(have.get(i))),
            None => "output differs in line endings".to_string(),
        })
    }
}

/// pystone's output with the measured figures replaced by `#`: the time in
/// "Pystone(1.2) time for N passes = T" and the rate in "This machine
/// benchmarks at X pystones/second".
pub fn mask_pystone(stdout: &str) -> String {
    stdout
        .lines()
        .map(|line| {
            if let Some((head, _)) = line.split_once(" passes = ") {
                format!("{head} passes = #")
            } else if line.starts_with(RATE_PREFIX) && line.ends_with(RATE_SUFFIX) {
                format!("{RATE_PREFIX}#{RATE_SUFFIX}")
            } else {
                line.to_string()
            }
        })
        .map(|line| line + "\n")
        .collect()
}

const RATE_PREFIX: &str = "This machine benchmarks at ";
const RATE_SUFFIX: &str = " pystones/second";

/// The figure of pystone's "This machine benchmarks at X pystones/second"
/// line (`%g` as CPython and pyrt print it, or `%f` as RPython does).
pub fn pystones_per_second(stdout: &str) -> Option<f64> {
    stdout.lines().find_map(|line| line.strip_prefix(RATE_PREFIX)?.strip_suffix(RATE_SUFFIX)?.trim().parse().ok())
}

/// `text` cut to at most `max` characters, with an ellipsis when cut.
pub fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CPYTHON: &str =
        "Pystone(1.2) time for 1000000 passes = 3.60128\nThis machine benchmarks at 277679 pystones/second\n";
    const PYRT: &str =
        "Pystone(1.2) time for 1000000 passes = 0.229278\nThis machine benchmarks at 4.36152e+06 pystones/second\n";
    const RPYTHON: &str =
        "RPystone time for 1000000 passes = 0.015175\nThis machine benchmarks at 62746902.394062 pystones/second\n";

    #[test]
    fn pystones_from_each_format() {
        assert_eq!(pystones_per_second(CPYTHON), Some(277679.0));
        assert_eq!(pystones_per_second(PYRT), Some(4.36152e6));
        assert_eq!(pystones_per_second(RPYTHON), Some(62746902.394062));
        assert_eq!(pystones_per_second("no figure here\n"), None);
    }

    #[test]
    fn masking_hides_timings_only() {
        let masked = "Pystone(1.2) time for 1000000 passes = #\nThis machine benchmarks at # pystones/second\n";
        assert_eq!(mask_pystone(CPYTHON), masked);
        assert_eq!(mask_pystone(PYRT), masked);
        let pystone = ALL[0];
        assert_eq!(pystone.output_mismatch(CPYTHON, PYRT), None);
        let fewer = PYRT.replace("1000000 passes", "1000 passes");
        assert!(pystone.output_mismatch(CPYTHON, &fewer).unwrap().contains("line 1"));
    }

    #[test]
    fn other_outputs_compare_exactly() {
        let richards = ALL[1];
        assert_eq!(richards.output_mismatch("a\nb\n", "a\nb\n"), None);
        assert_eq!(richards.output_mismatch("a\nb\n", "a\nc\n").unwrap(), "output differs at line 2: expected `b`, got `c`");
        assert_eq!(richards.output_mismatch("a\nb\n", "a\n").unwrap(), "output differs at line 2: expected `b`, got end of output");
    }
}
