//! The implementations compared, finding their hosts, and the command line of
//! one run.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// One implementation: a column of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Impl {
    /// CPython 3.11 (`python3`): the reference for output and speed.
    #[value(name = "cpython")]
    Cpython,
    /// PyPy 3 (`pypy3`).
    #[value(name = "pypy3")]
    Pypy3,
    /// The native executable from `pyrt translate --backend=c`.
    #[value(name = "pyrt-c")]
    PyrtC,
    /// pyrt's JS output on node (V8).
    #[value(name = "pyrt-js/node")]
    PyrtNode,
    /// pyrt's JS output on SpiderMonkey's `js102` shell.
    #[value(name = "pyrt-js/js102")]
    PyrtJs102,
    /// pyrt's JS output on JavaScriptCore's `jsc` shell.
    #[value(name = "pyrt-js/jsc")]
    PyrtJsc,
    /// pyrt's wasm module on node, through its JS loader.
    #[value(name = "pyrt-wasm")]
    PyrtWasm,
    /// RPython's own pystone (`targetrpystonedalone`), translated to C.
    #[value(name = "rpython-c")]
    RpythonC,
}

impl Impl {
    /// Every implementation, in column order.
    pub const ALL: [Impl; 8] =
        [Impl::Cpython, Impl::Pypy3, Impl::PyrtC, Impl::PyrtNode, Impl::PyrtJs102, Impl::PyrtJsc, Impl::PyrtWasm, Impl::RpythonC];

    /// The name used on the command line and in the report.
    pub fn name(self) -> &'static str {
        match self {
            Impl::Cpython => "cpython",
            Impl::Pypy3 => "pypy3",
            Impl::PyrtC => "pyrt-c",
            Impl::PyrtNode => "pyrt-js/node",
            Impl::PyrtJs102 => "pyrt-js/js102",
            Impl::PyrtJsc => "pyrt-js/jsc",
            Impl::PyrtWasm => "pyrt-wasm",
            Impl::RpythonC => "rpython-c",
        }
    }

    /// Whether this is one of pyrt's backends.
    pub fn is_pyrt(self) -> bool {
        matches!(self, Impl::PyrtC | Impl::PyrtNode | Impl::PyrtJs102 | Impl::PyrtJsc | Impl::PyrtWasm)
    }

    /// The command that runs benchmark `name` with argument `arg`, given the
    /// work directory holding `name.py` and pyrt's translations of it.
    /// `host` is the program found by [`detect`] (for `rpython-c`, the binary).
    pub fn command(self, host: &Path, work: &Path, name: &str, arg: u64) -> Command {
        let arg = arg.to_string();
        let file = |suffix: &str| work.join(format!("{name}{suffix}"));
        let mut cmd = Command::new(match self {
            Impl::PyrtC => file("-c"),
            _ => host.to_path_buf(),
        });
        match self {
            Impl::Cpython | Impl::Pypy3 => cmd.arg(file(".py")).arg(arg),
            Impl::PyrtC | Impl::RpythonC => cmd.arg(arg),
            Impl::PyrtNode | Impl::PyrtJs102 => cmd.arg(file(".js")).arg(arg),
            Impl::PyrtJsc => cmd.arg(file(".js")).arg("--").arg(arg),
            Impl::PyrtWasm => cmd.arg(file(".mjs")).arg(arg),
        };
        cmd
    }
}

/// A host program that was found, and its version.
#[derive(Debug, Clone)]
pub struct Host {
    /// The program to run (for `pyrt-c`, the C compiler pyrt uses; for
    /// `pyrt-wasm`, node).
    pub program: PathBuf,
    /// Its version, for the report.
    pub version: String,
}

/// Finds the host of `imp` (all but `rpython-c`, which [`crate::rpython`]
/// builds) and its version, or says why it is missing. `pyrt` is the pyrt
/// binary, whose version goes with pyrt's backends.
pub fn detect(imp: Impl, pyrt: &Path) -> Result<Host, String> {
    let pyrt_version = || version_of(pyrt, &["--version"]).unwrap_or_else(|e| e);
    let (program, version) = match imp {
        Impl::Cpython => {
            let program = on_path("python3")?;
            let version = version_of(&program, &["--version"])?;
            if !version.starts_with("Python 3.11.") {
                return Err(format!("`python3` is {version}, not CPython 3.11"));
            }
            (program, version)
        }
        Impl::Pypy3 => {
            let program = on_path("pypy3")?;
            let version = version_of(&program, &["--version"])?.replace('\n', " ");
            (program, version)
        }
        Impl::PyrtC => {
            let program = on_path("cc")?;
            let cc = version_of(&program, &["--version"])?;
            let version = format!("{}, cc: {}", pyrt_version(), cc.lines().next().unwrap_or_default());
            (program, version)
        }
        Impl::PyrtNode | Impl::PyrtJs102 | Impl::PyrtWasm => {
            let name = if imp == Impl::PyrtJs102 { "js102" } else { "node" };
            let program = on_path(name)?;
            let version = format!("{}, {name}: {}", pyrt_version(), version_of(&program, &["--version"])?);
            (program, version)
        }
        Impl::PyrtJsc => {
            // jsc has no version flag; ask the package manager about the file.
            let program = on_path("jsc")?;
            let version = format!("{}, jsc: {}", pyrt_version(), dpkg_version(&program).unwrap_or("(version unknown)".into()));
            (program, version)
        }
        Impl::RpythonC => unreachable!("rpython-c is built by the rpython module"),
    };
    Ok(Host { program, version })
}

/// The first `name` on `$PATH`.
pub fn on_path(name: &str) -> Result<PathBuf, String> {
    std::env::var_os("PATH")
        .and_then(|path| std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| p.is_file()))
        .ok_or_else(|| format!("`{name}` not found on PATH"))
}

/// What `program args` prints (standard output and error, blank lines
/// dropped), when it exits successfully.
pub fn version_of(program: &Path, args: &[&str]) -> Result<String, String> {
    let shown = program.display();
    let out = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("`{shown}` could not run: {e}"))?;
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let text = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
    if out.status.success() {
        Ok(text)
    } else {
        Err(format!("`{shown} {}` failed ({}): {}", args.join(" "), out.status, crate::benchmarks::clip(&text, 80)))
    }
}

/// The version of the Debian package that installed `program`.
fn dpkg_version(program: &Path) -> Option<String> {
    let real = program.canonicalize().ok()?;
    let owner = version_of(Path::new("dpkg-query"), &["-S", real.to_str()?]).ok()?;
    let package = owner.split_once(':')?.0.to_string();
    let version = version_of(Path::new("dpkg-query"), &["-W", "-f=${Version}", &package]).ok()?;
    Some(format!("{version} ({package})"))
}
