//! What a benchmark session found, and its report: markdown tables, the
//! targets check and the speed-up chart.

use crate::benchmarks::{Benchmark, PYSTONE};
use crate::hosts::{Host, Impl};
use crate::measure::Spread;
use crate::svg::{self, ratio};
use crate::translate::{Sizes, Timings, Untranslated};
use std::fmt::Write;
use std::time::Duration;

/// One successful run of one implementation on one benchmark.
#[derive(Debug, Clone, Copy)]
pub struct Sample {
    /// Wall time in seconds.
    pub secs: f64,
    /// Peak resident memory in KiB.
    pub rss_kib: u64,
    /// pystone's own figure, for pystone runs.
    pub pystones: Option<f64>,
}

/// What happened to one implementation on one benchmark over the runs.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Every run so far succeeded.
    Ran(Vec<Sample>),
    /// A run failed, for this reason; later runs were skipped.
    Failed(String),
    /// The wasm backend refused the program (its translations say why): as
    /// if the host were missing, for this benchmark only; not a failure.
    Refused,
}

/// The translations of one benchmark by one backend, one per run.
pub type Translations = Result<Vec<Timings>, Untranslated>;

/// Everything measured for one benchmark.
#[derive(Debug)]
pub struct BenchResult {
    /// The benchmark.
    pub bench: Benchmark,
    /// Its argument in this session.
    pub arg: u64,
    /// Where its source came from, for the report.
    pub source: String,
    /// The implementations that run it, and how they did.
    pub outcomes: Vec<(Impl, Outcome)>,
    /// Translations to JS.
    pub js: Translations,
    /// Translations to C (with the C compile).
    pub c: Translations,
    /// Translations to wasm (module and loader).
    pub wasm: Translations,
    /// The sizes of pyrt's outputs.
    pub sizes: Sizes,
}

impl BenchResult {
    /// The samples of `imp`, when it ran successfully.
    fn samples(&self, imp: Impl) -> Option<&[Sample]> {
        match self.outcomes.iter().find(|(i, _)| *i == imp)? {
            (_, Outcome::Ran(samples)) if !samples.is_empty() => Some(samples),
            _ => None,
        }
    }

    /// The median and range of wall time of `imp`, when it ran successfully.
    fn time(&self, imp: Impl) -> Option<Spread> {
        Spread::of(&self.samples(imp)?.iter().map(|s| s.secs).collect::<Vec<_>>())
    }

    /// CPython's median time over `imp`'s.
    fn speedup(&self, imp: Impl) -> Option<f64> {
        Some(self.time(Impl::Cpython)?.median / self.time(imp)?.median)
    }

    /// One table cell for `imp`, from its samples, or why there is none.
    fn cell(&self, imp: Impl, show: impl Fn(&[Sample]) -> Option<String>) -> String {
        match self.outcomes.iter().find(|(i, _)| *i == imp) {
            None => "—".to_string(),
            Some((_, Outcome::Failed(why))) => format!("FAILED ({})", why.replace('|', "\\|")),
            Some((_, Outcome::Refused)) => "refused".to_string(),
            Some((_, Outcome::Ran(samples))) => show(samples).unwrap_or_else(|| "—".to_string()),
        }
    }
}

/// A whole session.
#[derive(Debug)]
pub struct Session {
    /// When it started (UTC).
    pub date: String,
    /// The CPU model and core count.
    pub machine: String,
    /// The repository's `git describe --always --dirty`, when known.
    pub commit: Option<String>,
    /// Runs per benchmark and implementation.
    pub runs: usize,
    /// Whether this was a `--quick` smoke test.
    pub quick: bool,
    /// Every selected implementation: its host, or why it was skipped.
    pub hosts: Vec<(Impl, Result<Host, String>)>,
    /// RPython's translation time, when its binary exists.
    pub rpython_translate: Option<Duration>,
    /// The size of RPython's pystone binary, and stripped.
    pub rpython_sizes: Sizes,
    /// The benchmarks.
    pub benches: Vec<BenchResult>,
}

/// The pystone target's limits: translation to JS and the native binary.
const PYSTONE_JS_MS: f64 = 50.0;
const PYSTONE_NATIVE_BYTES: u64 = 150_000;

impl Session {
    /// The implementations that have a column: those whose host was found.
    fn columns(&self) -> Vec<Impl> {
        self.hosts.iter().filter(|(_, host)| host.is_ok()).map(|&(imp, _)| imp).collect()
    }

    /// The report in markdown; the chart is `chart` beside it.
    pub fn markdown(&self, chart: &str) -> String {
        let mut md = String::new();
        let columns = self.columns();
        let _ = writeln!(md, "# pyrt benchmarks\n");
        let kind = if self.quick { " (`--quick`: a smoke test, about a twentieth of the work)" } else { "" };
        let _ = writeln!(md, "- date: {}", self.date);
        let _ = writeln!(md, "- machine: {}", self.machine);
        if let Some(commit) = &self.commit {
            let _ = writeln!(md, "- pyrt commit: `{commit}`");
        }
        let _ = writeln!(md, "- runs: {} per benchmark and implementation, interleaved{kind}\n", self.runs);

        let _ = writeln!(md, "## Implementations\n\n| implementation | version |\n|---|---|");
        for (imp, host) in &self.hosts {
            let version = match host {
                Ok(host) => host.version.clone(),
                Err(why) => format!("skipped: {why}"),
            };
            let _ = writeln!(md, "| {} | {} |", imp.name(), version.replace('|', "\\|"));
        }

        let _ = writeln!(md, "\n## Benchmarks\n\n| benchmark | argument | source |\n|---|---|---|");
        for b in &self.benches {
            let _ = writeln!(md, "| {} | {} {} | {} |", b.bench.name, b.arg, b.bench.arg_meaning, b.source);
        }

        let runs = self.runs;
        let _ = writeln!(md, "\n## Run time\n\nWall time in seconds: median (min–max) over {runs} runs.\n");
        self.table(&mut md, &columns, |b, imp| {
            b.cell(imp, |s| {
                let t = Spread::of(&s.iter().map(|s| s.secs).collect::<Vec<_>>())?;
                Some(format!("{:.3} ({:.3}–{:.3})", t.median, t.min, t.max))
            })
        });
        if self.benches.iter().any(|b| matches!(b.wasm, Err(Untranslated::Refused(_)))) {
            let _ = writeln!(md, "\nrefused: the wasm backend does not translate that program yet (`E0800`, why under Translation); pyrt-wasm sits it out.");
        }

        let others: Vec<Impl> = columns.iter().copied().filter(|&i| i != Impl::Cpython).collect();
        let _ = writeln!(md, "\n## Speed-up over CPython 3.11\n\nCPython's median time over each implementation's.\n\n![speed-up over CPython]({chart})\n");
        self.table(&mut md, &others, |b, imp| b.cell(imp, |_| b.speedup(imp).map(ratio)));

        self.pystones(&mut md, &columns);
        self.translation(&mut md);
        self.sizes(&mut md);

        let _ = writeln!(md, "\n## Peak memory\n\nMaximum resident set in MiB, median over {runs} runs.\n");
        self.table(&mut md, &columns, |b, imp| {
            b.cell(imp, |s| Some(format!("{:.1}", Spread::of(&s.iter().map(|s| s.rss_kib as f64).collect::<Vec<_>>())?.median / 1024.0)))
        });

        self.targets(&mut md);
        md
    }

    /// A table with a row per benchmark and a column per implementation.
    fn table(&self, md: &mut String, columns: &[Impl], cell: impl Fn(&BenchResult, Impl) -> String) {
        let names: Vec<&str> = columns.iter().map(|i| i.name()).collect();
        let _ = writeln!(md, "| benchmark | {} |\n|---|{}", names.join(" | "), "---|".repeat(names.len()));
        for b in &self.benches {
            let cells: Vec<String> = columns.iter().map(|&imp| cell(b, imp)).collect();
            let _ = writeln!(md, "| {} | {} |", b.bench.name, cells.join(" | "));
        }
    }

    /// The benchmarks proper: all but the start-up measure.
    fn benchmarks(&self) -> impl Iterator<Item = &BenchResult> { self.benches.iter().filter(|b| !b.bench.startup) }

    /// The pystone benchmark, when it was selected.
    fn pystone(&self) -> Option<&BenchResult> {
        self.benches.iter().find(|b| b.bench.name == PYSTONE)
    }

    /// The median pystones/second of `imp`.
    fn pystones_of(&self, imp: Impl) -> Option<f64> {
        let samples = self.pystone()?.samples(imp)?;
        Some(Spread::of(&samples.iter().filter_map(|s| s.pystones).collect::<Vec<_>>())?.median)
    }

    fn pystones(&self, md: &mut String, columns: &[Impl]) {
        let Some(pystone) = self.pystone() else { return };
        let _ = writeln!(md, "\n## Pystones per second\n\npystone's own figure, median over {} runs.\n", self.runs);
        let _ = writeln!(md, "| implementation | pystones/second | × CPython |\n|---|---|---|");
        let cpython = self.pystones_of(Impl::Cpython);
        for &imp in columns {
            let figure = pystone.cell(imp, |_| Some(format!("{:.0}", self.pystones_of(imp)?)));
            let relative = self.pystones_of(imp).zip(cpython).map_or("—".to_string(), |(p, c)| ratio(p / c));
            let _ = writeln!(md, "| {} | {figure} | {relative} |", imp.name());
        }
        self.wasm_pystones(md);
    }

    /// An informational line, not a target: pyrt-wasm's pystones/second
    /// against CPython's and pyrt-c's, when pyrt-wasm has a column.
    fn wasm_pystones(&self, md: &mut String) {
        if !self.columns().contains(&Impl::PyrtWasm) {
            return;
        }
        let text = match self.pystones_of(Impl::PyrtWasm) {
            Some(wasm) => {
                let versus = |imp: Impl| self.pystones_of(imp).map_or("—".to_string(), |p| ratio(wasm / p));
                format!("{} CPython's figure, {} pyrt-c's", versus(Impl::Cpython), versus(Impl::PyrtC))
            }
            None => "not measured".to_string(),
        };
        let _ = writeln!(md, "\npyrt-wasm on pystone (informational, not a target): {text}.");
    }

    fn translation(&self, md: &mut String) {
        let _ = writeln!(
            md,
            "\n## Translation\n\nMilliseconds, median over {} translations, from `pyrt translate --timings`; \
             pyrt = its own time (total − cc), cc = the C compiler.\n",
            self.runs
        );
        let _ = writeln!(md, "| benchmark | backend | build | annotate | lower | simplify | emit | pyrt | cc | total |");
        let _ = writeln!(md, "|---|---|---|---|---|---|---|---|---|---|");
        for b in &self.benches {
            for (backend, translations) in [("js", &b.js), ("c", &b.c), ("wasm", &b.wasm)] {
                let cells = match translations {
                    Err(Untranslated::Failed(why)) => format!("FAILED ({}){}", why.replace('|', "\\|"), " | —".repeat(7)),
                    Err(Untranslated::Refused(why)) => format!("refused ({}){}", why.replace('|', "\\|"), " | —".repeat(7)),
                    Ok(ts) => {
                        let median = |f: &dyn Fn(&Timings) -> Option<f64>| {
                            Spread::of(&ts.iter().filter_map(f).collect::<Vec<_>>()).map_or("—".to_string(), |s| format!("{:.2}", s.median))
                        };
                        let mut cells: Vec<String> =
                            ["build", "annotate", "lower", "simplify", "emit"].iter().map(|stage| median(&|t| t.get(stage))).collect();
                        cells.push(median(&|t| Some(t.pyrt_ms())));
                        cells.push(if backend == "c" { median(&|t| Some(t.cc_ms())) } else { "—".to_string() });
                        cells.push(median(&|t| t.get("total")));
                        cells.join(" | ")
                    }
                };
                let _ = writeln!(md, "| {} | pyrt {backend} | {cells} |", b.bench.name);
            }
            if b.bench.name == PYSTONE
                && let Some(took) = self.rpython_translate
            {
                let _ = writeln!(md, "| pystone | RPython --opt=2 | — | — | — | — | — | — | — | {:.0} |", took.as_secs_f64() * 1000.0);
            }
        }
        if self.rpython_translate.is_some() {
            let _ = writeln!(md, "\nRPython's figure is its whole translation (annotation, RTyping, C source and compile), timed when its cached binary was built.");
        }
    }

    fn sizes(&self, md: &mut String) {
        let _ = writeln!(
            md,
            "\n## Sizes\n\nBytes; wasm is the module alone (its JS loader not counted).\n\n\
             | benchmark | JS | JS gzip -9 | native | native stripped | wasm |\n|---|---|---|---|---|---|"
        );
        let show = |v: Option<u64>| v.map_or("—".to_string(), |v| v.to_string());
        let row = |md: &mut String, name: &str, s: &Sizes| {
            let (js, js_gzip, native, stripped, wasm) = (show(s.js), show(s.js_gzip), show(s.native), show(s.native_stripped), show(s.wasm));
            let _ = writeln!(md, "| {name} | {js} | {js_gzip} | {native} | {stripped} | {wasm} |");
        };
        for b in &self.benches {
            row(md, b.bench.name, &b.sizes);
            if b.bench.name == PYSTONE && self.rpython_sizes.native.is_some() {
                row(md, "pystone (rpython-c)", &self.rpython_sizes);
            }
        }
    }

    fn targets(&self, md: &mut String) {
        let _ = writeln!(md, "\n## Targets\n");
        let verdict = |met: bool| if met { "**met**" } else { "**missed**" };
        let mut line = |text: String| {
            let _ = writeln!(md, "- {text}");
        };

        let (c, rpy) = (self.pystones_of(Impl::PyrtC), self.pystones_of(Impl::RpythonC));
        line(match c.zip(rpy) {
            Some((c, r)) => format!(
                "(a) pyrt-c at least as fast as rpython-c on pystone: {} — {c:.0} vs {r:.0} pystones/s ({})",
                verdict(c >= r),
                ratio(c / r)
            ),
            None => "(a) pyrt-c at least as fast as rpython-c on pystone: **not measured** (no pystones figure for both)".into(),
        });

        let mut misses = Vec::new();
        let mut measured = 0;
        for b in self.benchmarks() {
            match b.time(Impl::PyrtNode).zip(b.time(Impl::PyrtC)) {
                Some((node, c)) => {
                    measured += 1;
                    if node.median > 2.0 * c.median {
                        misses.push(format!("{} ({:.3} s vs {:.3} s, {})", b.bench.name, node.median, c.median, ratio(node.median / c.median)));
                    }
                }
                None => misses.push(format!("{} (not measured)", b.bench.name)),
            }
        }
        line(format!(
            "(b) pyrt-js on node at least half as fast as pyrt-c, per benchmark: {} — {}",
            verdict(misses.is_empty() && measured > 0),
            list_or(&misses, "node within 2× of pyrt-c on every benchmark", "slower than half: ")
        ));

        let mut misses = Vec::new();
        for b in self.benchmarks() {
            // The targets predate the wasm backend: pyrt-wasm is reported, not judged.
            for imp in Impl::ALL.into_iter().filter(|&i| i.is_pyrt() && i != Impl::PyrtWasm && self.columns().contains(&i)) {
                match b.time(imp).zip(b.time(Impl::Pypy3)) {
                    Some((t, pypy)) if t.median < pypy.median => {}
                    Some((t, pypy)) => misses.push(format!("{} on {} ({:.3} s vs PyPy3 {:.3} s)", imp.name(), b.bench.name, t.median, pypy.median)),
                    None => misses.push(format!("{} on {} (not measured)", imp.name(), b.bench.name)),
                }
            }
        }
        line(format!(
            "(c) every pyrt backend faster than PyPy3 on every benchmark: {} — {}",
            verdict(misses.is_empty()),
            list_or(&misses, "all faster", "misses: ")
        ));

        let js_ms = match self.pystone().map(|b| &b.js) {
            Some(Ok(ts)) => Spread::of(&ts.iter().map(Timings::pyrt_ms).collect::<Vec<_>>()).map(|s| s.median),
            _ => None,
        };
        line(match js_ms {
            Some(ms) => format!("(d) translating pystone to JS in under {PYSTONE_JS_MS:.0} ms: {} — {ms:.2} ms", verdict(ms < PYSTONE_JS_MS)),
            None => format!("(d) translating pystone to JS in under {PYSTONE_JS_MS:.0} ms: **not measured**"),
        });

        line(match self.pystone().and_then(|b| b.sizes.native) {
            Some(bytes) => format!(
                "(e) the native pystone binary under {} KB: {} — {bytes} bytes",
                PYSTONE_NATIVE_BYTES / 1000,
                verdict(bytes < PYSTONE_NATIVE_BYTES)
            ),
            None => format!("(e) the native pystone binary under {} KB: **not measured**", PYSTONE_NATIVE_BYTES / 1000),
        });
    }

    /// The speed-up chart: a group per benchmark, a bar per implementation
    /// other than CPython.
    pub fn svg(&self) -> String {
        let groups: Vec<&str> = self.benchmarks().map(|b| b.bench.name).collect();
        let series: Vec<(&str, Vec<Option<f64>>)> = self
            .columns()
            .into_iter()
            .filter(|&i| i != Impl::Cpython)
            .map(|imp| (imp.name(), self.benchmarks().map(|b| b.speedup(imp)).collect()))
            .collect();
        let title = format!("Speed-up over CPython 3.11 (median of {} runs, log scale)", self.runs);
        svg::bar_chart(&title, &groups, &series)
    }
}

/// `items` joined after `prefix`, or `none` when there are none.
fn list_or(items: &[String], none: &str, prefix: &str) -> String {
    if items.is_empty() { none.to_string() } else { format!("{prefix}{}", items.join("; ")) }
}
