//! IR tests are files: `cases/NAME.ir` holds a module in the text form and a
//! first line `; run: <pass>` (a pass from `PASSES`, or `verify-typed`,
//! `verify-lowered` to list verifier errors). The result — the module printed
//! after the pass, or the verifier's errors — must equal `cases/NAME.expected`.
//! Re-bless with `PYRT_BLESS=1 cargo test -p pyrt-ir --test passes`.

use pyrt_ir::parse::parse_module;
use pyrt_ir::passes::PASSES;
use pyrt_ir::print::print_module;
use pyrt_ir::verify::{Level, verify_module};
use std::path::Path;

fn run_case(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let run = text.lines().next().and_then(|l| l.strip_prefix("; run: ")).ok_or("first line must be `; run: <pass>`")?.trim();
    let mut m = parse_module(&text)?;
    let got = match run {
        "verify-typed" | "verify-lowered" => {
            let level = Level { typed: true, lowered: run == "verify-lowered" };
            match verify_module(&m, level) {
                Ok(()) => "ok\n".to_string(),
                Err(errs) => errs.join("\n") + "\n",
            }
        }
        pass => {
            let p = PASSES.iter().find(|p| p.name == pass).ok_or_else(|| format!("no pass `{pass}`"))?;
            verify_module(&m, Level { typed: true, lowered: false }).map_err(|e| format!("input does not verify: {e:?}"))?;
            (p.run)(&mut m);
            verify_module(&m, p.level).map_err(|e| format!("output does not verify: {e:?}"))?;
            print_module(&m)
        }
    };
    let expected_path = path.with_extension("expected");
    if std::env::var_os("PYRT_BLESS").is_some() {
        std::fs::write(&expected_path, &got).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(&expected_path).map_err(|_| format!("no {} (bless with PYRT_BLESS=1):\n{got}", expected_path.display()))?;
    if expected != got { Err(format!("expected:\n{expected}\ngot:\n{got}")) } else { Ok(()) }
}

#[test]
fn ir_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "ir")).collect();
    files.sort();
    assert!(!files.is_empty());
    let failures: Vec<String> = files.iter().filter_map(|f| run_case(f).err().map(|e| format!("{}: {e}", f.display()))).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
