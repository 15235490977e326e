//! `pyrt-bench`: runs pystone and the `targets/` programs on CPython, PyPy,
//! pyrt's backends and RPython, checks their output against CPython's, and
//! writes a markdown report and a speed-up chart. See bench/README.md.

mod benchmarks;
mod hosts;
mod measure;
mod report;
mod rpython;
mod svg;
mod translate;

use benchmarks::{ALL, Benchmark, PYSTONE};
use clap::Parser;
use hosts::{Host, Impl};
use report::{BenchResult, Outcome, Sample, Session};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use translate::{Backend, Sizes, Untranslated};

/// Benchmark pyrt against CPython 3.11, PyPy3 and RPython.
#[derive(Parser, Debug)]
#[command(name = "pyrt-bench")]
struct Cli {
    /// Runs per benchmark and implementation (at least 3 unless --quick).
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// Run only this benchmark (repeatable; default: all).
    #[arg(long = "bench", value_name = "NAME", value_parser = ALL.map(|b| b.name))]
    benches: Vec<String>,
    /// Run only this implementation (repeatable; default: all). CPython always
    /// runs: it is the reference for output and speed.
    #[arg(long = "impl", value_name = "NAME", value_enum)]
    impls: Vec<Impl>,
    /// Skip RPython (no Python 2.7 setup or translation).
    #[arg(long)]
    no_rpython: bool,
    /// A smoke test: about a twentieth of the work, any number of runs.
    #[arg(long)]
    quick: bool,
    /// Where to write latest.md and latest.svg (default: bench/results/).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pyrt-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The whole session: find hosts, run everything, write the report.
fn run(cli: Cli) -> Result<(), String> {
    if cli.runs == 0 || (cli.runs < 3 && !cli.quick) {
        return Err("--runs must be at least 3 (at least 1 with --quick)".into());
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("bench/ is inside the repository");
    let pyrt = find_pyrt()?;
    let benches: Vec<Benchmark> =
        ALL.into_iter().filter(|b| cli.benches.is_empty() || cli.benches.iter().any(|n| n == b.name)).collect();
    let wanted = |imp: Impl| imp == Impl::Cpython || cli.impls.is_empty() || cli.impls.contains(&imp);

    let mut rpython_translate = None;
    let mut rpython_sizes = Sizes::default();
    let hosts: Vec<(Impl, Result<Host, String>)> = Impl::ALL
        .into_iter()
        .filter(|&imp| wanted(imp))
        .map(|imp| {
            let host = match imp {
                Impl::RpythonC if cli.no_rpython => Err("--no-rpython".to_string()),
                Impl::RpythonC if !benches.iter().any(|b| b.name == PYSTONE) => Err("pystone not selected".to_string()),
                Impl::RpythonC => rpython::prepare().map(|r| {
                    rpython_translate = Some(r.translate);
                    rpython_sizes = translate::native_sizes(&r.host.program);
                    r.host
                }),
                _ => hosts::detect(imp, &pyrt),
            };
            if let Err(why) = &host {
                eprintln!("pyrt-bench: skipping {}: {why}", imp.name());
            }
            (imp, host)
        })
        .collect();
    if let Some((_, Err(why))) = hosts.iter().find(|(imp, _)| *imp == Impl::Cpython) {
        return Err(format!("CPython 3.11 is the reference and is missing: {why}"));
    }

    let work = tempfile::Builder::new().prefix("pyrt-bench-").tempdir().map_err(|e| format!("cannot create a work directory: {e}"))?;
    let mut results: Vec<BenchResult> = benches.iter().map(|&b| set_up(b, cli.quick, repo, work.path(), &hosts)).collect();
    let mut references: Vec<Option<String>> = vec![None; results.len()];
    for run in 1..=cli.runs {
        for (result, reference) in results.iter_mut().zip(&mut references) {
            run_bench(result, reference, &pyrt, &hosts, work.path(), (run, cli.runs));
        }
    }
    for result in &mut results {
        result.sizes = translate::sizes(work.path(), result.bench.name);
    }

    let session = Session {
        date: utc_now(),
        machine: machine(),
        commit: hosts::version_of(Path::new("git"), &["-C", &repo.to_string_lossy(), "describe", "--always", "--dirty"]).ok(),
        runs: cli.runs,
        quick: cli.quick,
        hosts,
        rpython_translate,
        rpython_sizes,
        benches: results,
    };
    let out = cli.out.unwrap_or_else(|| repo.join("bench/results"));
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let markdown = session.markdown("latest.svg");
    for (file, text) in [("latest.md", &markdown), ("latest.svg", &session.svg())] {
        let path = out.join(file);
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    print!("{markdown}");
    eprintln!("pyrt-bench: wrote {} and latest.svg", out.join("latest.md").display());
    // A failed run or translation is a finding, not noise: say so in the status.
    let failed: Vec<String> = session
        .benches
        .iter()
        .flat_map(|b| b.outcomes.iter().filter(|(_, o)| matches!(o, Outcome::Failed(_))).map(move |(imp, _)| format!("{} on {}", imp.name(), b.bench.name)))
        .collect();
    if failed.is_empty() { Ok(()) } else { Err(format!("{} failed (the report says why): {}", failed.len(), failed.join(", "))) }
}

/// `$PYRT_BIN`, or `pyrt` beside this executable (target/release/).
fn find_pyrt() -> Result<PathBuf, String> {
    let pyrt = match std::env::var_os("PYRT_BIN") {
        Some(path) => PathBuf::from(path),
        None => std::env::current_exe().map_err(|e| format!("cannot locate this executable: {e}"))?.with_file_name("pyrt"),
    };
    if pyrt.is_file() { Ok(pyrt) } else { Err(format!("no pyrt binary at {} (build it, or set $PYRT_BIN)", pyrt.display())) }
}

/// Copies the benchmark's source into the work directory as `NAME.py` and
/// prepares an empty outcome for each implementation that runs it; when the
/// source is missing, every outcome is that failure.
fn set_up(bench: Benchmark, quick: bool, repo: &Path, work: &Path, hosts: &[(Impl, Result<Host, String>)]) -> BenchResult {
    let copied = bench.source(repo).and_then(|source| {
        std::fs::copy(&source, work.join(format!("{}.py", bench.name)))
            .map(|_| source.strip_prefix(repo).unwrap_or(&source).display().to_string())
            .map_err(|e| format!("cannot copy {}: {e}", source.display()))
    });
    let start = || match &copied {
        Ok(_) => Outcome::Ran(Vec::new()),
        Err(why) => Outcome::Failed(why.clone()),
    };
    let outcomes = hosts
        .iter()
        .filter(|(imp, host)| host.is_ok() && (*imp != Impl::RpythonC || bench.name == PYSTONE))
        .map(|&(imp, _)| (imp, start()))
        .collect();
    let translations = copied.as_ref().map(|_| Vec::new()).map_err(|why| Untranslated::Failed(why.clone()));
    BenchResult {
        bench,
        arg: bench.arg(quick),
        source: copied.unwrap_or_else(|why| why),
        outcomes,
        js: translations.clone(),
        c: translations.clone(),
        wasm: translations,
        sizes: Sizes::default(),
    }
}

/// One run of one benchmark: translates it with each backend, then runs
/// every implementation that has not failed (or been refused) yet, once.
/// `reference` is CPython's first output, which every later output must match.
fn run_bench(
    result: &mut BenchResult,
    reference: &mut Option<String>,
    pyrt: &Path,
    hosts: &[(Impl, Result<Host, String>)],
    work: &Path,
    (run, runs): (usize, usize),
) {
    let name = result.bench.name;
    for (backend, translations) in [(Backend::Js, &mut result.js), (Backend::C, &mut result.c), (Backend::Wasm, &mut result.wasm)] {
        let Ok(done) = translations else { continue };
        match translate::translate(pyrt, backend, work, name) {
            Ok(timings) => done.push(timings),
            Err(why) => *translations = Err(why),
        }
    }
    for (imp, outcome) in &mut result.outcomes {
        let Outcome::Ran(samples) = outcome else { continue };
        let translation = match imp {
            Impl::PyrtC => result.c.as_ref().err(),
            Impl::PyrtNode | Impl::PyrtJs102 | Impl::PyrtJsc => result.js.as_ref().err(),
            Impl::PyrtWasm => result.wasm.as_ref().err(),
            _ => None,
        };
        if let Some(Untranslated::Refused(why)) = translation {
            eprintln!("[run {run}/{runs}] {name:<14} {:<14} refused ({why})", imp.name());
            *outcome = Outcome::Refused;
            continue;
        }
        let host = hosts.iter().find_map(|(i, h)| h.as_ref().ok().filter(|_| i == imp)).expect("outcomes exist for found hosts");
        let sample = match translation {
            Some(failed) => Err(failed.reason().to_string()),
            None => run_once(*imp, host, &result.bench, result.arg, work, reference),
        };
        let shown = match &sample {
            Ok(s) => format!("{:.3} s", s.secs),
            Err(why) => format!("FAILED ({why})"),
        };
        eprintln!("[run {run}/{runs}] {name:<14} {:<14} {shown}", imp.name());
        match sample {
            Ok(sample) => samples.push(sample),
            Err(why) => *outcome = Outcome::Failed(why),
        }
    }
}

/// Runs `imp` once on `bench` and checks its output: against `reference`
/// (CPython's first output; a CPython run with none sets it), except for
/// RPython's pystone, which prints its own format and only has to print
/// its pystones figure.
fn run_once(imp: Impl, host: &Host, bench: &Benchmark, arg: u64, work: &Path, reference: &mut Option<String>) -> Result<Sample, String> {
    let (stdout_path, stderr_path) = (work.join("run.stdout"), work.join("run.stderr"));
    let mut cmd = imp.command(&host.program, work, bench.name, arg);
    let m = measure::run(&mut cmd, &stdout_path, &stderr_path).map_err(|e| format!("could not start: {e}"))?;
    if !m.status.success() {
        return Err(format!("{}: {}", m.status, measure::last_line(&stderr_path)));
    }
    let stdout = std::fs::read_to_string(&stdout_path).map_err(|e| format!("unreadable output: {e}"))?;
    if imp != Impl::RpythonC {
        match reference {
            Some(expected) => {
                if let Some(why) = bench.output_mismatch(expected, &stdout) {
                    return Err(why);
                }
            }
            None if imp == Impl::Cpython => *reference = Some(stdout.clone()),
            None => return Err("no CPython output to compare with".into()),
        }
    }
    let pystones = match bench.name {
        PYSTONE => Some(benchmarks::pystones_per_second(&stdout).ok_or("no \"pystones/second\" line in the output")?),
        _ => None,
    };
    Ok(Sample { secs: m.wall.as_secs_f64(), rss_kib: m.max_rss_kib, pystones })
}

/// The CPU model from /proc/cpuinfo and the number of cores.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name")?.split_once(':').map(|(_, m)| m.trim().to_string()))
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{model}, {cores} cores, {} {}", std::env::consts::OS, std::env::consts::ARCH)
}

/// The current time in UTC, as `YYYY-MM-DD HH:MM UTC`.
fn utc_now() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rest) = ((secs / 86_400) as i64, secs % 86_400);
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02} UTC", rest / 3600, rest % 3600 / 60)
}
