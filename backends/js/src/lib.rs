//! The JavaScript backend: a lowered [`pyrt_ir::Module`] → one JS script.
//!
//! The output is the JS runtime ([`pyrt_runtime::JS_RUNTIME_PARTS`]) and this backend's few
//! helpers ([`pyrt_runtime::JS_RUNTIME_EXTRA`], names starting `$be_`), cut to the
//! declarations the program reaches ([`pyrt_runtime::js_runtime_for`]), then the module's
//! globals (`let g_x;`), one function declaration per IR function, and
//! `$main(f_main);`. It has no `import`/`export`, so hosts run it as a script
//! (`node out.js`, `js102 out.js`); it is also a valid ES module.
//!
//! The JS is built as swc AST and printed by swc_ecma_codegen ([`js`]); names are
//! mangled as [`names`] describes; `func` translates one function (structured
//! control flow, inlining of single-use values, parallel copies for jumps, and
//! CPython's recursion limit of 1000 frames, counted in `$be_depth`).
//!
//! Architecture invariant: the backend depends on the IR and the runtime's text
//! only; it never panics on a module the verifier accepts, and an op it cannot
//! translate is a [`Diagnostic::bug`], never wrong code.

// `Diagnostic` is the IR's error type throughout the pipeline; boxing it here only
// for the lint would make this crate's API differ from the other stages'.
#![allow(clippy::result_large_err)]

mod descs;
pub mod dts;
mod func;
pub mod js;
pub mod names;

use pyrt_ir::verify::verify_for_backend;
use js::E;
use pyrt_ir::{Diagnostic, Module, Span};

/// Translate a lowered module to one JS file (runtime included). A module
/// with exports (`--lib`) becomes an ES module exporting them: its body runs
/// when it is imported.
pub fn emit_js(m: &Module) -> Result<String, Diagnostic> {
    let program = emit_program(m)?;
    // Only the runtime's declarations the program reaches.
    let mut out = pyrt_runtime::js_runtime_for(&program);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str("// --- the translated program ---\n");
    out.push_str(&program);
    Ok(out)
}

/// Stack for translating: structuring, building and printing recurse once per
/// nesting level (a long `elif` chain nests that deep), so they run on a thread
/// with room for any program a person or generator writes.
const STACK_SIZE: usize = 1 << 30;

/// The translated program alone, without the runtime.
pub fn emit_program(m: &Module) -> Result<String, Diagnostic> {
    std::thread::scope(|s| {
        let worker = std::thread::Builder::new().name("pyrt-emit-js".into()).stack_size(STACK_SIZE).spawn_scoped(s, || emit_program_here(m));
        match worker {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|_| Err(Diagnostic::bug(Span::DUMMY, "JS backend: the translation thread panicked"))),
            // No thread to be had: try on this one.
            Err(_) => emit_program_here(m),
        }
    })
}

fn emit_program_here(m: &Module) -> Result<String, Diagnostic> {
    verify_for_backend(m, "JS backend")?;
    let Some(main) = m.main else {
        return Err(Diagnostic::bug(Span::DUMMY, "JS backend: the module has no main function"));
    };
    if m.funcs.get(main).is_none() {
        return Err(Diagnostic::bug(Span::DUMMY, format!("JS backend: main function {main} does not exist")));
    }
    let names = names::Names::new(m);
    let interop = uses_interop(m);
    let descs = descs::Descs::new(m, &names, interop || !m.exports.is_empty());
    // Closures are declared inside the functions they are defined in.
    let mut children: Vec<Vec<pyrt_ir::FuncId>> = vec![Vec::new(); m.funcs.len()];
    for (id, f) in m.funcs.iter() {
        if let Some(p) = f.parent.filter(|p| m.funcs.get(*p).is_some()) {
            children[p.0 as usize].push(id);
        }
    }
    fn emit_tree(
        m: &Module,
        names: &names::Names,
        descs: &descs::Descs,
        children: &[Vec<pyrt_ir::FuncId>],
        id: pyrt_ir::FuncId,
    ) -> Result<Vec<swc_ecma_ast::Stmt>, Diagnostic> {
        let mut nested = Vec::new();
        for &c in &children[id.0 as usize] {
            nested.extend(emit_tree(m, names, descs, children, c)?);
        }
        func::emit_function(m, names, descs, &m.funcs[id], names.func(id), nested)
    }
    let mut funcs = Vec::new();
    for (id, f) in m.funcs.iter() {
        if f.parent.is_none() {
            funcs.extend(emit_tree(m, &names, &descs, &children, id)?);
        }
    }
    let mut body = Vec::new();
    let fields = field_tables(m, &names, &descs);
    let library = !m.exports.is_empty();
    let methods = if interop || library { method_tables(m, &names, &descs) } else { vec![] };
    // A library's exports: each a JS face of its function (arguments checked
    // and converted by the parameters' types).
    let mut exports = Vec::new();
    for e in &m.exports {
        let Some(sig) = descs.func_sig(e.func, 0) else {
            return Err(Diagnostic::bug(Span::DUMMY, "JS backend: an export without its signature"));
        };
        exports.push(js::const_decl(&format!("$be_x_{}", e.name), js::call_named("$js_out", vec![js::id(names.func(e.func)), sig])));
    }
    body.extend(js::let_decl(&names.globals));
    body.extend(class_decls(m, &names));
    body.extend(descs.decls());
    body.extend(fields);
    body.extend(methods);
    body.extend(funcs);
    if library {
        body.push(js::expr_stmt(js::call_named("$lib_main", vec![js::id(names.func(main))])));
        body.extend(exports);
    } else {
        let mut main_args = vec![js::id(names.func(main))];
        if interop {
            body.push(js::expr_stmt(js::call_named("$js_install", vec![])));
            main_args.push(js::bool_lit(true));
        }
        body.push(js::expr_stmt(js::call_named("$main", main_args)));
    }
    let mut text = js::print_script(body).map_err(|e| Diagnostic::bug(Span::DUMMY, format!("JS backend: printing failed: {e}")))?;
    if library {
        let list: Vec<String> = m.exports.iter().map(|e| format!("$be_x_{0} as {0}", e.name)).chain(["$js_api as __pyrt__".to_string()]).collect();
        text.push_str(&format!("export {{ {} }};\n", list.join(", ")));
    }
    Ok(text)
}

/// One JS class per user class (built-in exceptions are the runtime's): it
/// extends its first base (or `$Object`), carries its Python name, and its
/// prototype holds its own methods (the frontend copies mixins' methods into the
/// classes that use them), so a call through any instance dispatches by the JS
/// prototype chain.
/// Each class's attributes with their type descriptors (its bases' included),
/// for the runtime's generic code that reads attributes (`"{0.x}".format(p)`).
fn field_tables(m: &Module, names: &names::Names, descs: &descs::Descs) -> Vec<swc_ecma_ast::Stmt> {
    let mut out = Vec::new();
    for (id, c) in m.classes.iter() {
        if c.builtin.is_some() {
            continue;
        }
        let mut fields: Vec<(String, pyrt_ir::Type)> = Vec::new();
        for (k, _) in c.chain.0.iter() {
            for (name, t) in &m.classes[*k].fields {
                if !fields.iter().any(|(n, _)| n == name) {
                    fields.push((name.clone(), t.clone()));
                }
            }
        }
        let props = fields.into_iter().map(|(n, t)| (names::slot(&n), descs.get(&t))).collect();
        out.push(js::expr_stmt(js::assign_member(js::id(names.class(id)), "$fields", js::object(props))));
    }
    out
}

/// Whether the program uses `import js`.
pub fn uses_interop(m: &Module) -> bool {
    m.funcs.values().any(|f| f.insts.values().any(|i| matches!(i.op, pyrt_ir::Op::Js(_))))
}

/// With `import js`: each class's methods JS may call through an instance's
/// face (public methods whose parameters all have types: declared, or given by
/// Python's calls), its bases' included: `C.$methods = {name: [slot, $t_fn(...)]}`.
fn method_tables(m: &Module, names: &names::Names, descs: &descs::Descs) -> Vec<swc_ecma_ast::Stmt> {
    let mut out = Vec::new();
    for (id, c) in m.classes.iter() {
        if c.builtin.is_some() {
            continue;
        }
        let methods: Vec<(String, E)> = dts::methods(m, id)
            .into_iter()
            .filter_map(|(name, f)| Some((name.clone(), js::array(vec![js::str_lit(&names::slot(&name)), descs.func_sig(f, 1)?]))))
            .collect();
        out.push(js::expr_stmt(js::assign_member(js::id(names.class(id)), "$methods", js::object(methods))));
    }
    out
}

fn class_decls(m: &Module, names: &names::Names) -> Vec<swc_ecma_ast::Stmt> {
    use pyrt_ir::Member;
    let mut out = Vec::new();
    for (id, c) in m.classes.iter() {
        if c.builtin.is_some() {
            continue;
        }
        let name = names.class(id);
        let base = match c.chain.base() {
            Some(b) => js::id(names.class(b.id())),
            None => js::id("$Object"),
        };
        out.push(js::class_decl(name, base));
        out.push(js::expr_stmt(js::assign_member(js::id(name), "$pyname", js::str_lit(&c.name))));
        let module = c.module.as_deref().unwrap_or("__main__");
        out.push(js::expr_stmt(js::assign_member(js::id(name), "$module", js::str_lit(module))));
        if !c.mixins.is_empty() {
            let list = js::array(c.mixins.iter().map(|k| js::id(names.class(*k))).collect());
            out.push(js::expr_stmt(js::assign_member(js::id(name), "$mixins", list)));
        }
        let proto = || js::member(js::id(name), "prototype");
        // CPython: a class that defines __eq__ but not __hash__ is unhashable.
        if c.members.contains_key("__eq__") && !c.members.contains_key("__hash__") {
            out.push(js::expr_stmt(js::assign_member(proto(), "__hash__", js::null())));
        }
        let mut set = |slot: &str, f: pyrt_ir::FuncId| {
            out.push(js::expr_stmt(js::assign_member(proto(), &names::slot(slot), js::id(names.func(f)))));
        };
        for (mname, member) in &c.members {
            match member {
                Member::Method(f) | Member::Static(f) | Member::ClassMethod(f) => set(mname, *f),
                Member::Property { get, set: s } => {
                    set(mname, *get);
                    if let Some(s) = s {
                        set(&format!("{mname}$set"), *s);
                    }
                }
                Member::Attr => {}
            }
        }
    }
    out
}
