//! The `pyrt` command: argument parsing and the driver. This is the only place
//! that does IO (reading sources, writing outputs, running hosts).

mod driver;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "pyrt", version, about = "Translate a statically typable subset of Python 3 to JavaScript, WebAssembly or C")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum, Debug)]
pub enum Backend {
    /// One JS script (runs on node, js102, jsc)
    Js,
    /// A native executable, compiled from C99 by the system cc at -O2
    C,
    /// A WebAssembly module (TARGET.wasm) and its JS loader (TARGET.mjs)
    Wasm,
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum, Debug, Default)]
pub enum WasmTarget {
    /// The module and a JS loader that runs it on node and in browsers
    #[default]
    Js,
    /// The module alone, for any WASI preview1 runtime (node:wasi, wasmtime)
    Wasi,
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum, Debug)]
pub enum Host {
    /// node (V8)
    Node,
    /// SpiderMonkey's shell from Debian's libmozjs-102-dev
    Js102,
    /// JavaScriptCore's shell from Debian's libjavascriptcoregtk-4.0-bin
    Jsc,
}

#[derive(clap::Args, Debug)]
pub struct TranslateOpts {
    /// The backend to translate to.
    #[arg(long, value_enum)]
    pub backend: Backend,
    /// Print the IR after a stage, e.g. `after:annotate` (stages: build, annotate, lower, simplify).
    #[arg(long, value_name = "after:STAGE")]
    pub dump_ir: Option<String>,
    /// Print how long each stage took (to stderr).
    #[arg(long)]
    pub timings: bool,
    /// Make an ES module for JS to import (js backend): it exports the main
    /// module's public functions and classes (or those in `__all__`), and
    /// `NAME.d.ts` beside it declares their types.
    #[arg(long)]
    pub lib: bool,
    /// What the wasm backend's module is for.
    #[arg(long = "target", id = "wasm_target", value_enum, default_value = "js")]
    pub wasm_target: WasmTarget,
}

#[derive(Subcommand)]
enum Command {
    /// Translate a program; writes TARGET.js (js), the executable TARGET-c (c), or
    /// TARGET.wasm and its loader TARGET.mjs (wasm; the module alone with
    /// --target=wasi) beside it, or -o (for c, an -o ending in `.c` writes the C
    /// source instead).
    Translate {
        #[command(flatten)]
        opts: TranslateOpts,
        /// Output file.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The program's main file.
        target: PathBuf,
    },
    /// Translate into a temporary directory and run the result, passing output and exit status through.
    Run {
        #[command(flatten)]
        opts: TranslateOpts,
        /// The host that runs JS output (the c backend's output runs natively).
        #[arg(long, value_enum, default_value = "node")]
        host: Host,
        /// The program's main file.
        target: PathBuf,
        /// Arguments for the program (its argv[1:]).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Run the frontend only: report diagnostics (exit 1 on any error).
    Check {
        /// Also print each function's inferred signature.
        #[arg(long)]
        types: bool,
        /// The program's main file.
        target: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // The stages recurse over syntax trees and structured control flow; a big
    // stack (reserved, not committed, until used) keeps deep programs from
    // overflowing it.
    let worker = std::thread::Builder::new().stack_size(1 << 30).spawn(move || match cli.command {
        Command::Translate { opts, output, target } => driver::translate_cmd(&opts, &target, output),
        Command::Run { opts, host, target, args } => driver::run_cmd(&opts, host, &target, &args),
        Command::Check { types, target } => driver::check_cmd(&target, types),
    });
    let code = match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("error: pyrt could not start its worker thread");
            70
        }
    };
    ExitCode::from(code)
}
