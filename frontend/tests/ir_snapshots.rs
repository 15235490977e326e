//! IR snapshots: the text form of a small program after each stage. Re-bless
//! with `INSTA_UPDATE=always cargo test -p pyrt-frontend --test ir_snapshots`.

use pyrt_frontend::SourceFile;
use pyrt_ir::FileId;
use pyrt_ir::passes::PASSES;
use pyrt_ir::print::print_module;

const GCD: &str = "\
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def classify(n):
    if n < 0:
        kind = \"negative\"
    elif n == 0:
        kind = \"zero\"
    else:
        kind = \"positive\"
    return kind

total = 0
for i in range(1, 4):
    total += gcd(12 * i, 18)
print(total, classify(total - 9), sep=\": \")
";

fn stages(src: &str) -> Vec<(&'static str, String)> {
    let file = SourceFile { id: FileId(0), module_name: "gcd".into(), text: src.into() };
    let mut m = pyrt_frontend::build(&file).expect("builds");
    let mut out = vec![("build", print_module(&m))];
    pyrt_frontend::annotate(&mut m).expect("annotates");
    out.push(("annotate", print_module(&m)));
    for p in PASSES {
        (p.run)(&mut m);
        out.push((p.name, print_module(&m)));
    }
    out
}

#[test]
fn gcd_program_through_every_stage() {
    for (stage, text) in stages(GCD) {
        insta::assert_snapshot!(format!("gcd_after_{stage}"), text);
    }
}

#[test]
fn unbound_local_gets_a_check_only_where_needed() {
    let src = "def f(c):\n    if c:\n        x = 1\n    y = 2\n    return x + y\nprint(f(True))\n";
    let (_, text) = stages(src).pop().unwrap();
    // `x` may be unassigned: one check; `y` is always assigned: none.
    assert_eq!(text.matches("check_defined").count(), 1, "{text}");
    assert!(text.contains("check_defined \"x\""), "{text}");
}
