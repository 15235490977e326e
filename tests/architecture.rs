//! Holds the dependency arrows of ARCHITECTURE.md: backends never depend on the
//! frontend or on each other; the IR and the runtime depend on no project crate.

use std::collections::HashMap;
use std::process::Command;

#[test]
fn dependency_arrows() {
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version=1", "--no-deps", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    // Minimal extraction: for each package, the names of its path dependencies.
    let mut deps: HashMap<String, Vec<String>> = HashMap::new();
    for pkg in text.split("{\"name\":\"").skip(1) {
        let name = pkg.split('"').next().unwrap().to_string();
        if !name.starts_with("pyrt") {
            continue;
        }
        let list: Vec<String> = pkg
            .split("\"name\":\"pyrt")
            .skip(1)
            .map(|d| format!("pyrt{}", d.split('"').next().unwrap()))
            .collect();
        deps.entry(name).or_insert(list);
    }
    let allowed: &[(&str, &[&str])] = &[
        ("pyrt-ir", &[]),
        ("pyrt-runtime", &[]),
        ("pyrt-frontend", &["pyrt-ir"]),
        ("pyrt-backend-js", &["pyrt-ir", "pyrt-runtime"]),
    ];
    for (pkg, ok) in allowed {
        let got = deps.get(*pkg).unwrap_or_else(|| panic!("package {pkg} not found"));
        for d in got {
            assert!(ok.contains(&d.as_str()), "{pkg} must not depend on {d} (see ARCHITECTURE.md)");
        }
    }
}
