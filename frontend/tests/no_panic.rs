//! The frontend and the IR passes never panic, whatever the input: every
//! corpus file is mutated (lines dropped, duplicated or swapped, text cut,
//! tokens replaced) with a fixed seed, and each mutant goes through build →
//! annotate → every IR pass. Any outcome but a panic is fine.

mod common;
use common::{python_files, root};
use pyrt_frontend::SourceFile;
use pyrt_ir::FileId;
use pyrt_ir::passes::PASSES;


struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

const TOKENS: &[&str] = &[
    "None", "1.5", "\"s\"", "x", "(", ")", ":", "return", "global x", "f(", "**", "//", "-", "not", "and", "[1]", "{}",
    "lambda: 0", "yield", "while True:", "break", "1 if x else", "print(", "f\"{", "}\"", "\\", "\t", "range(", "int(",
];

fn mutate(src: &str, rng: &mut Lcg) -> String {
    let mut lines: Vec<String> = src.lines().map(String::from).collect();
    if lines.is_empty() {
        return String::new();
    }
    match rng.next(6) {
        0 => {
            let i = rng.next(lines.len());
            lines.remove(i);
        }
        1 => {
            let i = rng.next(lines.len());
            let l = lines[i].clone();
            lines.insert(rng.next(lines.len()), l);
        }
        2 => {
            let (a, b) = (rng.next(lines.len()), rng.next(lines.len()));
            lines.swap(a, b);
        }
        3 => {
            let text = lines.join("\n");
            let mut cut = rng.next(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            return text[..cut].to_string();
        }
        _ => {
            let i = rng.next(lines.len());
            let line = &lines[i];
            let mut at = rng.next(line.len() + 1);
            while !line.is_char_boundary(at) {
                at -= 1;
            }
            let tok = TOKENS[rng.next(TOKENS.len())];
            lines[i] = format!("{}{}{}", &line[..at], tok, &line[at..]);
        }
    }
    lines.join("\n")
}


fn compile(text: String) {
    let file = SourceFile { id: FileId(0), module_name: "fuzz".into(), text };
    if let Ok(mut m) = pyrt_frontend::build(&file)
        && pyrt_frontend::annotate(&mut m).is_ok() {
            for p in PASSES {
                (p.run)(&mut m);
            }
        }
}

#[test]
fn mutants_never_panic() {
    let root = root();
    let mut files = Vec::new();
    for dir in ["tests/run", "tests/diagnostics", "targets"] {
        python_files(&root.join(dir), &mut files);
    }
    let per_file: usize = std::env::var("PYRT_FUZZ_MUTANTS").ok().and_then(|v| v.parse().ok()).unwrap_or(40);
    let mut rng = Lcg(0x5eed);
    let mut failures = Vec::new();
    let mut count = 0;
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        for _ in 0..per_file {
            let mutant = mutate(&src, &mut rng);
            count += 1;
            let m2 = mutant.clone();
            if std::panic::catch_unwind(move || compile(m2)).is_err() {
                failures.push(format!("--- mutant of {}:\n{mutant}", f.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {count} mutants panicked; first:\n{}", failures.len(), failures[0]);
}
