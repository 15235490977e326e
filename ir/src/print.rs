//! The text form of the IR, used by `--dump-ir`, verifier errors and IR tests.
//!
//! ```text
//! global g0 counter: int checked
//! fn fn1 fib(v0: int) -> int {
//! block0(v0: int):
//!     v1: int = const 2
//!     v2: bool = IntLt v0, v1
//!     branch v2, block1(), block2()
//! }
//! ```

use crate::entities::{Block, Inst};
use crate::function::{BlockCall, Function, Terminator};
use crate::module::{Member, Module};
use std::fmt::Write;

pub fn print_module(m: &Module) -> String {
    let mut out = String::new();
    for (id, c) in m.classes.iter() {
        let base = c.chain.base().map(|b| format!(" < {}", b.id())).unwrap_or_default();
        let mro: Vec<String> = c.mro.iter().map(|x| x.to_string()).collect();
        let builtin = c.builtin.as_ref().map(|b| format!(" builtin {b}")).unwrap_or_default();
        let builtin = match &c.module {
            Some(m) => format!("{builtin} module {m}"),
            None => builtin,
        };
        let mixins: String = c.mixins.iter().map(|x| format!(" {x}")).collect();
        let mixins = if mixins.is_empty() { mixins } else { format!(" mixins{mixins}") };
        let _ = writeln!(out, "class {id} {}{base} mro {}{mixins}{builtin}", c.name, mro.join(" "));
        for (name, member) in &c.members {
            let _ = match member {
                Member::Attr => writeln!(out, "    attr {name}"),
                Member::Method(f) => writeln!(out, "    method {name} {f}"),
                Member::Static(f) => writeln!(out, "    static {name} {f}"),
                Member::ClassMethod(f) => writeln!(out, "    classmethod {name} {f}"),
                Member::Property { get, set: None } => writeln!(out, "    property {name} {get}"),
                Member::Property { get, set: Some(s) } => writeln!(out, "    property {name} {get} {s}"),
            };
        }
        for (name, t) in &c.fields {
            let _ = writeln!(out, "    field {name}: {t}");
        }
    }
    for (g, global) in m.globals.iter() {
        let checked = if global.checked { " checked" } else { "" };
        let _ = writeln!(out, "global {g} {}: {}{checked}", global.name, global.ty);
    }
    if let Some(main) = m.main {
        let _ = writeln!(out, "main {main}");
    }
    for (id, f) in m.funcs.iter() {
        out.push('\n');
        out.push_str(&print_function_with_id(f, &id.to_string()));
    }
    out
}

pub fn print_function(f: &Function) -> String { print_function_with_id(f, "fn") }

fn print_function_with_id(f: &Function, id: &str) -> String {
    let mut out = String::new();
    let params: Vec<String> = f
        .params()
        .iter()
        .zip(&f.param_names)
        .map(|(v, n)| format!("{n}: {}", f.values[*v].ty))
        .collect();
    let _ = writeln!(out, "fn {id} {}({}) -> {} {{", f.name, params.join(", "), f.ret);
    if let Some(p) = f.parent {
        let _ = writeln!(out, "parent {p}");
    }
    if f.generator {
        let _ = writeln!(out, "generator");
    }
    for (k, (name, t)) in f.slots.iter().enumerate() {
        let _ = writeln!(out, "slot {k} {name}: {t}");
    }
    for &b in &f.layout {
        print_block(&mut out, f, b);
    }
    out.push_str("}\n");
    out
}

fn print_block(out: &mut String, f: &Function, b: Block) {
    let data = &f.blocks[b];
    let params: Vec<String> = data.params.iter().map(|v| format!("{v}: {}", f.values[*v].ty)).collect();
    let _ = writeln!(out, "{b}({}):", params.join(", "));
    for &i in &data.insts {
        let _ = writeln!(out, "    {}", print_inst(f, i));
    }
    let term = match &data.term {
        Terminator::Jump(c) => format!("jump {}", call(c)),
        Terminator::Branch { cond, then_, else_ } => format!("branch {cond}, {}, {}", call(then_), call(else_)),
        Terminator::Return(v) => format!("return {v}"),
        Terminator::Unreachable => "unreachable".to_string(),
        Terminator::EndFinally => "end_finally".to_string(),
        Terminator::Try { body, handler, finally, after } => {
            let h = handler.map(|h| format!(" except {h}")).unwrap_or_default();
            let fin = finally.map(|h| format!(" finally {h}")).unwrap_or_default();
            format!("try {body}{h}{fin} after {}", call(after))
        }
    };
    let _ = writeln!(out, "    {term}");
}

pub fn print_inst(f: &Function, i: Inst) -> String {
    let inst = &f.insts[i];
    let args: Vec<String> = inst.args.iter().map(|a| a.to_string()).collect();
    let sep = if args.is_empty() { "" } else { " " };
    match inst.result {
        Some(r) => format!("{r}: {} = {}{sep}{}", f.values[r].ty, inst.op, args.join(", ")),
        None => format!("{}{sep}{}", inst.op, args.join(", ")),
    }
}

fn call(c: &BlockCall) -> String {
    let args: Vec<String> = c.args.iter().map(|a| a.to_string()).collect();
    format!("{}({})", c.block, args.join(", "))
}
