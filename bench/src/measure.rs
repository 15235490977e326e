//! Running one child process and measuring it, and summarising repeated
//! measurements.

use std::fs::File;
use std::io;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// What one run of a child process cost.
#[derive(Debug)]
pub struct Measurement {
    /// Wall time from spawning the child until it was reaped.
    pub wall: Duration,
    /// The child's maximum resident set size, in KiB (Linux's `ru_maxrss`).
    pub max_rss_kib: u64,
    /// How the child ended.
    pub status: ExitStatus,
}

/// Runs `cmd` to completion with no standard input, its standard output
/// written to the file `stdout` and its standard error to the file `stderr`
/// (files rather than pipes, so a chatty child can never block), and measures
/// its wall time and peak memory.
pub fn run(cmd: &mut Command, stdout: &Path, stderr: &Path) -> io::Result<Measurement> {
    cmd.stdin(Stdio::null()).stdout(File::create(stdout)?).stderr(File::create(stderr)?);
    let start = Instant::now();
    let child = cmd.spawn()?;
    let pid = libc::pid_t::try_from(child.id()).map_err(io::Error::other)?;
    let mut status = 0;
    // SAFETY: `rusage` is a plain C struct for which all-zero bytes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `pid` is our own unreaped child and both out-pointers are valid for writes.
        let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if reaped == pid {
            break;
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
    Ok(Measurement {
        wall: start.elapsed(),
        max_rss_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0),
        status: ExitStatus::from_raw(status),
    })
}

/// The last non-blank line of the file at `path` (say, a failed child's
/// standard error), cut to 100 characters.
pub fn last_line(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    crate::benchmarks::clip(text.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("").trim(), 100)
}

/// The median and range of a set of samples.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    /// The middle sample (the mean of the two middle ones for an even count).
    pub median: f64,
    /// The smallest sample.
    pub min: f64,
    /// The largest sample.
    pub max: f64,
}

impl Spread {
    /// Summarises `samples`; `None` when there are none.
    pub fn of(samples: &[f64]) -> Option<Spread> {
        let mut sorted = samples.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let median = match n {
            0 => return None,
            _ if n % 2 == 1 => sorted[n / 2],
            _ => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
        };
        Some(Spread { median, min: sorted[0], max: sorted[n - 1] })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spread_of_odd_and_even_counts() {
        assert_eq!(Spread::of(&[3.0, 1.0, 2.0]), Some(Spread { median: 2.0, min: 1.0, max: 3.0 }));
        assert_eq!(Spread::of(&[4.0, 1.0, 2.0, 8.0]), Some(Spread { median: 3.0, min: 1.0, max: 8.0 }));
        assert_eq!(Spread::of(&[5.0]), Some(Spread { median: 5.0, min: 5.0, max: 5.0 }));
        assert_eq!(Spread::of(&[]), None);
    }

    #[test]
    fn run_measures_a_child() {
        let dir = tempfile::tempdir().unwrap();
        let (out, err) = (dir.path().join("out"), dir.path().join("err"));
        let m = run(Command::new("sh").args(["-c", "echo hi; echo oops >&2; exit 3"]), &out, &err).unwrap();
        assert_eq!(m.status.code(), Some(3));
        assert!(m.max_rss_kib > 0);
        assert_eq!(std::fs::read_to_string(out).unwrap(), "hi\n");
        assert_eq!(std::fs::read_to_string(err).unwrap(), "oops\n");
    }
}
