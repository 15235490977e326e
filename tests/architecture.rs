//! Holds the dependency arrows of ARCHITECTURE.md: backends never depend on the
//! frontend or on each other; the IR and the runtime depend on no project crate.

use std::collections::HashMap;
use std::process::Command;

/// Each project package and the project packages it depends on (any kind).
fn project_deps() -> HashMap<String, Vec<String>> {
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version=1", "--no-deps", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).expect("cargo metadata prints JSON");
    let mut deps = HashMap::new();
    for pkg in meta["packages"].as_array().expect("packages") {
        let name = pkg["name"].as_str().unwrap().to_string();
        let list = pkg["dependencies"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["name"].as_str().unwrap().to_string())
            .filter(|d| d.starts_with("pyrt"))
            .collect();
        deps.insert(name, list);
    }
    deps
}

fn violations(deps: &HashMap<String, Vec<String>>) -> Vec<String> {
    let allowed: &[(&str, &[&str])] = &[
        ("pyrt-ir", &[]),
        ("pyrt-runtime", &[]),
        ("pyrt-frontend", &["pyrt-ir"]),
        ("pyrt-backend-js", &["pyrt-ir", "pyrt-runtime"]),
        ("pyrt-backend-c", &["pyrt-ir", "pyrt-runtime"]),
        ("pyrt-backend-wasm", &["pyrt-ir", "pyrt-runtime"]),
        // The harness measures the pyrt binary from outside.
        ("pyrt-bench", &[]),
    ];
    let mut out = Vec::new();
    for (pkg, ok) in allowed {
        match deps.get(*pkg) {
            None => out.push(format!("package {pkg} not found")),
            Some(got) => out.extend(got.iter().filter(|d| !ok.contains(&d.as_str())).map(|d| format!("{pkg} must not depend on {d}"))),
        }
    }
    out
}

#[test]
fn dependency_arrows() {
    let deps = project_deps();
    assert!(deps.len() >= 5, "expected the workspace's packages, got {deps:?}");
    let v = violations(&deps);
    assert!(v.is_empty(), "{} (see ARCHITECTURE.md)", v.join("; "));
}

#[test]
fn a_forbidden_arrow_is_caught() {
    let mut deps = project_deps();
    deps.get_mut("pyrt-backend-js").unwrap().push("pyrt-frontend".into());
    assert_eq!(violations(&deps), vec!["pyrt-backend-js must not depend on pyrt-frontend".to_string()]);
}
