//! A sample of the differential programs, translated by the C backend and
//! compiled with AddressSanitizer and UndefinedBehaviorSanitizer (any report is
//! fatal), run normally and under `PYRT_GC_STRESS=1`: both must print what
//! CPython prints. Without a C compiler that supports the sanitizers the test
//! says so and passes, unless `PYRT_REQUIRE_SANITIZERS` is set.

use std::path::{Path, PathBuf};
use std::process::Command;

const PYRT: &str = env!("CARGO_BIN_EXE_pyrt");

/// Programs that exercise the runtime's allocating paths: dicts, sets,
/// generators, closures, finally, formatting, str methods, classes, boxes.
const SAMPLE: &[&str] = &[
    "containers/set_table_order.py",
    "containers/dict_views_reiterate.py",
    "classes/set_of_instances.py",
    "classes/tour.py",
    "generators/generator_basics.py",
    "generators/closures_tour.py",
    "exceptions/finally_control_flow.py",
    "strings/format_corners.py",
    "strings/str_methods_unicode.py",
    "builtins/min_max_key.py",
    "library/random_more.py",
    "inference/mixed_merge_int_str.py",
];

const FLAGS: &[&str] = &["-std=c99", "-O1", "-g", "-fwrapv", "-fno-omit-frame-pointer", "-fsanitize=address,undefined", "-fno-sanitize-recover=all"];

fn cc() -> String { std::env::var("CC").unwrap_or_else(|_| "cc".into()) }

fn sanitizers_work(dir: &Path) -> bool {
    let src = dir.join("probe.c");
    std::fs::write(&src, "int main(void) { return 0; }\n").unwrap();
    let exe = dir.join("probe");
    Command::new(cc()).args(FLAGS).arg(&src).arg("-o").arg(&exe).status().is_ok_and(|s| s.success()) && Command::new(&exe).status().is_ok_and(|s| s.success())
}

fn stdout_of(cmd: &mut Command) -> (String, String, Option<i32>) {
    let o = cmd.output().expect("run");
    (String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned(), o.status.code())
}

#[test]
fn c_output_is_clean_under_address_and_undefined_behaviour_sanitizers() {
    let tmp = tempfile::tempdir().unwrap();
    if !sanitizers_work(tmp.path()) {
        let msg = format!("`{}` cannot build with -fsanitize=address,undefined (install gcc with libasan/libubsan)", cc());
        if std::env::var_os("PYRT_REQUIRE_SANITIZERS").is_some() {
            panic!("{msg}");
        }
        eprintln!("note: {msg}; the sanitizer sample is skipped");
        return;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/run");
    let mut failures = Vec::new();
    for rel in SAMPLE {
        let file = root.join(rel);
        let dir = file.parent().unwrap();
        let c = tmp.path().join("prog.c");
        let exe = tmp.path().join("prog");
        let (_, err, code) = stdout_of(Command::new(PYRT).current_dir(dir).args(["translate", "--backend=c"]).arg(&file).arg("-o").arg(&c));
        assert_eq!(code, Some(0), "{rel}: translation failed: {err}");
        let (_, err, code) = stdout_of(Command::new(cc()).args(FLAGS).arg(&c).arg("-o").arg(&exe).arg("-lm"));
        assert_eq!(code, Some(0), "{rel}: cc failed: {err}");
        let (expected, _, expected_code) = stdout_of(Command::new("python3").current_dir(dir).arg(&file));
        for stress in ["0", "1"] {
            let (got, err, code) = stdout_of(Command::new(&exe).current_dir(dir).env("PYRT_GC_STRESS", stress).env("ASAN_OPTIONS", "detect_leaks=0"));
            if got != expected || code != expected_code || err.contains("Sanitizer") || err.contains("runtime error:") {
                failures.push(format!("{rel} (PYRT_GC_STRESS={stress}): status {code:?} (CPython {expected_code:?})\n{}", err.lines().take(12).collect::<Vec<_>>().join("\n")));
            }
        }
    }
    assert!(failures.is_empty(), "sanitizer sample failures:\n{}", failures.join("\n\n"));
}
