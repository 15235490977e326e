//! RPython's own pystone (`targetrpystonedalone`), translated to C once and
//! cached under the system temp directory.

use crate::hosts::{Host, version_of};
use crate::measure;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The RPython release from PyPI.
const RPYTHON: &str = "rpython==0.2.1";
/// The binary the translation writes into its working directory.
const BINARY: &str = "targetrpystonedalone-c";
/// The file in the cache directory that holds the translation's wall time.
const SECONDS_FILE: &str = "translate-seconds";

/// The translated RPython pystone.
#[derive(Debug, Clone)]
pub struct Rpython {
    /// The binary, and the RPython and Python 2.7 versions.
    pub host: Host,
    /// How long translating it (with its C compile) took, when it was built.
    pub translate: Duration,
}

/// Returns the cached binary, or installs RPython with pip and translates
/// pystone with it (about 35 s) when there is none. Progress goes to stderr.
pub fn prepare() -> Result<Rpython, String> {
    let cache = std::env::temp_dir().join("pyrt-bench-rpython-0.2.1");
    let (site, build) = (cache.join("site"), cache.join("build"));
    let (binary, seconds) = (build.join(BINARY), cache.join(SECONDS_FILE));
    let python = find_python27()?;
    let version = format!("{RPYTHON}, --opt=2, {}", version_of(&python, &["--version"])?);
    if let Some(secs) = std::fs::read_to_string(&seconds).ok().and_then(|s| s.trim().parse().ok())
        && binary.is_file()
    {
        eprintln!("rpython: reusing {}", binary.display());
        return Ok(Rpython { host: Host { program: binary, version }, translate: Duration::from_secs_f64(secs) });
    }
    std::fs::create_dir_all(&build).map_err(|e| format!("cannot create {}: {e}", build.display()))?;
    if !site.join("rpython").is_dir() {
        eprintln!("rpython: installing {RPYTHON} into {}", site.display());
        let mut pip = Command::new(&python);
        pip.args(["-m", "pip", "install", "--target"]).arg(&site).args([RPYTHON, "pytest<3"]);
        run_logged(&mut pip, &cache, "pip")?;
    }
    eprintln!("rpython: translating pystone (about 35 s), log in {}", cache.join("translate.log").display());
    let goal = site.join("rpython/translator/goal/targetrpystonedalone.py");
    let mut translate = Command::new(&python);
    translate.args(["-m", "rpython", "--opt=2"]).arg(goal).current_dir(&build).env("PYTHONPATH", &site);
    let took = run_logged(&mut translate, &cache, "translate")?;
    if !binary.is_file() {
        return Err(format!("the translation wrote no {}", binary.display()));
    }
    std::fs::write(&seconds, format!("{:.3}\n", took.as_secs_f64())).map_err(|e| format!("cannot write {}: {e}", seconds.display()))?;
    Ok(Rpython { host: Host { program: binary, version }, translate: took })
}

/// A Python 2.7 that runs: `$PYRT_PYTHON27`, `python2.7` on PATH, or one
/// installed by pyenv.
fn find_python27() -> Result<PathBuf, String> {
    let mut candidates: Vec<PathBuf> = std::env::var_os("PYRT_PYTHON27").map(PathBuf::from).into_iter().collect();
    candidates.extend(crate::hosts::on_path("python2.7").ok());
    if let Some(home) = std::env::var_os("HOME") {
        let versions = Path::new(&home).join(".pyenv/versions");
        let mut pyenv: Vec<PathBuf> = std::fs::read_dir(versions)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|entry| entry.file_name().to_string_lossy().starts_with("2.7"))
            .map(|entry| entry.path().join("bin/python2.7"))
            .collect();
        pyenv.sort();
        candidates.extend(pyenv.into_iter().rev());
    }
    candidates.into_iter().find(|python| version_of(python, &["--version"]).is_ok()).ok_or_else(|| {
        "no working Python 2.7 (tried $PYRT_PYTHON27, python2.7 on PATH, ~/.pyenv/versions/2.7*/bin/python2.7)".to_string()
    })
}

/// Runs `cmd` with its output in `dir/NAME.log` (stdout) and `dir/NAME.err`,
/// returning its wall time, or the end of its log when it fails.
fn run_logged(cmd: &mut Command, dir: &Path, name: &str) -> Result<Duration, String> {
    let (log, err) = (dir.join(format!("{name}.log")), dir.join(format!("{name}.err")));
    let run = measure::run(cmd, &log, &err).map_err(|e| format!("{name} could not run: {e}"))?;
    if run.status.success() {
        return Ok(run.wall);
    }
    Err(format!("{name} failed ({}): {} (see {})", run.status, measure::last_line(&err), err.display()))
}
