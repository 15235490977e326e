//! AST → SSA flow graphs. Name resolution happens here: every name is a local
//! (an SSA variable), a module global, a module-level function, or a builtin.
//!
//! SSA is built on the fly (Braun et al., "Simple and Efficient Construction of
//! Static Single Assignment Form", CC 2013) with block parameters for phis.
//! Each local also has a *definedness flag* variable, so a read that may see an
//! unassigned variable raises UnboundLocalError exactly as CPython does; flags
//! proven true everywhere fold away in `ir::passes::simplify`.
//!
//! Calls of module functions are resolved here: keyword arguments are matched
//! and defaults filled in, so the IR only has positional direct calls.

use crate::SourceFile;
use crate::parse::ast::{self, Expr, Ranged, Stmt};
use crate::parse::span as span_of;
use pyrt_ir::passes::remove_trivial_params;
use pyrt_ir::{
    BinOp, Block, BlockCall, Builtin, CmpOp, Const, Diagnostic, EntityRef, FileId, FuncId, Function, Global, GlobalId,
    Module, Op, Span, Terminator, Type, UnaryOp, Value, codes,
};
use std::collections::{HashMap, HashSet};

/// The builtins of the current slice.
const BUILTINS: &[&str] = &[
    "print", "str", "repr", "int", "float", "bool", "abs", "len", "min", "max", "round", "range", "list", "dict", "set",
    "tuple", "sorted", "reversed", "enumerate", "zip", "sum", "any", "all", "chr", "ord", "hex", "oct", "bin", "iter",
    "next", "divmod", "pow", "format", "map", "filter", "input",
];
/// Builtins that may be used as values (each through a one-parameter function).
const WRAPPABLE: &[&str] = &["len", "abs", "str", "repr", "int", "float", "bool", "ord", "chr", "sorted", "list", "sum", "min", "max", "tuple", "hex", "round"];
/// Builtins that defeat whole-program translation.
const DYNAMIC: &[&str] = &["eval", "exec", "compile", "getattr", "setattr", "delattr", "globals", "locals", "vars", "__import__", "type"];
/// Builtins pyrt does not provide yet (a clear refusal rather than "undefined").
const NOT_YET: &[&str] = &[
    "isinstance", "open", "hash", "id",
    "super", "object", "hasattr", "callable", "frozenset", "bytes", "bytearray", "complex", "slice",
    "staticmethod", "classmethod", "property", "issubclass", "ascii", "exit", "quit",
];

type R<T> = Result<T, ()>;

/// How deeply expressions may nest. CPython's compiler gives up (RecursionError)
/// somewhat below 3000 levels; pyrt refuses earlier, with a diagnostic.
const MAX_NESTING: usize = 1000;

fn is_builtin_name(name: &str) -> bool { BUILTINS.contains(&name) || NOT_YET.contains(&name) || DYNAMIC.contains(&name) }

fn shadow_message(name: &str) -> String {
    format!("`{name}` shadows the builtin of that name; pyrt resolves names statically and cannot switch from the builtin to this binding when it runs — rename it")
}

mod classes;
mod closures;
mod exceptions;
mod imports;

pub use imports::{LIBRARY, imported_module_names};

use pyrt_ir::{ClassId, DefaultArg};

#[derive(Clone)]
struct FuncSig {
    id: FuncId,
    params: Vec<String>,
    defaults: Vec<Option<DefaultArg>>,
    /// The `def` statement (only module-level `def`s are functions).
    range: ast::TextRange,
    /// The signature was refused; calls are not checked against it (no cascades).
    refused: bool,
    /// Set when a call may run before the `def` statement: the `def` assigns
    /// this global, and calls read it first (NameError when unassigned).
    defined_flag: Option<GlobalId>,
    /// The function takes `*args`: each number of extra arguments a call
    /// passes gets a copy of the function (its `*args` a tuple of that length).
    vararg: bool,
    /// A generator function.
    generator: bool,
}

struct Program<'a> {
    file: FileId,
    text: &'a str,
    module_name: &'a str,
    target_mode: bool,
    m: Module,
    diags: Vec<Diagnostic>,
    funcs: HashMap<String, FuncSig>,
    globals: HashMap<String, GlobalId>,
    /// Library modules imported by name (`import math as m`: m → math), and
    /// names imported from them (`from math import sqrt`: sqrt → (math, sqrt)).
    lib_modules: HashMap<String, String>,
    lib_names: HashMap<String, (String, String)>,
    /// The program's classes by name, and the built-in exception classes it uses.
    classes: HashMap<String, ClassId>,
    builtin_classes: HashMap<String, ClassId>,
    /// The signatures of methods.
    methods: HashMap<FuncId, FuncSig>,
    /// The program's own modules imported by name (`import geo.vec as v`: v → geo.vec;
    /// `import geo.vec`: geo → geo), and functions and classes imported from them
    /// (`from geo import Vec`: Vec → (geo, Vec)).
    user_modules: HashMap<String, String>,
    user_names: HashMap<String, (String, String)>,
    /// The modules built so far, by name: their names, and their init
    /// functions with the flag saying whether the body ran.
    scopes: HashMap<String, ModScope>,
    /// Whether the module being built is the program's main module.
    is_main: bool,
    /// The module being built imports `js` (so `async def` may run on JS's event loop).
    uses_js: bool,
    /// Functions with `*args`: their `def`, and their copy for each number of
    /// extra arguments, built after the module's other functions.
    vararg_defs: HashMap<FuncId, &'a ast::StmtFunctionDef>,
    vararg_copies: HashMap<(FuncId, usize), FuncId>,
    vararg_pending: Vec<(FuncId, FuncId)>,
}

/// A module's namespace, kept for the modules that import it.
#[derive(Clone, Default)]
struct ModScope {
    funcs: HashMap<String, FuncSig>,
    globals: HashMap<String, GlobalId>,
    classes: HashMap<String, ClassId>,
    user_names: HashMap<String, (String, String)>,
    init: Option<(FuncId, GlobalId)>,
}

impl Program<'_> {
    /// A test of `__name__` against a string, decided at translation time.
    fn static_test(&self, e: &Expr) -> Option<bool> {
        let Expr::Compare(c) = e else { return None };
        let ([op], [rhs]) = (&*c.ops, &*c.comparators) else { return None };
        let name = match (&*c.left, rhs) {
            (Expr::Name(n), Expr::StringLiteral(s)) | (Expr::StringLiteral(s), Expr::Name(n)) if n.id.as_str() == "__name__" => s.value.to_str(),
            _ => return None,
        };
        let actual = if self.target_mode || !self.is_main { self.module_name } else { "__main__" };
        match op {
            ast::CmpOp::Eq => Some(name == actual),
            ast::CmpOp::NotEq => Some(name != actual),
            _ => None,
        }
    }

    /// The module's functions: its top-level `def`s and those in the branches
    /// of `if __name__ == ...` tests that run.
    fn module_defs<'b>(&self, body: &'b [Stmt], out: &mut Vec<&'b ast::StmtFunctionDef>) {
        for s in body {
            match s {
                Stmt::FunctionDef(d) => out.push(d),
                Stmt::If(i) => {
                    let mut clauses: Vec<(Option<&Expr>, &'b [Stmt])> = vec![(Some(&*i.test), &i.body)];
                    clauses.extend(i.elif_else_clauses.iter().map(|c| (c.test.as_ref(), &c.body[..])));
                    for (test, body) in clauses {
                        match test.map(|t| self.static_test(t)) {
                            None => {
                                self.module_defs(body, out);
                                break;
                            }
                            Some(Some(true)) => {
                                self.module_defs(body, out);
                                break;
                            }
                            Some(Some(false)) => continue,
                            Some(None) => break,
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn span(&self, r: ast::TextRange) -> Span { span_of(self.file, r) }
    fn error(&mut self, code: &'static str, r: ast::TextRange, msg: impl Into<String>) {
        let d = Diagnostic::error(code, self.span(r), msg);
        self.diags.push(d);
    }
    fn global(&mut self, name: &str, r: ast::TextRange) -> GlobalId {
        if let Some(&g) = self.globals.get(name) {
            return g;
        }
        let span = self.span(r);
        let g = self.m.globals.push(Global { name: name.to_string(), ty: Type::Unknown, span, checked: true });
        self.globals.insert(name.to_string(), g);
        g
    }
}

/// Build the program: `files[0]` is the main module, the others the modules it
/// imports (directly or not), which are built first, each after those it imports.
pub fn build_program(files: &[(&SourceFile, &ast::ModModule)]) -> Result<Module, Vec<Diagnostic>> { build_program_as(files, false) }

/// [`build_program`]; with `library`, the main module's public functions and
/// classes (or those `__all__` names) are the program's exports to JS.
pub fn build_program_as(files: &[(&SourceFile, &ast::ModModule)], library: bool) -> Result<Module, Vec<Diagnostic>> {
    let (file, main_ast) = files[0];
    let mut p = Program {
        file: file.id,
        text: &file.text,
        module_name: &file.module_name,
        target_mode: false,
        m: Module::default(),
        diags: Vec::new(),
        funcs: HashMap::new(),
        globals: HashMap::new(),
        lib_modules: HashMap::new(),
        lib_names: HashMap::new(),
        classes: HashMap::new(),
        builtin_classes: HashMap::new(),
        methods: HashMap::new(),
        user_modules: HashMap::new(),
        user_names: HashMap::new(),
        scopes: HashMap::new(),
        is_main: true,
        uses_js: false,
        vararg_defs: HashMap::new(),
        vararg_copies: HashMap::new(),
        vararg_pending: Vec::new(),
    };
    for k in imports::module_order(&mut p, files) {
        let (file, ast) = files[k];
        build_module(&mut p, file, ast, k == 0);
    }
    if library && p.diags.is_empty() {
        p.file = file.id;
        imports::library_exports(&mut p, &main_ast.body);
    }
    if p.diags.is_empty() {
        Ok(p.m)
    } else {
        p.diags.sort_by_key(|d| (d.primary.span.file, d.primary.span.start));
        // A `*args` function's copies report the same refusal once.
        p.diags.dedup_by(|a, b| a.primary.span == b.primary.span && a.message == b.message);
        Err(p.diags)
    }
}

/// Declare a module's names, then build its body (the main function or the
/// module's init function) and its functions and methods.
fn build_module<'a>(p: &mut Program<'a>, file: &'a SourceFile, module: &'a ast::ModModule, is_main: bool) {
    let body = &module.body;
    p.file = file.id;
    p.text = &file.text;
    p.module_name = &file.module_name;
    p.is_main = is_main;
    p.uses_js = imports::imported_module_names(body).iter().any(|m| m == "js");
    p.target_mode = is_main && body.iter().any(|s| matches!(s, Stmt::FunctionDef(d) if d.name.as_str() == "target"));
    let target_mode = p.target_mode;
    p.funcs.clear();
    p.globals.clear();
    p.classes.clear();
    p.lib_modules.clear();
    p.lib_names.clear();
    p.user_modules.clear();
    p.user_names.clear();
    // A module other than the main one runs its body once, at its first import.
    let init = (!is_main).then(|| {
        let f = p.m.funcs.push(Function::new(format!("<module {}>", file.module_name), Span::new(file.id, 0, 0)));
        let flag = p.m.globals.push(Global { name: format!("{}.<loaded>", file.module_name), ty: Type::Unknown, span: Span::DUMMY, checked: false });
        (f, flag)
    });
    imports::declare_imports(p, body);
    let method_defs = classes::declare_classes(p, body);

    // Declare module-level functions first: calls may precede definitions.
    let mut defs: Vec<(&ast::StmtFunctionDef, FuncId)> = Vec::new();
    let mut all_defs = Vec::new();
    p.module_defs(body, &mut all_defs);
    for d in all_defs {
        let name = d.name.as_str();
        if target_mode && name == "target" {
            continue; // RPython calls target() at translation time; pyrt does not translate it.
        }
        if p.funcs.contains_key(name) || p.classes.contains_key(name) {
            p.error(codes::BAD_BINDING, d.name.range, format!("`{name}` is defined twice"));
            continue;
        }
        if is_builtin_name(name) {
            p.error(codes::BAD_BINDING, d.name.range, shadow_message(name));
            continue;
        }
        let id = p.m.funcs.push(Function::new(name, p.span(d.name.range)));
        let params: Vec<String> = d.parameters.args.iter().map(|a| a.parameter.name.to_string()).collect();
        let vararg = d.parameters.vararg.is_some();
        if vararg {
            p.vararg_defs.insert(id, d);
        }
        let generator = closures::has_yield(&d.body);
        p.funcs.insert(name.to_string(), FuncSig { id, params, defaults: Vec::new(), range: d.range, refused: false, defined_flag: None, vararg, generator });
        defs.push((d, id));
    }
    if target_mode && !p.funcs.contains_key("entry_point") {
        let r = body
            .iter()
            .find_map(|s| match s {
                Stmt::FunctionDef(d) if d.name.as_str() == "target" => Some(d.name.range),
                _ => None,
            })
            .unwrap_or_default();
        p.error(codes::BAD_PROGRAM_FORM, r, "`target()` is defined but `entry_point(argv)` is not");
        p.diags.last_mut().unwrap().notes.push(
            "in RPython target mode, `target()` returns `(entry_point, None)` and pyrt runs `entry_point(argv)`".into(),
        );
    }
    // Module-level names bound by assignment are globals.
    let mut assigned = Vec::new();
    collect_assigned(body, &mut assigned);
    for (name, r) in &assigned {
        if p.funcs.contains_key(name.as_str()) || p.classes.contains_key(name.as_str()) {
            p.error(codes::BAD_BINDING, *r, format!("`{name}` names a function or class and is also assigned; rebinding them is not supported"));
        } else if p.user_names.contains_key(name.as_str()) || p.user_modules.contains_key(name.as_str()) {
            p.error(codes::BAD_BINDING, *r, format!("`{name}` is imported and also assigned; rebinding it is not supported"));
        } else if is_builtin_name(name) {
            p.error(codes::BAD_BINDING, *r, shadow_message(name));
        } else if name == "__name__" {
            p.error(codes::BAD_BINDING, *r, "assigning `__name__` is not supported: pyrt decides `if __name__ == ...` tests at translation time");
        } else {
            p.global(name, *r);
        }
    }
    // Names that functions declare `global` and assign.
    for (d, _) in &defs {
        let scope = FnScope::scan(&d.body);
        for name in scope.globals.keys() {
            if scope.assigned.iter().any(|(n, _)| n == name) {
                let r = scope.globals[name];
                p.global(name, r);
            }
        }
    }
    mark_unchecked_globals(p, body);
    // A function can be called before its `def` runs only if some module-level
    // statement before the `def` calls a function.
    let mut calls_seen = false;
    for stmt in body {
        if let Stmt::FunctionDef(d) = stmt {
            let name = d.name.as_str();
            if calls_seen && p.funcs.get(name).is_some_and(|sig| sig.range == d.range) {
                let g = p.global(name, d.name.range);
                p.funcs.get_mut(name).unwrap().defined_flag = Some(g);
            }
        } else if stmt_calls_function(stmt, &p.funcs) {
            calls_seen = true;
        }
    }
    // A `def` inside an `if` runs when the branch does: calls may come first.
    for (d, _) in &defs {
        let top = body.iter().any(|s| matches!(s, Stmt::FunctionDef(t) if t.range == d.range));
        if !top && p.funcs.get(d.name.as_str()).is_some_and(|sig| sig.range == d.range && sig.defined_flag.is_none()) {
            let g = p.global(d.name.as_str(), d.name.range);
            p.funcs.get_mut(d.name.as_str()).unwrap().defined_flag = Some(g);
        }
    }

    // Defaults are evaluated when `def` runs; signatures must be known before
    // bodies are built, so constants are taken now and others get a hidden global.
    for (d, _) in &defs {
        let name = d.name.to_string();
        let mut defaults = Vec::new();
        for (k, a) in d.parameters.args.iter().enumerate() {
            defaults.push(a.default.as_ref().map(|e| match const_of(e) {
                Some(c) => DefaultArg::Const(c),
                None => DefaultArg::Global(p.global(&format!("{name}.__defaults__[{k}]"), e.range())),
            }));
        }
        p.m.funcs[p.funcs[&name].id].defaults = defaults.clone();
        p.funcs.get_mut(&name).unwrap().defaults = defaults;
    }

    for (d, _) in &defs {
        let before = p.diags.len();
        check_signature(p, d, false);
        if p.diags.len() > before {
            p.funcs.get_mut(d.name.as_str()).unwrap().refused = true;
        }
    }

    // The entry function: the module body, then entry_point(argv) in target mode;
    // or the module's init function.
    let main_id = match init {
        Some((f, _)) => f,
        None => {
            let id = p.m.funcs.push(Function::new("<module>", Span::new(file.id, 0, 0)));
            p.m.main = Some(id);
            id
        }
    };
    let mut main = Fb::new(p, main_id, true, FnScope::default());
    match init {
        Some((_, flag)) => main.init_body(body, flag),
        None => main.module_body(body),
    }
    let main_fn = main.finish();
    p.m.funcs[main_id] = main_fn;

    for (d, id) in defs {
        if d.parameters.vararg.is_some() {
            continue; // built per number of extra arguments, below
        }
        let scope = FnScope::scan(&d.body);
        for (name, r) in &scope.globals {
            if d.parameters.args.iter().any(|a| a.parameter.name.as_str() == name) {
                p.error(codes::BAD_BINDING, *r, format!("name '{name}' is parameter and global"));
            }
        }
        check_global_order(p, &d.body, &scope);
        let mut fb = Fb::new(p, id, false, scope);
        fb.function_body(d);
        let f = fb.finish();
        p.m.funcs[id] = f;
    }
    for md in method_defs {
        let scope = FnScope::scan(&md.d.body);
        check_global_order(p, &md.d.body, &scope);
        let defaults = p.m.funcs[md.id].defaults.clone();
        let name = std::mem::take(&mut p.m.funcs[md.id].name);
        p.m.funcs[md.id].param_names.clear();
        let mut fb = Fb::new(p, md.id, false, scope);
        fb.class = Some(md.class);
        fb.f.name = name;
        fb.function_body(md.d);
        let mut f = fb.finish();
        f.defaults = defaults;
        p.m.funcs[md.id] = f;
    }
    // The copies of `*args` functions the module's calls asked for (building
    // one may ask for more).
    while let Some((template, copy)) = p.vararg_pending.pop() {
        let d = p.vararg_defs[&template];
        let scope = FnScope::scan(&d.body);
        let defaults = p.m.funcs[template].defaults.clone();
        let mut fb = Fb::new(p, copy, false, scope);
        fb.function_body(d);
        let mut f = fb.finish();
        f.defaults = defaults;
        p.m.funcs[copy] = f;
    }
    let scope = ModScope {
        funcs: p.funcs.clone(),
        globals: p.globals.clone(),
        classes: p.classes.clone(),
        user_names: p.user_names.clone(),
        init,
    };
    p.scopes.insert(file.module_name.clone(), scope);
}

/// Refuse parameter forms outside the slice.
fn check_signature(p: &mut Program, d: &ast::StmtFunctionDef, in_class: bool) {
    let ps = &d.parameters;
    let mut seen: Vec<&str> = Vec::new();
    for a in ps.args.iter() {
        let n = a.parameter.name.as_str();
        if seen.contains(&n) {
            p.error(codes::SYNTAX, a.parameter.name.range, format!("duplicate argument '{n}' in function definition"));
        }
        seen.push(n);
    }
    if let Some(v) = ps.vararg.as_ref().filter(|_| in_class) {
        p.error(codes::UNSUPPORTED_STMT, v.range, "`*args` parameters of methods are not supported yet");
    }
    if let Some(k) = &ps.kwarg {
        p.error(codes::UNSUPPORTED_STMT, k.range, "`**kwargs` parameters are not supported");
    }
    if let Some(k) = ps.kwonlyargs.first() {
        p.error(codes::UNSUPPORTED_STMT, k.range, "keyword-only parameters are not supported yet");
    }
    if let Some(k) = ps.posonlyargs.first() {
        p.error(codes::UNSUPPORTED_STMT, k.range, "positional-only parameters are not supported yet");
    }
    if let Some(dec) = d.decorator_list.first().filter(|_| !in_class) {
        p.error(codes::UNSUPPORTED_STMT, dec.range, "decorators are not supported yet");
    }
    if d.is_async && !p.uses_js {
        p.error(codes::UNSUPPORTED_STMT, d.range, "`async def` is supported on JS hosts only, with `import js`: its call is a JS Promise");
    } else if d.is_async && in_class {
        p.error(codes::UNSUPPORTED_STMT, d.range, "`async` methods are not supported yet: make it a function");
    } else if d.is_async && closures::has_yield(&d.body) {
        p.error(codes::UNSUPPORTED_STMT, d.range, "async generators are not supported");
    }
    if d.type_params.is_some() {
        p.error(codes::UNSUPPORTED_STMT, d.range, "type parameters are not supported");
    }
}

/// A global needs no definedness check when its first mention in the module body
/// is an unconditional top-level assignment made before any call of a module
/// function (so no function can read it earlier).
fn mark_unchecked_globals(p: &mut Program, body: &[Stmt]) {
    let mut mentioned: HashSet<String> = HashSet::new();
    for stmt in body {
        let calls = stmt_calls_function(stmt, &p.funcs);
        if let Stmt::Assign(a) = stmt
            && !calls && a.targets.len() == 1 {
                let mut reads = Vec::new();
                collect_names(&a.value, &mut reads);
                for name in reads {
                    mentioned.insert(name);
                }
                // `x = …`, or `x, y = …` / `[x, y] = …` (an unpacking that
                // fails raises before any name is bound, and nothing reads them).
                let mut targets = Vec::new();
                collect_target_names(&a.targets[0], &mut targets);
                for (name, _) in targets {
                    if !mentioned.contains(&name)
                        && let Some(&g) = p.globals.get(&name) {
                            p.m.globals[g].checked = false;
                        }
                    mentioned.insert(name);
                }
                continue;
            }
        if calls {
            return;
        }
        let mut names = Vec::new();
        collect_stmt_names(stmt, &mut names);
        mentioned.extend(names);
        if matches!(stmt, Stmt::FunctionDef(_)) {
            continue;
        }
    }
}

fn stmt_calls_function(stmt: &Stmt, funcs: &HashMap<String, FuncSig>) -> bool {
    if let Stmt::FunctionDef(_) = stmt {
        return false;
    }
    let mut names = Vec::new();
    collect_stmt_names(stmt, &mut names);
    names.iter().any(|n| funcs.contains_key(n.as_str()))
}

/// Collects every name an AST node reads or writes.
struct NameCollector<'a>(&'a mut Vec<String>);

impl<'b> ast::visitor::Visitor<'b> for NameCollector<'_> {
    fn visit_expr(&mut self, e: &'b Expr) {
        if let Expr::Name(n) = e {
            self.0.push(n.id.to_string());
        }
        ast::visitor::walk_expr(self, e);
    }
}

fn collect_stmt_names(stmt: &Stmt, out: &mut Vec<String>) {
    use ast::visitor::Visitor;
    NameCollector(out).visit_stmt(stmt);
}

fn collect_names(e: &Expr, out: &mut Vec<String>) {
    use ast::visitor::Visitor;
    NameCollector(out).visit_expr(e);
}

/// CPython's compile-time rule: a name may not be used or assigned in a
/// function before its `global` declaration.
fn check_global_order(p: &mut Program, body: &[Stmt], scope: &FnScope) {
    struct Uses<'a>(&'a mut Vec<(String, ast::TextRange, bool)>);
    impl<'b> ast::visitor::Visitor<'b> for Uses<'_> {
        fn visit_expr(&mut self, e: &'b Expr) {
            if let Expr::Name(n) = e {
                self.0.push((n.id.to_string(), n.range, n.ctx == ast::ExprContext::Store));
            }
            ast::visitor::walk_expr(self, e);
        }
    }
    let mut uses = Vec::new();
    for st in body {
        ast::visitor::Visitor::visit_stmt(&mut Uses(&mut uses), st);
    }
    for (name, r, store) in uses {
        if let Some(decl) = scope.globals.get(&name)
            && r.start() < decl.start() {
                let how = if store { "is assigned to before" } else { "is used prior to" };
                p.error(codes::SYNTAX, r, format!("name '{name}' {how} global declaration"));
            }
    }
}

/// Visit every statement of a suite and of the suites nested in its compound
/// statements, not descending into function or class bodies.
fn walk_suite<'a>(body: &'a [Stmt], visit: &mut impl FnMut(&'a Stmt)) {
    for s in body {
        visit(s);
        match s {
            Stmt::For(f) => {
                walk_suite(&f.body, visit);
                walk_suite(&f.orelse, visit);
            }
            Stmt::While(w) => {
                walk_suite(&w.body, visit);
                walk_suite(&w.orelse, visit);
            }
            Stmt::If(i) => {
                walk_suite(&i.body, visit);
                for c in &i.elif_else_clauses {
                    walk_suite(&c.body, visit);
                }
            }
            Stmt::Try(t) => {
                walk_suite(&t.body, visit);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    walk_suite(&h.body, visit);
                }
                walk_suite(&t.orelse, visit);
                walk_suite(&t.finalbody, visit);
            }
            _ => {}
        }
    }
}

/// Names bound by assignment statements in a suite (not descending into defs).
fn collect_assigned(body: &[Stmt], out: &mut Vec<(String, ast::TextRange)>) {
    walk_suite(body, &mut |s| match s {
        Stmt::Assign(a) => a.targets.iter().for_each(|t| collect_target_names(t, out)),
        Stmt::AugAssign(a) => collect_target_names(&a.target, out),
        Stmt::AnnAssign(a) if a.value.is_some() => collect_target_names(&a.target, out),
        Stmt::For(f) => collect_target_names(&f.target, out),
        Stmt::Try(t) => {
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                if let Some(n) = &h.name {
                    out.push((n.to_string(), n.range));
                }
            }
        }
        _ => {}
    });
}

/// The names a function binds and declares global.
#[derive(Default)]
struct FnScope {
    assigned: Vec<(String, ast::TextRange)>,
    globals: HashMap<String, ast::TextRange>,
    /// Names declared `nonlocal`: they belong to an enclosing function.
    nonlocals: HashMap<String, ast::TextRange>,
}

impl FnScope {
    fn scan(body: &[Stmt]) -> FnScope {
        let mut s = FnScope::default();
        collect_assigned(body, &mut s.assigned);
        walk_suite(body, &mut |st| match st {
            Stmt::Global(g) => {
                for n in &g.names {
                    s.globals.insert(n.to_string(), n.range);
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    s.nonlocals.insert(n.to_string(), n.range);
                }
            }
            // A nested `def` binds its name in the function.
            Stmt::FunctionDef(d) => s.assigned.push((d.name.to_string(), d.name.range)),
            _ => {}
        });
        s.assigned.retain(|(n, _)| !s.nonlocals.contains_key(n));
        s
    }
}

/// A literal default or constant expression.
fn const_of(e: &Expr) -> Option<Const> {
    Some(match e {
        Expr::NoneLiteral(_) => Const::None,
        Expr::BooleanLiteral(b) => Const::Bool(b.value),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => Const::Int(i.as_i64()?),
            ast::Number::Float(f) => Const::Float(*f),
            ast::Number::Complex { .. } => return None,
        },
        Expr::StringLiteral(s) => Const::Str(s.value.to_str().into()),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match const_of(&u.operand)? {
            Const::Int(i) => Const::Int(i.checked_neg()?),
            Const::Float(f) => Const::Float(-f),
            _ => return None,
        },
        _ => return None,
    })
}

#[derive(Copy, Clone, PartialEq, Eq)]
enum Comp {
    List,
    Set,
    Dict,
}

fn collect_target_names(e: &Expr, out: &mut Vec<(String, ast::TextRange)>) {
    match e {
        Expr::Name(n) => out.push((n.id.to_string(), n.range)),
        Expr::Tuple(t) => t.elts.iter().for_each(|e| collect_target_names(e, out)),
        Expr::List(t) => t.elts.iter().for_each(|e| collect_target_names(e, out)),
        Expr::Starred(s) => collect_target_names(&s.value, out),
        _ => {}
    }
}

/// A variable of the SSA builder: a local, a definedness flag, or a hidden temporary.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
struct Var(u32);

struct LoopCtx {
    continue_to: Block,
    break_to: Block,
    /// A generator the loop alone iterates (`for x in gen():`): leaving the
    /// loop early closes it, so its `finally` runs then, as in CPython.
    close: Option<Value>,
}

/// Builds one function's flow graph.
struct Fb<'p, 'a> {
    p: &'p mut Program<'a>,
    f: Function,
    is_module: bool,
    cur: Option<Block>,
    scope: FnScope,
    var_names: Vec<String>,
    locals: HashMap<String, (Var, Var)>,
    defs: HashMap<(Var, Block), Value>,
    sealed: Vec<bool>,
    preds: Vec<Vec<Block>>,
    /// Variables read in an unsealed block, in the order their parameters were added.
    incomplete: Vec<Vec<Var>>,
    undefs: HashMap<Var, Value>,
    flag_vars: HashSet<Var>,
    loops: Vec<LoopCtx>,
    /// Expression nesting, bounded by [`MAX_NESTING`].
    depth: usize,
    /// The names each enclosing comprehension binds, mapped to hidden locals.
    comp_scopes: Vec<HashMap<String, String>>,
    comp_count: u32,
    t: Value,
    fl: Value,
    /// The class whose method this is (for `super()`).
    class: Option<ClassId>,
    /// The exceptions of the enclosing `except` clauses (for a bare `raise`).
    handling: Vec<Value>,
    /// How many `try` regions enclose the code being built (see `BlockData::try_depth`).
    try_depth: u32,
    /// The locals kept in frame slots (those `try` statements assign, and those
    /// nested functions use).
    slots: HashMap<String, u32>,
    /// This function's id.
    id: FuncId,
    /// The slots of the enclosing functions (for a nested function), outermost first.
    enclosing: Vec<(FuncId, HashMap<String, u32>)>,
}

impl<'p, 'a> Fb<'p, 'a> {
    fn new(p: &'p mut Program<'a>, id: FuncId, is_module: bool, scope: FnScope) -> Self {
        let mut f = std::mem::replace(&mut p.m.funcs[id], Function::new("", Span::DUMMY));
        let entry = f.entry;
        let t = f.append(entry, Op::Const(Const::Bool(true)), vec![], Some(Type::Bool), Span::DUMMY).unwrap();
        let fl = f.append(entry, Op::Const(Const::Bool(false)), vec![], Some(Type::Bool), Span::DUMMY).unwrap();
        let mut fb = Fb {
            p,
            f,
            is_module,
            cur: Some(entry),
            scope,
            var_names: Vec::new(),
            locals: HashMap::new(),
            defs: HashMap::new(),
            sealed: Vec::new(),
            preds: Vec::new(),
            incomplete: Vec::new(),
            undefs: HashMap::new(),
            flag_vars: HashSet::new(),
            loops: Vec::new(),
            depth: 0,
            comp_scopes: Vec::new(),
            comp_count: 0,
            t,
            fl,
            class: None,
            handling: Vec::new(),
            try_depth: 0,
            slots: HashMap::new(),
            id,
            enclosing: Vec::new(),
        };
        fb.grow();
        fb.sealed[entry.index()] = true;
        fb
    }

    // ----- blocks and SSA -------------------------------------------------

    fn grow(&mut self) {
        let n = self.f.blocks.len();
        self.sealed.resize(n, false);
        self.preds.resize(n, Vec::new());
        self.incomplete.resize(n, Vec::new());
    }

    fn new_block(&mut self, span: Span) -> Block {
        let b = self.f.add_block(span);
        self.f.blocks[b].try_depth = self.try_depth;
        self.grow();
        b
    }

    fn new_var(&mut self, name: &str) -> Var {
        self.var_names.push(name.to_string());
        Var(self.var_names.len() as u32 - 1)
    }

    fn local(&mut self, name: &str) -> (Var, Var) {
        if let Some(&v) = self.locals.get(name) {
            return v;
        }
        let v = self.new_var(name);
        let flag = self.new_var(&format!("{name}$defined"));
        self.flag_vars.insert(flag);
        self.locals.insert(name.to_string(), (v, flag));
        (v, flag)
    }

    fn write_var(&mut self, var: Var, block: Block, v: Value) { self.defs.insert((var, block), v); }

    fn read_var(&mut self, var: Var, block: Block) -> Value {
        if let Some(&v) = self.defs.get(&(var, block)) {
            return v;
        }
        let v = if !self.sealed[block.index()] {
            let p = self.add_param(var, block);
            self.incomplete[block.index()].push(var);
            p
        } else {
            let preds = self.unique_preds(block);
            match preds.len() {
                0 => self.undef(var),
                1 => self.read_var(var, preds[0]),
                _ => {
                    let p = self.add_param(var, block);
                    self.write_var(var, block, p);
                    self.add_param_operands(var, block);
                    p
                }
            }
        };
        self.write_var(var, block, v);
        v
    }

    fn add_param(&mut self, var: Var, block: Block) -> Value {
        let name = self.var_names[var.0 as usize].clone();
        let span = self.f.blocks[block].span;
        self.f.add_block_param(block, Type::Unknown, Some(&name), span)
    }

    fn unique_preds(&self, b: Block) -> Vec<Block> {
        let mut out: Vec<Block> = Vec::new();
        for &p in &self.preds[b.index()] {
            if !out.contains(&p) {
                out.push(p);
            }
        }
        out
    }

    fn add_param_operands(&mut self, var: Var, block: Block) {
        for pred in self.unique_preds(block) {
            let v = self.read_var(var, pred);
            for c in self.f.blocks[pred].term.successors_mut() {
                if c.block == block {
                    c.args.push(v);
                }
            }
        }
    }

    fn seal(&mut self, b: Block) {
        if self.sealed[b.index()] {
            return;
        }
        for var in std::mem::take(&mut self.incomplete[b.index()]) {
            self.add_param_operands(var, b);
        }
        self.sealed[b.index()] = true;
    }

    fn undef(&mut self, var: Var) -> Value {
        if self.flag_vars.contains(&var) {
            return self.fl;
        }
        if let Some(&v) = self.undefs.get(&var) {
            return v;
        }
        let entry = self.f.entry;
        let name = self.var_names[var.0 as usize].clone();
        let (inst, v) = self.f.make_inst(Op::Undef, vec![], Some(Type::Unknown), Span::DUMMY);
        self.f.blocks[entry].insts.insert(2, inst); // after the two flag constants
        let v = v.unwrap();
        self.f.values[v].name = Some(name.into());
        self.undefs.insert(var, v);
        v
    }

    /// End the current block with a jump to `to` (no-op when unreachable).
    fn jump(&mut self, to: Block) {
        if let Some(cur) = self.cur.take() {
            self.f.set_term(cur, Terminator::Jump(BlockCall { block: to, args: vec![] }));
            self.preds[to.index()].push(cur);
        }
    }

    fn branch(&mut self, cond: Value, then_: Block, else_: Block) {
        if let Some(cur) = self.cur.take() {
            let term = Terminator::Branch {
                cond,
                then_: BlockCall { block: then_, args: vec![] },
                else_: BlockCall { block: else_, args: vec![] },
            };
            self.f.set_term(cur, term);
            self.preds[then_.index()].push(cur);
            self.preds[else_.index()].push(cur);
        }
    }

    fn emit(&mut self, op: Op, args: Vec<Value>, r: ast::TextRange) -> Value {
        let span = self.p.span(r);
        let cur = self.cur.expect("emit in unreachable code");
        self.f.append(cur, op, args, Some(Type::Unknown), span).unwrap()
    }

    fn emit_void(&mut self, op: Op, args: Vec<Value>, r: ast::TextRange) {
        let span = self.p.span(r);
        let cur = self.cur.expect("emit in unreachable code");
        self.f.append(cur, op, args, None, span);
    }

    fn konst(&mut self, c: Const, r: ast::TextRange) -> Value {
        let ty = c.ty();
        let span = self.p.span(r);
        let cur = self.cur.expect("emit in unreachable code");
        self.f.append(cur, Op::Const(c), vec![], Some(ty), span).unwrap()
    }

    fn error<T>(&mut self, code: &'static str, r: ast::TextRange, msg: impl Into<String>) -> R<T> {
        self.p.error(code, r, msg);
        Err(())
    }

    // ----- variables --------------------------------------------------------

    fn is_local(&self, name: &str) -> bool {
        !self.is_module && !self.scope.globals.contains_key(name) && self.scope.assigned.iter().any(|(n, _)| n == name)
            || self.locals.contains_key(name)
    }

    /// A comprehension's own name for `name`, if one binds it.
    fn comp_name(&self, name: &str) -> Option<String> { self.comp_scopes.iter().rev().find_map(|s| s.get(name).cloned()) }

    fn assign_name(&mut self, name: &str, v: Value, r: ast::TextRange) -> R<()> {
        if let Some(hidden) = self.comp_name(name) {
            let (var, flag) = self.local(&hidden);
            let cur = self.cur.unwrap();
            self.write_var(var, cur, v);
            let t = self.t;
            self.write_var(flag, cur, t);
            return Ok(());
        }
        if let Some(&s) = self.slots.get(name).filter(|_| self.is_local(name)) {
            self.emit_void(Op::StoreSlot(s), vec![v], r);
            return Ok(());
        }
        if self.scope.nonlocals.contains_key(name)
            && let Some((func, slot)) = self.outer_slot(name)
        {
            self.emit_void(Op::StoreOuter { func, slot }, vec![v], r);
            return Ok(());
        }
        if self.is_local(name) {
            let (var, flag) = self.local(name);
            let cur = self.cur.unwrap();
            self.write_var(var, cur, v);
            let t = self.t;
            self.write_var(flag, cur, t);
            if self.f.values[v].name.is_none() {
                self.f.values[v].name = Some(name.into());
            }
            return Ok(());
        }
        match self.p.globals.get(name) {
            Some(&g) => {
                self.emit_void(Op::StoreGlobal(g), vec![v], r);
                Ok(())
            }
            None => self.error(codes::BAD_BINDING, r, format!("cannot assign to `{name}`")),
        }
    }

    fn read_name(&mut self, name: &str, r: ast::TextRange) -> R<Value> {
        let hidden = self.comp_name(name);
        if let Some(&s) = self.slots.get(name).filter(|_| hidden.is_none() && self.is_local(name)) {
            return Ok(self.emit(Op::LoadSlot { slot: s, name: name.into() }, vec![], r));
        }
        if hidden.is_some() || self.is_local(name) {
            let (var, flag) = self.local(hidden.as_deref().unwrap_or(name));
            let cur = self.cur.unwrap();
            let v = self.read_var(var, cur);
            let defined = self.read_var(flag, cur);
            if defined != self.t {
                self.emit_void(Op::CheckDefined { name: name.into(), global: false }, vec![defined], r);
            }
            return Ok(v);
        }
        if hidden.is_none()
            && !self.scope.globals.contains_key(name)
            && let Some((func, slot)) = self.outer_slot(name)
        {
            return Ok(self.emit(Op::LoadOuter { func, slot, name: name.into() }, vec![], r));
        }
        if name == "__name__" {
            let s = if self.p.target_mode || !self.p.is_main { self.p.module_name.to_string() } else { "__main__".to_string() };
            return Ok(self.konst(Const::Str(s.into()), r));
        }
        if let Some(sig) = self.p.funcs.get(name) {
            if sig.refused {
                return Err(());
            }
            if sig.vararg {
                return self.error(codes::UNSUPPORTED_EXPR, r, format!("`{name}` takes `*args`: using it as a value is not supported; call it"));
            }
            let (id, flag) = (sig.id, sig.defined_flag);
            if let Some(g) = flag {
                self.emit(Op::LoadGlobal(g), vec![], r);
            }
            return Ok(self.emit(Op::FuncRef(id), vec![], r));
        }
        if let Some(&k) = self.p.classes.get(name) {
            return Ok(self.emit(Op::ClassRef(k), vec![], r));
        }
        if let Some(m) = self.p.lib_modules.get(name).cloned() {
            return Ok(self.emit(Op::ModuleRef(m.into()), vec![], r));
        }
        if let Some((m, attr)) = self.p.user_names.get(name).cloned() {
            match self.p.member(&m, &attr) {
                Some(imports::ModMember::Func(sig)) => return Ok(self.emit(Op::FuncRef(sig.id), vec![], r)),
                Some(imports::ModMember::Class(k)) => return Ok(self.emit(Op::ClassRef(k), vec![], r)),
                _ => {}
            }
        }
        if self.p.user_modules.contains_key(name) {
            return self.error(codes::UNSUPPORTED_EXPR, r, "a module as a value is not supported; use its names (`mod.f`)");
        }
        if let Some((m, attr)) = self.p.lib_names.get(name).cloned() {
            let mv = self.emit(Op::ModuleRef(m.into()), vec![], r);
            return Ok(self.emit(Op::GetAttr(attr.into()), vec![mv], r));
        }
        if !self.p.globals.contains_key(name) && WRAPPABLE.contains(&name) {
            let id = self.wrapper(name, r);
            return Ok(self.emit(Op::FuncRef(id), vec![], r));
        }
        if let Some(&g) = self.p.globals.get(name) {
            return Ok(self.emit(Op::LoadGlobal(g), vec![], r));
        }
        self.unknown_name(name, r)
    }

    fn unknown_name<T>(&mut self, name: &str, r: ast::TextRange) -> R<T> {
        if DYNAMIC.contains(&name) {
            return self.error(codes::DYNAMIC, r, format!("`{name}` is dynamic and cannot be translated"));
        }
        if BUILTINS.contains(&name) || NOT_YET.contains(&name) {
            return self.error(codes::UNSUPPORTED_NAME, r, format!("the builtin `{name}` is not supported here yet"));
        }
        self.error(codes::UNDEFINED_NAME, r, format!("name '{name}' is not defined"))
    }

    // ----- functions ----------------------------------------------------------

    fn function_body(&mut self, d: &ast::StmtFunctionDef) {
        let entry = self.f.entry;
        // A `yield` anywhere in the body (even where control never gets) makes a generator.
        self.f.generator = closures::has_yield(&d.body);
        self.f.is_async = d.is_async;
        let params: Vec<String> =
            d.parameters.args.iter().map(|a| a.parameter.name.to_string()).chain(d.parameters.vararg.iter().map(|v| v.name.to_string())).collect();
        for name in exceptions::try_assigned(&d.body).into_iter().chain(closures::captured(&params, &d.body)) {
            if self.scope.globals.contains_key(&name) || self.scope.nonlocals.contains_key(&name) || self.slots.contains_key(&name) {
                continue;
            }
            self.slots.insert(name.clone(), self.f.slots.len() as u32);
            self.f.slots.push((name, Type::Unknown));
        }
        for a in d.parameters.args.iter().map(|a| &a.parameter).chain(d.parameters.vararg.as_deref()) {
            let name = a.name.to_string();
            let span = self.p.span(a.range);
            let v = self.f.add_block_param(entry, Type::Unknown, Some(&name), span);
            self.f.param_names.push(name.clone());
            let decl = if Some(a) == d.parameters.vararg.as_deref() { None } else { a.annotation.as_deref().and_then(|e| self.annotation(e)) };
            if decl.is_none()
                && let Some(t) = a.annotation.as_deref().and_then(|e| self.annotation_type(e))
            {
                self.f.js_hints.insert(self.f.param_decls.len(), t);
            }
            self.f.param_decls.push(decl);
            if let Some(&s) = self.slots.get(&name) {
                self.f.append(entry, Op::StoreSlot(s), vec![v], None, span);
                // Still a local of this function (its value lives in the slot).
                self.local(&name);
                continue;
            }
            let (var, flag) = self.local(&name);
            self.write_var(var, entry, v);
            let t = self.t;
            self.write_var(flag, entry, t);
        }
        self.f.ret_decl = d.returns.as_deref().and_then(|e| self.annotation(e));
        self.suite(&d.body);
        if self.cur.is_some() {
            let none = self.konst(Const::None, ast::TextRange::new(d.range.end(), d.range.end()));
            let cur = self.cur.take().unwrap();
            self.f.set_term(cur, Terminator::Return(none));
        }
    }

    /// The type an annotation declares: `int`, `float`, `bool`, `str`, `None`,
    /// `Optional[T]`, `T | None`. Other annotations declare nothing pyrt checks
    /// (those naming containers or classes are hints for JS's arguments only).
    fn annotation(&self, e: &Expr) -> Option<(Type, Span)> {
        let t = self.annotation_type(e)?;
        let mut scalar = true;
        t.walk(&mut |x| scalar &= matches!(x, Type::None | Type::Bool | Type::Int | Type::Float | Type::Str | Type::Optional(_)));
        scalar.then(|| (t, self.p.span(e.range())))
    }

    /// The type an annotation names: scalars, `None`, `Optional[...]`, `T | U`,
    /// `list[...]`, `set[...]`, `dict[...]`, `tuple[...]` (or their `typing`
    /// names) and the module's classes.
    fn annotation_type(&self, e: &Expr) -> Option<Type> {
        match e {
            Expr::StringLiteral(s) => self.annotation_type(&crate::parse::parse_annotation(s.value.to_str())?),
            Expr::Name(n) => match n.id.as_str() {
                "int" => Some(Type::Int),
                "float" => Some(Type::Float),
                "bool" => Some(Type::Bool),
                "str" => Some(Type::Str),
                name => self.p.classes.get(name).map(|&c| Type::Inst(self.p.m.classes[c].chain.clone())),
            },
            Expr::NoneLiteral(_) => Some(Type::None),
            Expr::BinOp(b) if b.op == ast::Operator::BitOr => self.annotation_type(&b.left)?.union(&self.annotation_type(&b.right)?).ok(),
            Expr::Subscript(sub) => {
                let Expr::Name(head) = &*sub.value else { return None };
                let args: Vec<&Expr> = match &*sub.slice {
                    Expr::Tuple(t) => t.elts.iter().collect(),
                    x => vec![x],
                };
                let tys: Option<Vec<Type>> = args.iter().map(|a| self.annotation_type(a)).collect();
                let tys = tys?;
                match (head.id.as_str(), tys.as_slice()) {
                    ("list" | "List", [t]) => Some(Type::list(t.clone())),
                    ("set" | "Set", [t]) => Some(Type::set(t.clone())),
                    ("dict" | "Dict", [k, v]) => Some(Type::dict(k.clone(), v.clone())),
                    ("tuple" | "Tuple", ts) => Some(Type::Tuple(ts.to_vec())),
                    ("Optional", [t]) => Some(Type::optional(t.clone())),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn module_body(&mut self, body: &[Stmt]) {
        self.clear_module_flags();
        self.suite(body);
        let Some(_) = self.cur else { return };
        let end = ast::TextRange::default();
        let status = if self.p.target_mode && self.p.funcs.contains_key("entry_point") {
            let sig = &self.p.funcs["entry_point"];
            let id = sig.id;
            if sig.params.len() != 1 {
                let r = self.p.m.funcs[id].span;
                self.p.diags.push(Diagnostic::error(codes::BAD_PROGRAM_FORM, r, "`entry_point` must take exactly one parameter, `argv`"));
                return;
            }
            let argv = self.emit(Op::Argv, vec![], end);
            self.emit(Op::Call(id), vec![argv], end)
        } else {
            self.konst(Const::Int(0), end)
        };
        let cur = self.cur.take().unwrap();
        self.f.set_term(cur, Terminator::Return(status));
    }

    fn finish(mut self) -> Function {
        for b in self.f.layout.clone() {
            self.seal(b);
        }
        self.f.resolve_aliases();
        self.f.remove_unreachable_blocks();
        remove_trivial_params(&mut self.f);
        self.f
    }

    // ----- statements -----------------------------------------------------------

    fn suite(&mut self, body: &[Stmt]) {
        for s in body {
            if self.cur.is_none() {
                return; // unreachable code after return/break/continue
            }
            let _ = self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) -> R<()> {
        match s {
            // `yield from` as a statement: its value (the generator's return value) is unused.
            Stmt::Expr(e) if matches!(&*e.value, Expr::YieldFrom(_)) => {
                let Expr::YieldFrom(y) = &*e.value else { unreachable!() };
                self.yield_from(y)?;
            }
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
            }
            Stmt::Pass(_) => {}
            Stmt::Assign(a) => self.assign(a)?,
            Stmt::AugAssign(a) => {
                let op = binop(a.op).ok_or(()).or_else(|_| self.error(codes::UNSUPPORTED_EXPR, a.range, "the `@` operator is not supported"))?;
                match &*a.target {
                    Expr::Name(n) => {
                        let old = self.read_name(n.id.as_str(), n.range)?;
                        let v = self.expr(&a.value)?;
                        let r = self.emit(Op::InPlace(op), vec![old, v], a.range);
                        self.assign_name(n.id.as_str(), r, n.range)?;
                    }
                    Expr::Subscript(sub) if !matches!(&*sub.slice, Expr::Slice(_)) => {
                        let c = self.expr(&sub.value)?;
                        let i = self.expr(&sub.slice)?;
                        let old = self.emit(Op::Builtin(Builtin::GetItem), vec![c, i], sub.range);
                        let v = self.expr(&a.value)?;
                        let r = self.emit(Op::InPlace(op), vec![old, v], a.range);
                        self.emit_void(Op::Builtin(Builtin::SetItem), vec![c, i, r], sub.range);
                    }
                    Expr::Attribute(at) => {
                        self.check_attr_name(at)?;
                        let obj = self.expr(&at.value)?;
                        let old = self.emit(Op::GetAttr(at.attr.as_str().into()), vec![obj], at.range);
                        let v = self.expr(&a.value)?;
                        let r = self.emit(Op::InPlace(op), vec![old, v], a.range);
                        self.emit_void(Op::SetAttr(at.attr.as_str().into()), vec![obj, r], at.range);
                    }
                    t => return self.error(codes::UNSUPPORTED_STMT, t.range(), "augmented assignment to this target is not supported yet"),
                }
            }
            Stmt::AnnAssign(a) => {
                let Some(value) = &a.value else { return Ok(()) };
                let Expr::Name(n) = &*a.target else {
                    return self.error(codes::UNSUPPORTED_STMT, a.target.range(), "annotated assignment to this target is not supported yet");
                };
                let v = self.expr(value)?;
                self.assign_name(n.id.as_str(), v, n.range)?;
            }
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => match self.loops.last() {
                Some(l) => {
                    let (to, close) = (l.break_to, l.close);
                    if let Some(it) = close {
                        self.emit_void(Op::CallMethod { name: "__close__".into(), kwnames: Box::new([]) }, vec![it], b.range);
                    }
                    self.jump(to);
                }
                None => return self.error(codes::SYNTAX, b.range, "'break' outside loop"),
            },
            Stmt::Continue(c) => match self.loops.last() {
                Some(l) => {
                    let to = l.continue_to;
                    self.jump(to);
                }
                None => return self.error(codes::SYNTAX, c.range, "'continue' not properly in loop"),
            },
            Stmt::Return(r) => {
                if self.is_module {
                    return self.error(codes::SYNTAX, r.range, "'return' outside function");
                }
                if self.f.generator
                    && let Some(e) = r.value.as_deref().filter(|e| !matches!(e, Expr::NoneLiteral(_)))
                {
                    return self.error(codes::UNSUPPORTED_STMT, e.range(), "a generator's return value (seen by `yield from` and StopIteration.value) is not supported yet");
                }
                let v = match &r.value {
                    Some(e) => self.expr(e)?,
                    None => self.konst(Const::None, r.range),
                };
                // Generators iterated by the loops being left are closed.
                let closes: Vec<Value> = self.loops.iter().rev().filter_map(|l| l.close).collect();
                for it in closes {
                    self.emit_void(Op::CallMethod { name: "__close__".into(), kwnames: Box::new([]) }, vec![it], r.range);
                }
                let cur = self.cur.take().unwrap();
                self.f.set_term(cur, Terminator::Return(v));
            }
            // Declarations were collected by `FnScope::scan`; uses before them
            // are refused where functions are declared (`check_global_order`).
            Stmt::Global(_) => {}
            Stmt::FunctionDef(d) => {
                if !self.is_module {
                    return self.nested_def(d);
                }
                if self.p.target_mode && d.name.as_str() == "target" {
                    return Ok(());
                }
                if is_builtin_name(d.name.as_str()) {
                    return Err(()); // already refused where functions are declared
                }
                if self.p.funcs.get(d.name.as_str()).is_none_or(|sig| sig.range != d.range) {
                    return self.error(codes::UNSUPPORTED_STMT, d.range, "functions defined inside `if`, loops or twice are not supported");
                }
                // Evaluate non-constant defaults now, as CPython does when `def` runs.
                let name = d.name.to_string();
                if let Some(g) = self.p.funcs.get(&name).and_then(|s| s.defined_flag) {
                    let none = self.konst(Const::None, d.name.range);
                    self.emit_void(Op::StoreGlobal(g), vec![none], d.name.range);
                }
                let defaults = self.p.funcs.get(&name).map(|s| s.defaults.clone()).unwrap_or_default();
                for (a, dflt) in d.parameters.args.iter().zip(defaults) {
                    if let (Some(DefaultArg::Global(g)), Some(e)) = (dflt, &a.default) {
                        let v = self.expr(e)?;
                        self.emit_void(Op::StoreGlobal(g), vec![v], e.range());
                    }
                }
            }
            Stmt::ClassDef(c) => self.class_stmt(c)?,
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Raise(r) => self.raise_stmt(r)?,
            Stmt::With(w) => return self.error(codes::UNSUPPORTED_STMT, w.range, "`with` statements are not supported"),
            Stmt::Match(m) => return self.error(codes::UNSUPPORTED_STMT, m.range, "`match` statements are not supported yet"),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    match t {
                        Expr::Subscript(sub) => {
                            let c = self.expr(&sub.value)?;
                            match &*sub.slice {
                                Expr::Slice(sl) => {
                                    let mut args = vec![c];
                                    args.extend(self.slice_bounds(sl)?);
                                    self.emit_void(Op::Builtin(Builtin::DelSlice), args, sub.range);
                                }
                                idx => {
                                    let i = self.expr(idx)?;
                                    self.emit_void(Op::Builtin(Builtin::DelItem), vec![c, i], sub.range);
                                }
                            }
                        }
                        t => return self.error(codes::UNSUPPORTED_STMT, t.range(), "only `del` of items and slices is supported"),
                    }
                }
            }
            Stmt::Assert(a) => {
                let span = self.p.span(a.range);
                let fail = self.new_block(span);
                let ok = self.new_block(span);
                self.cond(&a.test, ok, fail)?;
                self.seal(fail);
                self.seal(ok);
                self.cur = Some(fail);
                match &a.msg {
                    None => self.emit_void(Op::Raise { class: "AssertionError".into(), message: "".into() }, vec![], a.range),
                    Some(m) => {
                        let v = self.expr(m)?;
                        let s = self.emit(Op::Builtin(Builtin::Str), vec![v], m.range());
                        self.emit_void(Op::CallMethod { name: "__assert_fail__".into(), kwnames: Box::new([]) }, vec![s], a.range);
                    }
                }
                if let Some(cur) = self.cur.take() {
                    self.f.set_term(cur, Terminator::Unreachable);
                }
                self.cur = Some(ok);
            }
            Stmt::Nonlocal(n) => self.nonlocal_stmt(n)?,
            Stmt::TypeAlias(t) => return self.error(codes::UNSUPPORTED_STMT, t.range, "type aliases are not supported"),
            Stmt::Import(i) => self.import(i)?,
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::IpyEscapeCommand(c) => return self.error(codes::SYNTAX, c.range, "IPython escapes are not Python"),
        }
        Ok(())
    }

    fn assign(&mut self, a: &ast::StmtAssign) -> R<()> {
        // Tuple unpacking of a tuple display: evaluate all values, then assign.
        if let [target] = a.targets.as_slice()
            && let (Some(targets), Expr::Tuple(vals)) = (seq_elts(target), &*a.value)
            && !targets.iter().any(|t| matches!(t, Expr::Starred(_)))
        {
                if targets.len() != vals.elts.len() {
                    let msg = if targets.len() > vals.elts.len() {
                        format!("not enough values to unpack (expected {}, got {})", targets.len(), vals.elts.len())
                    } else {
                        format!("too many values to unpack (expected {})", targets.len())
                    };
                    return self.error(codes::BAD_OPERAND, a.range, msg);
                }
                let mut values = Vec::new();
                for e in vals.elts.iter() {
                    values.push(self.expr(e)?);
                }
                for (t, v) in targets.iter().zip(values) {
                    self.assign_target(t, v)?;
                }
                return Ok(());
            }
        let v = self.expr(&a.value)?;
        for t in &a.targets {
            self.assign_target(t, v)?;
        }
        Ok(())
    }

    fn assign_target(&mut self, t: &Expr, v: Value) -> R<()> {
        match t {
            Expr::Name(n) => self.assign_name(n.id.as_str(), v, n.range),
            Expr::Subscript(s) => {
                let c = self.expr(&s.value)?;
                match &*s.slice {
                    Expr::Slice(sl) => {
                        let mut args = vec![c];
                        args.extend(self.slice_bounds(sl)?);
                        args.push(v);
                        self.emit_void(Op::Builtin(Builtin::SetSlice), args, s.range);
                    }
                    idx => {
                        let i = self.expr(idx)?;
                        self.emit_void(Op::Builtin(Builtin::SetItem), vec![c, i, v], s.range);
                    }
                }
                Ok(())
            }
            Expr::Attribute(at) => {
                if let Some(m) = self.module_of(&at.value) {
                    return self.module_store(&m, at, v);
                }
                self.check_attr_name(at)?;
                let obj = self.expr(&at.value)?;
                self.emit_void(Op::SetAttr(at.attr.as_str().into()), vec![obj, v], at.range);
                Ok(())
            }
            Expr::Tuple(_) | Expr::List(_) => {
                let elts = seq_elts(t).unwrap();
                let stars: Vec<usize> = elts.iter().enumerate().filter(|(_, e)| matches!(e, Expr::Starred(_))).map(|(k, _)| k).collect();
                if stars.len() > 1 {
                    return self.error(codes::SYNTAX, elts[stars[1]].range(), "multiple starred expressions in assignment");
                }
                if let Some(&k) = stars.first() {
                    // `a, *rest, z = seq`: the starred name gets a list of the middle.
                    let r = t.range();
                    let (before, after) = (k, elts.len() - k - 1);
                    let l = self.emit(Op::Builtin(Builtin::List), vec![v], r);
                    let n = self.konst(Const::Int((before + after) as i64), r);
                    let l = self.emit(Op::CallMethod { name: "__unpack_star__".into(), kwnames: Box::new([]) }, vec![l, n], r);
                    for (j, e) in elts.iter().enumerate() {
                        let x = if j < k {
                            let i = self.konst(Const::Int(j as i64), e.range());
                            self.emit(Op::Builtin(Builtin::GetItem), vec![l, i], e.range())
                        } else if j > k {
                            let i = self.konst(Const::Int(j as i64 - elts.len() as i64), e.range());
                            self.emit(Op::Builtin(Builtin::GetItem), vec![l, i], e.range())
                        } else {
                            let lo = self.konst(Const::Int(before as i64), e.range());
                            let hi = if after == 0 { self.konst(Const::None, e.range()) } else { self.konst(Const::Int(-(after as i64)), e.range()) };
                            let step = self.konst(Const::None, e.range());
                            self.emit(Op::Builtin(Builtin::Slice), vec![l, lo, hi, step], e.range())
                        };
                        let target = match e {
                            Expr::Starred(s) => &*s.value,
                            e => e,
                        };
                        self.assign_target(target, x)?;
                    }
                    return Ok(());
                }
                let tuple = self.emit(Op::Unpack(elts.len() as u32), vec![v], t.range());
                for (k, e) in elts.iter().enumerate() {
                    let x = self.emit(Op::TupleGet(k as u32), vec![tuple], e.range());
                    self.assign_target(e, x)?;
                }
                Ok(())
            }
            Expr::Starred(s) => self.error(codes::UNSUPPORTED_STMT, s.range, "starred assignment is not supported"),
            _ => self.error(codes::SYNTAX, t.range(), "cannot assign to this expression"),
        }
    }

    /// The three bounds of a slice, None where omitted.
    fn slice_bounds(&mut self, sl: &ast::ExprSlice) -> R<Vec<Value>> {
        let mut out = Vec::new();
        for part in [&sl.lower, &sl.upper, &sl.step] {
            out.push(match part {
                Some(e) => self.expr(e)?,
                None => self.konst(Const::None, sl.range),
            });
        }
        Ok(out)
    }

    /// Evaluate a statically known `__name__` test, so the dead branch is never built.
    fn static_test(&self, e: &Expr) -> Option<bool> { self.p.static_test(e) }

    fn if_stmt(&mut self, i: &ast::StmtIf) -> R<()> {
        let mut clauses: Vec<(Option<&Expr>, &[Stmt], ast::TextRange)> = vec![(Some(&*i.test), &i.body, i.range)];
        for c in &i.elif_else_clauses {
            clauses.push((c.test.as_ref(), &c.body, c.range));
        }
        let join = self.new_block(self.p.span(i.range));
        for (test, body, range) in clauses {
            if self.cur.is_none() {
                break;
            }
            match test {
                None => {
                    self.suite(body);
                    self.jump(join);
                }
                Some(test) => match self.static_test(test) {
                    Some(true) => {
                        self.suite(body);
                        self.jump(join);
                        break;
                    }
                    Some(false) => continue,
                    None => {
                        let then_ = self.new_block(self.p.span(range));
                        let else_ = self.new_block(self.p.span(range));
                        self.cond(test, then_, else_)?;
                        self.seal(then_);
                        self.seal(else_);
                        self.cur = Some(then_);
                        self.narrow_all(test, then_);
                        self.suite(body);
                        self.jump(join);
                        self.cur = Some(else_);
                    }
                },
            }
        }
        self.jump(join);
        self.seal(join);
        self.cur = if self.preds[join.index()].is_empty() { None } else { Some(join) };
        Ok(())
    }

    /// The end of a loop whose body has been built: seal the header (its back
    /// edges are all known), build the `else` clause, and continue at the exit.
    fn loop_exit(&mut self, header: Block, orelse: Block, else_body: &[Stmt], exit: Block) {
        self.seal(header);
        self.seal(orelse);
        self.cur = Some(orelse);
        self.suite(else_body);
        self.jump(exit);
        self.seal(exit);
        self.cur = if self.preds[exit.index()].is_empty() { None } else { Some(exit) };
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> R<()> {
        let span = self.p.span(w.range);
        let header = self.new_block(span);
        let body = self.new_block(span);
        let orelse = self.new_block(span);
        let exit = self.new_block(span);
        self.jump(header);
        self.cur = Some(header);
        // `while True:` leaves only by break (or return/raise).
        let forever = match &*w.test {
            Expr::BooleanLiteral(b) => b.value,
            Expr::NumberLiteral(n) => matches!(&n.value, ast::Number::Int(i) if i.as_i64() != Some(0)),
            _ => false,
        };
        if forever {
            self.jump(body);
        } else {
            self.cond(&w.test, body, orelse)?;
        }
        self.seal(body);
        self.cur = Some(body);
        self.narrow_all(&w.test, body);
        self.loops.push(LoopCtx { continue_to: header, break_to: exit, close: None });
        self.suite(&w.body);
        self.loops.pop();
        self.jump(header);
        self.loop_exit(header, orelse, &w.orelse, exit);
        Ok(())
    }

    fn for_stmt(&mut self, f: &ast::StmtFor) -> R<()> {
        if f.is_async {
            return self.error(codes::UNSUPPORTED_STMT, f.range, "`async for` is not supported");
        }
        let range_call = match &*f.iter {
            Expr::Call(call) if matches!(&*call.func, Expr::Name(n) if n.id.as_str() == "range" && !self.p.globals.contains_key("range") && !self.is_local("range") && !self.p.funcs.contains_key("range")) => Some(call),
            _ => None,
        };
        let Some(call) = range_call else { return self.for_iter(f) };
        if !call.arguments.keywords.is_empty() {
            return self.error(codes::BAD_CALL, call.range(), "range() takes no keyword arguments");
        }
        let args = &call.arguments.args;
        let r = call.range();
        let (start, stop, step): (Value, Value, Option<(Value, Option<i64>)>) = match args.len() {
            1 => (self.konst(Const::Int(0), r), self.expr(&args[0])?, None),
            2 => (self.expr(&args[0])?, self.expr(&args[1])?, None),
            3 => {
                let start = self.expr(&args[0])?;
                let stop = self.expr(&args[1])?;
                let k = match const_of(&args[2]) {
                    Some(Const::Int(k)) => Some(k),
                    _ => None,
                };
                if k == Some(0) {
                    return self.error(codes::BAD_CALL, args[2].range(), "range() arg 3 must not be zero");
                }
                (start, stop, Some((self.expr(&args[2])?, k)))
            }
            n => return self.error(codes::BAD_CALL, r, format!("range expected at most 3 arguments, got {n}")),
        };
        // The values must be ints (or bools): `operator.index`, as range() does.
        let start = self.emit(Op::Builtin(Builtin::Index), vec![start], r);
        let stop = self.emit(Op::Builtin(Builtin::Index), vec![stop], r);
        let (step, k) = match step {
            Some((s, k)) => (self.emit(Op::Builtin(Builtin::Index), vec![s], r), k),
            None => (self.konst(Const::Int(1), r), Some(1)),
        };
        if k.is_none() {
            // range() raises ValueError for a zero step before the loop starts.
            let zero = self.konst(Const::Int(0), r);
            let is_zero = self.emit(Op::Compare(CmpOp::Eq), vec![step, zero], r);
            let bad = self.new_block(self.p.span(r));
            let ok = self.new_block(self.p.span(r));
            self.branch(is_zero, bad, ok);
            self.seal(bad);
            self.seal(ok);
            self.cur = Some(bad);
            self.emit_void(Op::Raise { class: "ValueError".into(), message: "range() arg 3 must not be zero".into() }, vec![], r);
            let cur = self.cur.take().unwrap();
            self.f.set_term(cur, Terminator::Unreachable);
            self.cur = Some(ok);
        }
        let counter = self.new_var("$i");
        let cur = self.cur.unwrap();
        self.write_var(counter, cur, start);
        let span = self.p.span(f.range);
        let header = self.new_block(span);
        let body = self.new_block(span);
        let latch = self.new_block(span);
        let orelse = self.new_block(span);
        let exit = self.new_block(span);
        self.jump(header);
        self.cur = Some(header);
        let i = self.read_var(counter, header);
        let more = match k {
            Some(k) if k > 0 => self.emit(Op::Compare(CmpOp::Lt), vec![i, stop], r),
            Some(_) => self.emit(Op::Compare(CmpOp::Gt), vec![i, stop], r),
            None => {
                let zero = self.konst(Const::Int(0), r);
                let up = self.emit(Op::Compare(CmpOp::Gt), vec![step, zero], r);
                let lt = self.emit(Op::Compare(CmpOp::Lt), vec![i, stop], r);
                let gt = self.emit(Op::Compare(CmpOp::Gt), vec![i, stop], r);
                self.emit(Op::Select, vec![up, lt, gt], r)
            }
        };
        self.branch(more, body, orelse);
        self.seal(body);
        self.cur = Some(body);
        self.assign_target(&f.target, i)?;
        self.loops.push(LoopCtx { continue_to: latch, break_to: exit, close: None });
        self.suite(&f.body);
        self.loops.pop();
        self.jump(latch);
        self.seal(latch);
        if !self.preds[latch.index()].is_empty() {
            self.cur = Some(latch);
            let i = self.read_var(counter, latch);
            let next = self.emit(Op::Prim(pyrt_ir::Prim::IntRangeNext), vec![i, step], r);
            self.write_var(counter, latch, next);
            self.jump(header);
        }
        self.loop_exit(header, orelse, &f.orelse, exit);
        Ok(())
    }

    /// `for target in iterable:` over any iterable, through the iterator protocol.
    fn for_iter(&mut self, f: &ast::StmtFor) -> R<()> {
        let r = f.iter.range();
        let seq = self.iterable(&f.iter)?;
        let span = self.p.span(f.range);
        let orelse = self.new_block(span);
        let exit = self.new_block(span);
        let (header, x, it) = self.iter_loop_head_it(seq, orelse, r, f.target.range(), span);
        let assigned = self.assign_target(&f.target, x);
        // A generator made for this loop alone is closed when the loop is left early.
        let temporary = match &*f.iter {
            Expr::Generator(_) => true,
            Expr::Call(c) => matches!(&*c.func, Expr::Name(n) if self.p.funcs.get(n.id.as_str()).is_some_and(|s| s.generator) && !self.is_local(n.id.as_str())),
            _ => false,
        };
        if assigned.is_ok() {
            self.loops.push(LoopCtx { continue_to: header, break_to: exit, close: temporary.then_some(it) });
            self.suite(&f.body);
            self.loops.pop();
        }
        self.jump(header);
        self.loop_exit(header, orelse, &f.orelse, exit);
        assigned
    }

    /// The head of a loop over `seq` through the iterator protocol: a new header
    /// leaves for `done` when the iterator is exhausted; the body continues with
    /// the element. Returns the header (the loop's `continue` target) and the element.
    fn iter_loop_head(&mut self, seq: Value, done: Block, r: ast::TextRange, elem_r: ast::TextRange, span: Span) -> (Block, Value) {
        let (header, x, _) = self.iter_loop_head_it(seq, done, r, elem_r, span);
        (header, x)
    }

    /// `iter_loop_head`, also giving the iterator.
    fn iter_loop_head_it(&mut self, seq: Value, done: Block, r: ast::TextRange, elem_r: ast::TextRange, span: Span) -> (Block, Value, Value) {
        let it = self.emit(Op::Builtin(Builtin::Iter), vec![seq], r);
        let header = self.new_block(span);
        let body = self.new_block(span);
        self.jump(header);
        self.cur = Some(header);
        let more = self.emit(Op::IterNext, vec![it], r);
        self.branch(more, body, done);
        self.seal(body);
        self.cur = Some(body);
        let x = self.emit(Op::IterValue, vec![it], elem_r);
        (header, x, it)
    }

    /// An expression consumed whole by an iteration. A generator expression here
    /// is refused: it would run interleaved with the consumer.
    fn iterable(&mut self, e: &Expr) -> R<Value> {
        if let Expr::Generator(g) = e {
            return self.genexp(g);
        }
        self.expr(e)
    }

    /// An argument consumed whole, at once, by the callee: a generator expression
    /// here runs to the end first, which the callee cannot tell apart.
    fn eager_arg(&mut self, e: &Expr) -> R<Value> {
        match e {
            Expr::Generator(g) => self.comprehension(Comp::List, &g.elt, None, &g.generators, g.range),
            e => self.expr(e),
        }
    }

    /// A list, set or dict comprehension (or an eagerly consumed generator expression).
    fn comprehension(&mut self, kind: Comp, elt: &Expr, value: Option<&Expr>, gens: &[ast::Comprehension], r: ast::TextRange) -> R<Value> {
        // The first iterable is evaluated in the enclosing scope.
        let first = self.iterable(&gens[0].iter)?;
        let acc = match kind {
            Comp::List => self.emit(Op::BuildList, vec![], r),
            Comp::Set => self.emit(Op::BuildSet, vec![], r),
            Comp::Dict => self.emit(Op::BuildDict, vec![], r),
        };
        self.push_comp_scope(gens);
        let res = self.comp_loop(gens, 0, Some(first), &mut |this: &mut Self| {
            let cur_ok = this.cur.is_some();
            if !cur_ok {
                return Ok(());
            }
            match kind {
                Comp::List | Comp::Set => {
                    let v = this.expr(elt)?;
                    let name = if kind == Comp::List { "append" } else { "add" };
                    this.emit_void(Op::CallMethod { name: name.into(), kwnames: Box::new([]) }, vec![acc, v], elt.range());
                }
                Comp::Dict => {
                    let k = this.expr(elt)?;
                    let v = this.expr(value.unwrap())?;
                    this.emit_void(Op::Builtin(Builtin::SetItem), vec![acc, k, v], elt.range());
                }
            }
            Ok(())
        });
        self.comp_scopes.pop();
        res?;
        Ok(acc)
    }

    /// A comprehension's own scope: the names its `for` targets bind become hidden locals.
    fn push_comp_scope(&mut self, gens: &[ast::Comprehension]) {
        self.comp_count += 1;
        let mut scope = HashMap::new();
        for g in gens {
            let mut names = Vec::new();
            collect_target_names(&g.target, &mut names);
            for (n, _) in names {
                let hidden = format!("{n}${}", self.comp_count);
                scope.insert(n, hidden);
            }
        }
        self.comp_scopes.push(scope);
    }

    /// The loops of a comprehension's `for` clauses, innermost running `inner`.
    fn comp_loop(&mut self, gens: &[ast::Comprehension], k: usize, first: Option<Value>, inner: &mut dyn FnMut(&mut Self) -> R<()>) -> R<()> {
        let g = &gens[k];
        if g.is_async {
            return self.error(codes::UNSUPPORTED_EXPR, g.range, "`async for` is not supported");
        }
        let seq = match first {
            Some(v) => v,
            None => self.iterable(&g.iter)?,
        };
        let span = self.p.span(g.range);
        let exit = self.new_block(span);
        let (header, x) = self.iter_loop_head(seq, exit, g.iter.range(), g.target.range(), span);
        let mut res = self.assign_target(&g.target, x);
        for cond in &g.ifs {
            if res.is_err() {
                break;
            }
            let next = self.new_block(span);
            res = self.cond(cond, next, header);
            self.seal(next);
            self.cur = Some(next);
        }
        if res.is_ok() {
            res = if k + 1 < gens.len() { self.comp_loop(gens, k + 1, None, inner) } else { inner(self) };
        }
        self.jump(header);
        self.seal(header);
        self.seal(exit);
        self.cur = Some(exit);
        res
    }

    /// `any(genexp)` / `all(genexp)`: a loop that stops at the first deciding element.
    fn any_all(&mut self, is_any: bool, g: &ast::ExprGenerator) -> R<Value> {
        let r = g.range;
        let first = self.iterable(&g.generators[0].iter)?;
        let span = self.p.span(r);
        let done = self.new_block(span);
        let tmp = self.new_var("$anyall");
        self.push_comp_scope(&g.generators);
        let res = self.comp_loop(&g.generators, 0, Some(first), &mut |this: &mut Self| {
            if this.cur.is_none() {
                return Ok(());
            }
            let v = this.expr(&g.elt)?;
            let t = this.emit(Op::Truth, vec![v], g.elt.range());
            let decided = this.new_block(span);
            let go_on = this.new_block(span);
            if is_any { this.branch(t, decided, go_on) } else { this.branch(t, go_on, decided) }
            this.seal(decided);
            this.seal(go_on);
            this.cur = Some(decided);
            let c = this.konst(Const::Bool(is_any), r);
            this.write_var(tmp, decided, c);
            this.jump(done);
            this.cur = Some(go_on);
            Ok(())
        });
        self.comp_scopes.pop();
        res?;
        if let Some(cur) = self.cur {
            let c = self.konst(Const::Bool(!is_any), r);
            self.write_var(tmp, cur, c);
            self.jump(done);
        }
        self.seal(done);
        self.cur = Some(done);
        Ok(self.read_var(tmp, done))
    }

    // ----- conditions -------------------------------------------------------------

    /// Branch on the truth of `e` without materializing `and`/`or`/`not` values.
    fn cond(&mut self, e: &Expr, then_: Block, else_: Block) -> R<()> {
        match e {
            Expr::BoolOp(b) => {
                let n = b.values.len();
                for (k, v) in b.values.iter().enumerate() {
                    if k == n - 1 {
                        return self.cond(v, then_, else_);
                    }
                    let next = self.new_block(self.p.span(v.range()));
                    match b.op {
                        ast::BoolOp::And => self.cond(v, next, else_)?,
                        ast::BoolOp::Or => self.cond(v, then_, next)?,
                    }
                    self.seal(next);
                    self.cur = Some(next);
                    if b.op == ast::BoolOp::And {
                        self.narrow_all(v, next);
                    }
                }
                Ok(())
            }
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.cond(&u.operand, else_, then_),
            _ => {
                let v = self.expr(e)?;
                let t = self.emit(Op::Truth, vec![v], e.range());
                self.branch(t, then_, else_);
                Ok(())
            }
        }
    }

    // ----- expressions --------------------------------------------------------------

    fn expr(&mut self, e: &Expr) -> R<Value> {
        if self.depth >= MAX_NESTING {
            return self.error(codes::UNSUPPORTED_EXPR, e.range(), format!("expression nested more than {MAX_NESTING} levels deep (CPython refuses such programs when it compiles them)"));
        }
        self.depth += 1;
        let v = self.expr_inner(e);
        self.depth -= 1;
        v
    }

    fn expr_inner(&mut self, e: &Expr) -> R<Value> {
        let r = e.range();
        match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(i) => Ok(self.konst(Const::Int(i), r)),
                    None => self.error(codes::UNSUPPORTED_EXPR, r, "integer literal does not fit in 64 bits"),
                },
                ast::Number::Float(f) => Ok(self.konst(Const::Float(*f), r)),
                ast::Number::Complex { .. } => self.error(codes::UNSUPPORTED_EXPR, r, "complex numbers are not supported"),
            },
            Expr::StringLiteral(s) => {
                if s.value.iter().any(|part| surrogate_escape(self.p.text, part.range)) {
                    return self.error(codes::UNSUPPORTED_EXPR, r, "strings with lone surrogates (`\\ud800`–`\\udfff`) are not supported: JS strings cannot keep them apart from surrogate pairs");
                }
                Ok(self.konst(Const::Str(s.value.to_str().into()), r))
            }
            Expr::BooleanLiteral(b) => Ok(self.konst(Const::Bool(b.value), r)),
            Expr::NoneLiteral(_) => Ok(self.konst(Const::None, r)),
            Expr::Name(n) => self.read_name(n.id.as_str(), r),
            Expr::BinOp(b) => {
                let l = self.expr(&b.left)?;
                let rr = self.expr(&b.right)?;
                let Some(op) = binop(b.op) else { return self.error(codes::UNSUPPORTED_EXPR, r, "the `@` operator is not supported") };
                // `int ** -n` is a float in CPython (int.__pow__ hands it to float.__pow__):
                // with a constant negative exponent the types are known here.
                // CPython folds arithmetic on int constants when it compiles (which,
                // for one, makes `{1 + 7, 1, 9}` a constant set, built its way).
                if let (Some(Const::Int(x)), Some(Const::Int(y))) = (self.f.const_of(l).cloned(), self.f.const_of(rr).cloned()) {
                    let folded = match op {
                        BinOp::Add => x.checked_add(y),
                        BinOp::Sub => x.checked_sub(y),
                        BinOp::Mul => x.checked_mul(y),
                        _ => None,
                    };
                    if let Some(v) = folded.filter(|v| v.unsigned_abs() < (1u64 << 53)) {
                        return Ok(self.konst(Const::Int(v), r));
                    }
                }
                if op == BinOp::Pow && matches!(self.f.const_of(rr), Some(Const::Int(k)) if *k < 0) {
                    let lf = self.emit(Op::Builtin(Builtin::Float), vec![l], b.left.range());
                    let rf = self.emit(Op::Builtin(Builtin::Float), vec![rr], b.right.range());
                    return Ok(self.emit(Op::Binary(op), vec![lf, rf], r));
                }
                Ok(self.emit(Op::Binary(op), vec![l, rr], r))
            }
            Expr::UnaryOp(u) => {
                let v = self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                };
                // Fold negative literals so `-9007199254740991` stays a constant.
                if op == UnaryOp::Neg
                    && let Some(Const::Int(i)) = self.f.const_of(v).cloned()
                        && let Some(n) = i.checked_neg() {
                            return Ok(self.konst(Const::Int(n), r));
                        }
                Ok(self.emit(Op::Unary(op), vec![v], r))
            }
            Expr::Compare(c) => self.compare_value(c),
            Expr::BoolOp(_) => self.bool_value(e),
            Expr::If(i) => {
                let span = self.p.span(r);
                let (then_, else_, join) = (self.new_block(span), self.new_block(span), self.new_block(span));
                self.cond(&i.test, then_, else_)?;
                self.seal(then_);
                self.seal(else_);
                let tmp = self.new_var("$ifexp");
                for (b, e) in [(then_, &i.body), (else_, &i.orelse)] {
                    self.cur = Some(b);
                    if b == then_ {
                        self.narrow_all(&i.test, b);
                    }
                    let v = self.expr(e)?;
                    let cur = self.cur.unwrap();
                    self.write_var(tmp, cur, v);
                    self.jump(join);
                }
                self.seal(join);
                self.cur = Some(join);
                Ok(self.read_var(tmp, join))
            }
            Expr::Call(c) => self.call(c),
            Expr::Subscript(s) => {
                let v = self.expr(&s.value)?;
                match &*s.slice {
                    Expr::Slice(sl) => {
                        let mut args = vec![v];
                        args.extend(self.slice_bounds(sl)?);
                        Ok(self.emit(Op::Builtin(Builtin::Slice), args, r))
                    }
                    idx => {
                        let i = self.expr(idx)?;
                        Ok(self.emit(Op::Builtin(Builtin::GetItem), vec![v, i], r))
                    }
                }
            }
            Expr::FString(f) => self.fstring(f),
            Expr::Attribute(a) if matches!(&*a.value, Expr::Name(n) if n.id.as_str() == "str") && !self.is_local("str") && !self.p.globals.contains_key("str") => self.str_method_value(a),
            Expr::Attribute(a) if matches!(&*a.value, Expr::Call(sc) if matches!(&*sc.func, Expr::Name(n) if n.id.as_str() == "super")) && !self.is_local("super") => {
                self.super_attr(a)
            }
            Expr::Attribute(a) => {
                if let Some(m) = self.module_of(&a.value) {
                    return self.module_attr(&m, a);
                }
                self.check_attr_name(a)?;
                let obj = self.expr(&a.value)?;
                Ok(self.emit(Op::GetAttr(a.attr.as_str().into()), vec![obj], r))
            }
            Expr::Lambda(l) => self.lambda(l),
            Expr::List(_) | Expr::Set(_) | Expr::Tuple(_) => {
                let elts = match e {
                    Expr::List(l) => &l.elts,
                    Expr::Set(l) => &l.elts,
                    Expr::Tuple(l) => &l.elts,
                    _ => unreachable!(),
                };
                let mut vals = Vec::new();
                for x in elts.iter() {
                    if let Expr::Starred(st) = x {
                        return self.error(codes::UNSUPPORTED_EXPR, st.range, "unpacking with `*` in a display is not supported");
                    }
                    vals.push(self.expr(x)?);
                }
                let op = match e {
                    Expr::List(_) => Op::BuildList,
                    Expr::Set(_) => Op::BuildSet,
                    _ => Op::BuildTuple,
                };
                Ok(self.emit(op, vals, r))
            }
            Expr::Dict(d) => {
                let mut vals = Vec::new();
                for item in d.items.iter() {
                    let Some(k) = &item.key else {
                        return self.error(codes::UNSUPPORTED_EXPR, item.value.range(), "unpacking with `**` in a dict display is not supported");
                    };
                    vals.push(self.expr(k)?);
                    vals.push(self.expr(&item.value)?);
                }
                Ok(self.emit(Op::BuildDict, vals, r))
            }
            Expr::ListComp(c) => self.comprehension(Comp::List, &c.elt, None, &c.generators, r),
            Expr::SetComp(c) => self.comprehension(Comp::Set, &c.elt, None, &c.generators, r),
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(Comp::Dict, k, Some(&c.value), &c.generators, r),
                None => self.error(codes::UNSUPPORTED_EXPR, r, "unpacking with `**` in a dict comprehension is not supported"),
            },
            Expr::Generator(g) => self.iterable(&Expr::Generator(g.clone())),
            Expr::Yield(y) => self.yield_expr(y),
            Expr::YieldFrom(y) => self.error(codes::UNSUPPORTED_EXPR, y.range, "the value of `yield from` (the generator's return value) is not supported yet; use `yield from` as a statement"),
            Expr::Await(a) if self.f.is_async => {
                let v = self.expr(&a.value)?;
                Ok(self.emit(Op::Js(pyrt_ir::JsOp::Await), vec![v], r))
            }
            Expr::Await(_) => self.error(codes::SYNTAX, r, "'await' outside async function"),
            Expr::Named(_) => self.error(codes::UNSUPPORTED_EXPR, r, "assignment expressions (`:=`) are not supported yet"),
            Expr::Starred(_) => self.error(codes::UNSUPPORTED_EXPR, r, "starred expressions are not supported"),
            Expr::Slice(_) => self.error(codes::UNSUPPORTED_EXPR, r, "a slice outside a subscript"),
            Expr::BytesLiteral(_) => self.error(codes::UNSUPPORTED_EXPR, r, "bytes are not supported"),
            Expr::EllipsisLiteral(_) => self.error(codes::UNSUPPORTED_EXPR, r, "`...` is not supported as a value"),
            Expr::TString(_) => self.error(codes::SYNTAX, r, "template strings need Python 3.14"),
            Expr::IpyEscapeCommand(_) => self.error(codes::SYNTAX, r, "IPython escapes are not Python"),
        }
    }

    /// `a < b < c` as a value: each link short-circuits; the middle operand is evaluated once.
    fn compare_value(&mut self, c: &ast::ExprCompare) -> R<Value> {
        let mut left = self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            let right = self.expr(&c.comparators[0])?;
            return Ok(self.emit(Op::Compare(cmpop(c.ops[0])), vec![left, right], c.range));
        }
        let span = self.p.span(c.range);
        let join = self.new_block(span);
        let tmp = self.new_var("$cmp");
        for (k, (op, rhs)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            let right = self.expr(rhs)?;
            let v = self.emit(Op::Compare(cmpop(*op)), vec![left, right], c.range);
            let cur = self.cur.unwrap();
            self.write_var(tmp, cur, v);
            if k == n - 1 {
                self.jump(join);
            } else {
                let next = self.new_block(span);
                self.branch(v, next, join);
                self.seal(next);
                self.cur = Some(next);
                left = right;
            }
        }
        self.seal(join);
        self.cur = Some(join);
        Ok(self.read_var(tmp, join))
    }

    /// `a and b` / `a or b` as a value: the operand that decided, as in CPython.
    fn bool_value(&mut self, e: &Expr) -> R<Value> {
        let Expr::BoolOp(b) = e else { unreachable!() };
        let span = self.p.span(b.range);
        let join = self.new_block(span);
        let tmp = self.new_var(match b.op {
            ast::BoolOp::And => "$and",
            ast::BoolOp::Or => "$or",
        });
        let n = b.values.len();
        for (k, v) in b.values.iter().enumerate() {
            let x = self.expr(v)?;
            let cur = self.cur.unwrap();
            self.write_var(tmp, cur, x);
            if k == n - 1 {
                self.jump(join);
            } else {
                let t = self.emit(Op::Truth, vec![x], v.range());
                let next = self.new_block(span);
                match b.op {
                    ast::BoolOp::And => self.branch(t, next, join),
                    ast::BoolOp::Or => self.branch(t, join, next),
                }
                self.seal(next);
                self.cur = Some(next);
            }
        }
        self.seal(join);
        self.cur = Some(join);
        Ok(self.read_var(tmp, join))
    }

    fn fstring(&mut self, f: &ast::ExprFString) -> R<Value> {
        let mut acc: Option<Value> = None;
        let r = f.range;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    let v = self.konst(Const::Str(l.value.as_ref().into()), l.range);
                    acc = Some(self.concat(acc, v, r));
                }
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        let v = self.fstring_element(el)?;
                        acc = Some(self.concat(acc, v, r));
                    }
                }
            }
        }
        Ok(match acc {
            Some(v) => v,
            None => self.konst(Const::Str("".into()), r),
        })
    }

    fn concat(&mut self, acc: Option<Value>, v: Value, r: ast::TextRange) -> Value {
        match acc {
            None => v,
            Some(a) => self.emit(Op::Binary(BinOp::Add), vec![a, v], r),
        }
    }

    fn fstring_element(&mut self, el: &ast::InterpolatedStringElement) -> R<Value> {
        match el {
            ast::InterpolatedStringElement::Literal(l) => Ok(self.konst(Const::Str(l.value.clone()), l.range)),
            ast::InterpolatedStringElement::Interpolation(i) => {
                let r = i.range;
                let prefix = i.debug_text.as_ref().map(|d| d.as_str().to_string());
                let mut v = self.expr(&i.expression)?;
                let spec = match &i.format_spec {
                    None => None,
                    Some(spec) => {
                        let mut acc = None;
                        for el in spec.elements.iter() {
                            let s = self.fstring_element(el)?;
                            acc = Some(self.concat(acc, s, r));
                        }
                        acc
                    }
                };
                let conversion = match i.conversion {
                    ast::ConversionFlag::None if prefix.is_some() && spec.is_none() => Some(Builtin::Repr),
                    ast::ConversionFlag::None => None,
                    ast::ConversionFlag::Str => Some(Builtin::Str),
                    ast::ConversionFlag::Repr => Some(Builtin::Repr),
                    ast::ConversionFlag::Ascii => return self.error(codes::UNSUPPORTED_EXPR, r, "the `!a` conversion is not supported"),
                };
                if let Some(c) = conversion {
                    v = self.emit(Op::Builtin(c), vec![v], r);
                }
                let empty_spec = spec.is_none_or(|s| self.f.const_of(s) == Some(&Const::Str("".into())));
                let out = if empty_spec {
                    if conversion.is_some() { v } else { self.emit(Op::Builtin(Builtin::Str), vec![v], r) }
                } else {
                    self.emit(Op::Format, vec![v, spec.unwrap()], r)
                };
                Ok(match prefix {
                    Some(p) => {
                        let p = self.konst(Const::Str(p.into()), r);
                        self.emit(Op::Binary(BinOp::Add), vec![p, out], r)
                    }
                    None => out,
                })
            }
        }
    }

    fn call(&mut self, c: &ast::ExprCall) -> R<Value> {
        let name = match &*c.func {
            Expr::Name(n) => n.id.to_string(),
            Expr::Attribute(a) => return self.call_method(a, c),
            _ => return self.call_value(c),
        };
        if let Some(s) = c.arguments.args.iter().find(|a| matches!(a, Expr::Starred(_))) {
            return self.error(codes::UNSUPPORTED_EXPR, s.range(), "`*args` in calls is not supported yet");
        }
        if let Some(k) = c.arguments.keywords.iter().find(|k| k.arg.is_none()) {
            return self.error(codes::UNSUPPORTED_EXPR, k.range, "`**kwargs` in calls is not supported");
        }
        let kws = &c.arguments.keywords;
        for (i, k) in kws.iter().enumerate() {
            let name = k.arg.as_ref().unwrap().as_str();
            if kws[..i].iter().any(|o| o.arg.as_ref().is_some_and(|o| o.as_str() == name)) {
                return self.error(codes::SYNTAX, k.range, format!("keyword argument repeated: {name}"));
            }
        }
        if self.p.funcs.contains_key(&name) && !self.is_local(&name) {
            return self.call_function(&name, c);
        }
        if !self.is_local(&name) && self.comp_name(&name).is_none() && !self.p.globals.contains_key(&name) {
            if let Some((m, attr)) = self.p.lib_names.get(&name).cloned() {
                let recv = self.emit(Op::ModuleRef(m.into()), vec![], c.func.range());
                return self.call_with_receiver(recv, &attr, c);
            }
            if let Some((m, attr)) = self.p.user_names.get(&name).cloned() {
                match self.p.member(&m, &attr) {
                    Some(imports::ModMember::Func(sig)) => return self.call_sig(&attr, sig, c),
                    Some(imports::ModMember::Class(k)) => return self.new_instance(k, c),
                    _ => {}
                }
            }
            if name == "isinstance" {
                return self.isinstance(c);
            }
            if name == "type" && c.arguments.args.len() == 1 && c.arguments.keywords.is_empty() {
                let v = self.expr(&c.arguments.args[0])?;
                return Ok(self.emit(Op::ClassOf, vec![v], c.range()));
            }
            if let Some(k) = self.p.class_named(&name) {
                return self.new_instance(k, c);
            }
        }
        if self.comp_name(&name).is_some() || self.is_local(&name) || self.p.globals.contains_key(&name) || self.outer_slot(&name).is_some() {
            return self.call_value(c);
        }
        if BUILTINS.contains(&name.as_str()) {
            return self.call_builtin(&name, c);
        }
        self.unknown_name(&name, c.func.range())
    }

    fn call_function(&mut self, name: &str, c: &ast::ExprCall) -> R<Value> {
        let sig = self.p.funcs[name].clone();
        self.call_sig(name, sig, c)
    }

    /// A direct call of a function with this signature.
    fn call_sig(&mut self, name: &str, sig: FuncSig, c: &ast::ExprCall) -> R<Value> {
        let r = c.range();
        if sig.refused {
            return Err(());
        }
        let (id, params, defaults, flag) = (sig.id, sig.params.clone(), sig.defaults.clone(), sig.defined_flag);
        if let Some(g) = flag {
            // NameError when the call runs before the `def` (CPython looks the name up first).
            self.emit(Op::LoadGlobal(g), vec![], c.func.range());
        }
        if !sig.vararg {
            let args = self.bind_call(name, &params, &defaults, c, false)?;
            return Ok(self.emit(Op::Call(id), args, r));
        }
        if let Some(s) = c.arguments.args.iter().find(|a| matches!(a, Expr::Starred(_))) {
            return self.error(codes::UNSUPPORTED_EXPR, s.range(), "spreading a sequence into `*args` is not supported: pass the values one by one");
        }
        let mut args = self.bind_call(name, &params, &defaults, c, true)?;
        let extra = args.split_off(params.len());
        let n = extra.len();
        let copy = match self.p.vararg_copies.get(&(id, n)) {
            Some(&f) => f,
            None if self.p.vararg_defs.contains_key(&id) => {
                let span = self.p.m.funcs[id].span;
                let f = self.p.m.funcs.push(Function::new(name, span));
                self.p.vararg_copies.insert((id, n), f);
                self.p.vararg_pending.push((id, f));
                f
            }
            None => return self.error(codes::UNSUPPORTED_EXPR, r, format!("calling `{name}` (a function with `*args` of another module) with {n} extra arguments is not supported")),
        };
        let tuple = self.emit(Op::BuildTuple, extra, r);
        args.push(tuple);
        Ok(self.emit(Op::Call(copy), args, r))
    }

    /// Bind a call's arguments to the parameters (keywords and defaults), as
    /// CPython does; a mismatch is its TypeError, at translation time.
    /// With `vararg`, positional arguments beyond the parameters are returned
    /// after the bound ones (for `*args`).
    fn bind_call(&mut self, name: &str, params: &[String], defaults: &[Option<DefaultArg>], c: &ast::ExprCall, vararg: bool) -> R<Vec<Value>> {
        let r = c.range();
        let mut slots: Vec<Option<Value>> = vec![None; params.len()];
        let all_args = &c.arguments.args;
        let mut extra = Vec::new();
        let args = if vararg && all_args.len() > params.len() { &all_args[..params.len()] } else { &all_args[..] };
        if args.len() > params.len() {
            let msg = format!(
                "{name}() takes {} positional argument{} but {} {} given",
                params.len(),
                if params.len() == 1 { "" } else { "s" },
                args.len(),
                if args.len() == 1 { "was" } else { "were" }
            );
            return self.error(codes::BAD_CALL, r, msg);
        }
        for (k, a) in args.iter().enumerate() {
            slots[k] = Some(self.expr(a)?);
        }
        for a in &all_args[args.len()..] {
            extra.push(self.expr(a)?);
        }
        for kw in c.arguments.keywords.iter() {
            let kname = kw.arg.as_ref().unwrap().as_str();
            let Some(k) = params.iter().position(|p| p == kname) else {
                return self.error(codes::BAD_CALL, kw.range, format!("{name}() got an unexpected keyword argument '{kname}'"));
            };
            if slots[k].is_some() {
                return self.error(codes::BAD_CALL, kw.range, format!("{name}() got multiple values for argument '{kname}'"));
            }
            slots[k] = Some(self.expr(&kw.value)?);
        }
        let mut missing = Vec::new();
        for k in 0..params.len() {
            if slots[k].is_some() {
                continue;
            }
            match &defaults.get(k).cloned().flatten() {
                Some(DefaultArg::Const(cst)) => slots[k] = Some(self.konst(cst.clone(), r)),
                Some(DefaultArg::Global(g)) => slots[k] = Some(self.emit(Op::LoadGlobal(*g), vec![], r)),
                None => missing.push(format!("'{}'", params[k])),
            }
        }
        if !missing.is_empty() {
            let list = match missing.len() {
                1 => missing[0].clone(),
                _ => format!("{} and {}", missing[..missing.len() - 1].join(", "), missing[missing.len() - 1]),
            };
            let msg = format!(
                "{name}() missing {} required positional argument{}: {list}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" }
            );
            return self.error(codes::BAD_CALL, r, msg);
        }
        let mut out: Vec<Value> = slots.into_iter().map(Option::unwrap).collect();
        out.extend(extra);
        Ok(out)
    }

    fn call_builtin(&mut self, name: &str, c: &ast::ExprCall) -> R<Value> {
        let r = c.range();
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        if name == "map" || name == "filter" {
            return self.map_filter(name == "map", c);
        }
        if name == "input" {
            // input(prompt): a function of the sys library module's table.
            let recv = self.emit(Op::ModuleRef("sys".into()), vec![], c.func.range());
            return self.call_with_receiver(recv, "__input__", c);
        }
        if name == "print" {
            let mut vals = Vec::new();
            for a in args.iter() {
                vals.push(self.expr(a)?);
            }
            let (mut sep, mut end, mut file) = (None, None, None);
            for kw in kws.iter() {
                let v = self.expr(&kw.value)?;
                match kw.arg.as_ref().unwrap().as_str() {
                    "sep" => sep = Some(v),
                    "end" => end = Some(v),
                    "flush" => {}
                    "file" => file = Some(v),
                    k => return self.error(codes::BAD_CALL, kw.range, format!("'{k}' is an invalid keyword argument for print()")),
                }
            }
            if let Some(file) = file {
                // print(..., file=f) is f.write(line).
                let text = |this: &Self, v: Option<Value>, dflt: &str| match v {
                    None => Some(dflt.to_string()),
                    Some(v) => match this.f.const_of(v) {
                        Some(Const::Str(s)) => Some(s.to_string()),
                        Some(Const::None) => Some(dflt.to_string()),
                        _ => None,
                    },
                };
                let (Some(sep), Some(end)) = (text(self, sep, " "), text(self, end, "\n")) else {
                    return self.error(codes::UNSUPPORTED_EXPR, r, "print(file=...) with a `sep` or `end` that is not a constant is not supported");
                };
                let mut line: Option<Value> = None;
                for v in vals {
                    let s = self.emit(Op::Builtin(Builtin::Str), vec![v], r);
                    line = Some(match line {
                        None => s,
                        Some(l) => {
                            let sv = self.konst(Const::Str(sep.as_str().into()), r);
                            let l = self.emit(Op::Binary(BinOp::Add), vec![l, sv], r);
                            self.emit(Op::Binary(BinOp::Add), vec![l, s], r)
                        }
                    });
                }
                let ev = self.konst(Const::Str(end.as_str().into()), r);
                let line = match line {
                    None => ev,
                    Some(l) => self.emit(Op::Binary(BinOp::Add), vec![l, ev], r),
                };
                self.emit(Op::CallMethod { name: "write".into(), kwnames: Box::new([]) }, vec![file, line], r);
                return Ok(self.konst(Const::None, r));
            }
            let argc = vals.len() as u32;
            let sep = match sep {
                Some(v) => v,
                None => self.konst(Const::None, r),
            };
            let end = match end {
                Some(v) => v,
                None => self.konst(Const::None, r),
            };
            vals.push(sep);
            vals.push(end);
            return Ok(self.emit(Op::Builtin(Builtin::Print { argc }), vals, r));
        }
        // tuple() of a display or a string literal: its length is known here.
        if name == "tuple" && args.len() == 1 && kws.is_empty() {
            match &args[0] {
                Expr::List(l) if !l.elts.iter().any(|e| matches!(e, Expr::Starred(_))) => {
                    let mut vals = Vec::new();
                    for e in l.elts.iter() {
                        vals.push(self.expr(e)?);
                    }
                    return Ok(self.emit(Op::BuildTuple, vals, r));
                }
                Expr::StringLiteral(lit) if lit.value.to_str().chars().count() <= 64 => {
                    let vals: Vec<Value> = lit.value.to_str().chars().map(|ch| self.konst(Const::Str(ch.to_string().into()), r)).collect();
                    return Ok(self.emit(Op::BuildTuple, vals, r));
                }
                _ => {}
            }
        }
        // min/max(iterable, default=d): d when the iterable is empty.
        if matches!(name, "min" | "max") && args.len() == 1 && kws.len() == 1 && kws[0].arg.as_ref().is_some_and(|k| k.as_str() == "default") {
            let span = self.p.span(r);
            let items = self.eager_arg(&args[0])?;
            let l = self.emit(Op::Builtin(Builtin::List), vec![items], r);
            let n = self.emit(Op::Builtin(Builtin::Len), vec![l], r);
            let (some, none, join) = (self.new_block(span), self.new_block(span), self.new_block(span));
            let t = self.emit(Op::Truth, vec![n], r);
            self.branch(t, some, none);
            self.seal(some);
            self.seal(none);
            let tmp = self.new_var("$minmax");
            self.cur = Some(some);
            let b = if name == "min" { Builtin::MinOf } else { Builtin::MaxOf };
            let m = self.emit(Op::Builtin(b), vec![l], r);
            self.write_var(tmp, some, m);
            self.jump(join);
            self.cur = Some(none);
            let d = self.expr(&kws[0].value)?;
            let cur = self.cur.unwrap();
            self.write_var(tmp, cur, d);
            self.jump(join);
            self.seal(join);
            self.cur = Some(join);
            return Ok(self.read_var(tmp, join));
        }
        // dict(a=1, b=2): a dict of str keys.
        if name == "dict" && args.is_empty() && !kws.is_empty() {
            let mut vals = Vec::new();
            for k in kws.iter() {
                let key = k.arg.as_ref().unwrap().as_str();
                vals.push(self.konst(Const::Str(key.into()), k.range));
                vals.push(self.expr(&k.value)?);
            }
            return Ok(self.emit(Op::BuildDict, vals, r));
        }
        // Keyword arguments the builtin accepts, in their positional slot.
        let kw_slots: &[(&str, usize)] = match name {
            "sorted" => &[("reverse", 1)],
            "enumerate" => &[("start", 1)],
            "sum" => &[("start", 1)],
            _ => &[],
        };
        let mut kwvals: Vec<(usize, &Expr)> = Vec::new();
        for k in kws.iter() {
            let kname = k.arg.as_ref().unwrap().as_str();
            match kw_slots.iter().find(|(n, _)| *n == kname) {
                Some(&(_, slot)) if slot >= args.len() => kwvals.push((slot, &k.value)),
                Some(_) => return self.error(codes::BAD_CALL, k.range, format!("{name}() got multiple values for argument '{kname}'")),
                None if matches!((name, kname), ("sorted" | "min" | "max", "key")) && (args.len() == 1 || name != "sorted") => {
                    return self.call_with_key(name, c);
                }
                None if !kws.is_empty() && kw_slots.is_empty() => return self.error(codes::BAD_CALL, k.range, format!("{name}() takes no keyword arguments")),
                None => return self.error(codes::BAD_CALL, k.range, format!("{name}() got an unexpected keyword argument '{kname}'")),
            }
        }
        if (name == "min" || name == "max") && args.len() == 1 {
            let v = self.eager_arg(&args[0])?;
            let b = if name == "min" { Builtin::MinOf } else { Builtin::MaxOf };
            return Ok(self.emit(Op::Builtin(b), vec![v], r));
        }
        if (name == "any" || name == "all") && args.len() == 1
            && let Expr::Generator(g) = &args[0] {
                return self.any_all(name == "any", g);
            }
        if name == "format" && (1..=2).contains(&args.len()) {
            let v = self.expr(&args[0])?;
            let spec = match args.get(1) {
                Some(e) => self.expr(e)?,
                None => self.konst(Const::Str("".into()), r),
            };
            return Ok(self.emit(Op::Format, vec![v, spec], r));
        }
        if name == "pow" && args.len() == 2 {
            let a = self.expr(&args[0])?;
            let b = self.expr(&args[1])?;
            return Ok(self.emit(Op::Binary(BinOp::Pow), vec![a, b], r));
        }
        if name == "next" && args.len() == 2 {
            let a = self.expr(&args[0])?;
            let b = self.expr(&args[1])?;
            return Ok(self.emit(Op::Builtin(Builtin::NextOr), vec![a, b], r));
        }
        let (b, min, max) = match name {
            "str" => (Builtin::Str, 0, 1),
            "repr" => (Builtin::Repr, 1, 1),
            "int" => (Builtin::Int, 0, 1),
            "float" => (Builtin::Float, 0, 1),
            "bool" => (Builtin::Bool, 0, 1),
            "abs" => (Builtin::Abs, 1, 1),
            "len" => (Builtin::Len, 1, 1),
            "min" => (Builtin::Min, 2, usize::MAX),
            "max" => (Builtin::Max, 2, usize::MAX),
            "round" => (Builtin::Round, 1, 2),
            "range" => (Builtin::Range, 1, 3),
            "list" => (Builtin::List, 0, 1),
            "set" => (Builtin::Set, 0, 1),
            "dict" => (Builtin::Dict, 0, 1),
            "tuple" => (Builtin::Tuple, 0, 1),
            "sorted" => (Builtin::Sorted, 1, 2),
            "reversed" => (Builtin::Reversed, 1, 1),
            "enumerate" => (Builtin::Enumerate, 1, 2),
            "zip" => (Builtin::Zip, 1, usize::MAX),
            "sum" => (Builtin::Sum, 1, 2),
            "any" => (Builtin::Any, 1, 1),
            "all" => (Builtin::All, 1, 1),
            "iter" => (Builtin::Iter, 1, 1),
            "next" => (Builtin::Next, 1, 2),
            "divmod" => (Builtin::Divmod, 2, 2),
            "pow" => (Builtin::Pow3, 2, 3),
            "chr" => (Builtin::Chr, 1, 1),
            "ord" => (Builtin::Ord, 1, 1),
            "hex" => (Builtin::Hex, 1, 1),
            "oct" => (Builtin::Oct, 1, 1),
            "bin" => (Builtin::Bin, 1, 1),
            _ => return self.unknown_name(name, r),
        };
        let given = args.len() + kwvals.len();
        if given < min || given > max {
            if name == "int" && args.len() == 2 && kwvals.is_empty() {
                // int(s, base): a str method of the method table.
                let s = self.expr(&args[0])?;
                let b = self.expr(&args[1])?;
                return Ok(self.emit(Op::CallMethod { name: "__int_base__".into(), kwnames: Box::new([]) }, vec![s, b], r));
            }
            let msg = if min == max {
                format!("{name}() takes exactly {min} argument{} ({} given)", if min == 1 { "" } else { "s" }, given)
            } else {
                format!("{name}() expected {}{} arguments, got {}", if given < min { "at least " } else { "at most " }, if given < min { min } else { max }, given)
            };
            return self.error(codes::BAD_CALL, r, msg);
        }
        // Consumers of a whole iterable take a generator expression eagerly.
        let eager = matches!(b, Builtin::List | Builtin::Set | Builtin::Dict | Builtin::Sorted | Builtin::Sum | Builtin::Any | Builtin::All);
        let mut vals = Vec::new();
        for (k, a) in args.iter().enumerate() {
            vals.push(if eager && k == 0 { self.eager_arg(a)? } else { self.expr(a)? });
        }
        kwvals.sort_by_key(|(slot, _)| *slot);
        for (slot, e) in kwvals {
            if slot != vals.len() {
                return self.error(codes::BAD_CALL, e.range(), format!("{name}() is missing an argument before this keyword"));
            }
            vals.push(self.expr(e)?);
        }
        let b = if b == Builtin::Round && vals.len() == 2 {
            if self.f.const_of(vals[1]) == Some(&Const::None) {
                vals.pop();
                Builtin::Round
            } else {
                Builtin::RoundDigits
            }
        } else {
            b
        };
        Ok(self.emit(Op::Builtin(b), vals, r))
    }

    /// `f(args)` where `f` is a value (a variable holding a function, a lambda...).
    fn call_value(&mut self, c: &ast::ExprCall) -> R<Value> {
        if let Some(k) = c.arguments.keywords.first() {
            return self.error(codes::UNSUPPORTED_EXPR, k.range, "keyword arguments in calls of function values are not supported yet");
        }
        let f = self.expr(&c.func)?;
        self.call_value_of(f, c)
    }

    /// A call of the function value `f` with `c`'s arguments.
    fn call_value_of(&mut self, f: Value, c: &ast::ExprCall) -> R<Value> {
        if let Some(k) = c.arguments.keywords.first() {
            return self.error(codes::UNSUPPORTED_EXPR, k.range, "keyword arguments in calls of function values are not supported yet");
        }
        let mut vals = vec![f];
        for a in c.arguments.args.iter() {
            if let Expr::Starred(st) = a {
                return self.error(codes::UNSUPPORTED_EXPR, st.range, "`*args` in calls is not supported yet");
            }
            vals.push(self.expr(a)?);
        }
        Ok(self.emit(Op::CallValue, vals, c.range()))
    }

    /// `[f(x) for x in items]`, built directly.
    fn map_call(&mut self, f: Value, items: Value, r: ast::TextRange) -> Value {
        let keys = self.emit(Op::BuildList, vec![], r);
        let span = self.p.span(r);
        let exit = self.new_block(span);
        let (header, x) = self.iter_loop_head(items, exit, r, r, span);
        let k = self.emit(Op::CallValue, vec![f, x], r);
        self.emit_void(Op::CallMethod { name: "append".into(), kwnames: Box::new([]) }, vec![keys, k], r);
        self.jump(header);
        self.seal(header);
        self.seal(exit);
        self.cur = Some(exit);
        keys
    }

    /// `sorted(xs, key=f, reverse=r)`, `min(xs, key=f)`, `max(xs, key=f)`: the keys
    /// are computed first, in order, as CPython does.
    fn call_with_key(&mut self, name: &str, c: &ast::ExprCall) -> R<Value> {
        let r = c.range();
        // min(a, b, c, key=f): the same over the list of the arguments.
        let xs = if c.arguments.args.len() > 1 {
            let mut vals = Vec::new();
            for a in c.arguments.args.iter() {
                vals.push(self.expr(a)?);
            }
            self.emit(Op::BuildList, vals, r)
        } else {
            self.eager_arg(&c.arguments.args[0])?
        };
        let (mut key, mut rev) = (None, None);
        for k in c.arguments.keywords.iter() {
            match (name, k.arg.as_ref().unwrap().as_str()) {
                (_, "key") => key = Some(&k.value),
                ("sorted", "reverse") => rev = Some(&k.value),
                (_, other) => return self.error(codes::BAD_CALL, k.range, format!("{name}() got an unexpected keyword argument '{other}'")),
            }
        }
        let f = self.expr(key.unwrap())?;
        let items = self.emit(Op::Builtin(Builtin::List), vec![xs], r);
        let keys = self.map_call(f, items, r);
        Ok(match name {
            "sorted" => {
                let rev = match rev {
                    Some(e) => self.expr(e)?,
                    None => self.konst(Const::Bool(false), r),
                };
                self.emit(Op::Builtin(Builtin::SortedKey), vec![keys, items, rev], r)
            }
            "min" => self.emit(Op::Builtin(Builtin::MinKey), vec![keys, items], r),
            _ => self.emit(Op::Builtin(Builtin::MaxKey), vec![keys, items], r),
        })
    }

    /// `lambda params: body` as a new function. Names it reads resolve as in a
    /// module-level function; reading the enclosing function's locals is refused.
    fn lambda(&mut self, l: &ast::ExprLambda) -> R<Value> {
        let r = l.range;
        let mut params = Vec::new();
        if let Some(ps) = &l.parameters {
            if ps.vararg.is_some() || ps.kwarg.is_some() || !ps.kwonlyargs.is_empty() || !ps.posonlyargs.is_empty() {
                return self.error(codes::UNSUPPORTED_EXPR, r, "lambdas take plain positional parameters only (for now)");
            }
            for a in &ps.args {
                let dflt = match &a.default {
                    None => None,
                    Some(e) => match const_of(e) {
                        Some(c) => Some(DefaultArg::Const(c)),
                        None => return self.error(codes::UNSUPPORTED_EXPR, e.range(), "default values of lambda parameters must be constants"),
                    },
                };
                params.push((a.parameter.name.to_string(), a.parameter.range, dflt));
            }
        }
        // A comprehension's variable is not a slot of the function: refused.
        let mut used = Vec::new();
        collect_names(&l.body, &mut used);
        for n in used {
            if params.iter().any(|(p, _, _)| *p == n) {
                continue;
            }
            if self.comp_name(&n).is_some() {
                return self.error(codes::UNSUPPORTED_EXPR, r, format!("this lambda reads `{n}`, a comprehension's variable: closures over comprehension variables are not supported"));
            }
        }
        let span = self.p.span(r);
        let id = self.p.m.funcs.push(Function::new("<lambda>", span));
        let enclosing = self.lambda_enclosing();
        let parent = (!self.is_module).then_some(self.id);
        let mut fb = Fb::new(&mut *self.p, id, false, FnScope::default());
        fb.enclosing = enclosing;
        let entry = fb.f.entry;
        fb.f.defaults = params.iter().map(|(_, _, d)| d.clone()).collect();
        let names: Vec<String> = params.iter().map(|(n, _, _)| n.clone()).collect();
        for name in closures::captured_in_expr(&names, &l.body) {
            fb.slots.insert(name.clone(), fb.f.slots.len() as u32);
            fb.f.slots.push((name, Type::Unknown));
        }
        for (name, pr, _) in &params {
            let pspan = fb.p.span(*pr);
            let v = fb.f.add_block_param(entry, Type::Unknown, Some(name), pspan);
            fb.f.param_names.push(name.clone());
            fb.f.param_decls.push(None);
            if let Some(&s) = fb.slots.get(name) {
                fb.f.append(entry, Op::StoreSlot(s), vec![v], None, pspan);
                fb.local(name);
                continue;
            }
            let (var, flag) = fb.local(name);
            fb.write_var(var, entry, v);
            let t = fb.t;
            fb.write_var(flag, entry, t);
        }
        let body = fb.expr(&l.body);
        if let Ok(v) = body
            && let Some(cur) = fb.cur.take() {
                fb.f.set_term(cur, Terminator::Return(v));
            }
        let mut f = fb.finish();
        f.parent = parent;
        self.p.m.funcs[id] = f;
        body?;
        Ok(self.emit(Op::FuncRef(id), vec![], r))
    }

    /// A function standing for a builtin used as a value (`key=len`).
    fn wrapper(&mut self, name: &str, r: ast::TextRange) -> FuncId {
        // One function per place a builtin is used as a value: `key=len` on
        // strs here and on lists there are two functions, each of one type.
        let span = self.p.span(r);
        let mut f = Function::new(name, span);
        let entry = f.entry;
        let x = f.add_block_param(entry, Type::Unknown, Some("x"), span);
        f.param_names.push("x".into());
        f.param_decls.push(None);
        let op = match name.strip_prefix("str.") {
            Some(m) => Op::CallMethod { name: m.into(), kwnames: Box::new([]) },
            None => Op::Builtin(match name {
                "len" => Builtin::Len,
                "abs" => Builtin::Abs,
                "str" => Builtin::Str,
                "repr" => Builtin::Repr,
                "int" => Builtin::Int,
                "float" => Builtin::Float,
                "bool" => Builtin::Bool,
                "ord" => Builtin::Ord,
                "chr" => Builtin::Chr,
                "sorted" => Builtin::Sorted,
                "list" => Builtin::List,
                "sum" => Builtin::Sum,
                "min" => Builtin::MinOf,
                "max" => Builtin::MaxOf,
                "tuple" => Builtin::Tuple,
                "hex" => Builtin::Hex,
                _ => Builtin::Round,
            }),
        };
        let v = f.append(entry, op, vec![x], Some(Type::Unknown), span).unwrap();
        f.set_term(entry, Terminator::Return(v));
        self.p.m.funcs.push(f)
    }

    /// `str.lower` and the like as a value.
    fn str_method_value(&mut self, a: &ast::ExprAttribute) -> R<Value> {
        let m = a.attr.as_str();
        if pyrt_ir::methods::MethodId::lookup(pyrt_ir::methods::Recv::Str, m).is_none() || m.starts_with("__") {
            return self.error(codes::UNSUPPORTED_NAME, a.range, format!("type object 'str' has no attribute '{m}'"));
        }
        let id = self.wrapper(&format!("str.{m}"), a.range);
        Ok(self.emit(Op::FuncRef(id), vec![], a.range))
    }

    /// `receiver.name(args)`: a method of a built-in type, found by the annotator.
    fn call_method(&mut self, a: &ast::ExprAttribute, c: &ast::ExprCall) -> R<Value> {
        if let Some(m) = self.module_of(&a.value) {
            return self.module_call(&m, a, c);
        }
        if let Expr::Call(sc) = &*a.value
            && matches!(&*sc.func, Expr::Name(n) if n.id.as_str() == "super")
            && !self.is_local("super")
        {
            if !sc.arguments.args.is_empty() && sc.arguments.args.len() != 2 {
                return self.error(codes::BAD_CALL, sc.range(), "super() takes no arguments here (or the class and `self`)");
            }
            return self.super_call(a, c);
        }
        if let Expr::Name(n) = &*a.value
            && n.id.as_str() == "str" && !self.is_local("str") && !self.p.globals.contains_key("str") {
                // `str.lower(s)`: the method called through its class.
                let f = self.str_method_value(a)?;
                let mut vals = vec![f];
                for arg in c.arguments.args.iter() {
                    vals.push(self.expr(arg)?);
                }
                return Ok(self.emit(Op::CallValue, vals, c.range()));
            }
        let recv = self.expr(&a.value)?;
        if a.attr.as_str() == "sort"
            && let Some(k) = c.arguments.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|n| n.as_str() == "key")) {
                let f = self.expr(&k.value)?;
                let keys = self.map_call(f, recv, c.range());
                let mut vals = vec![recv, keys];
                for kw in c.arguments.keywords.iter() {
                    match kw.arg.as_ref().map(|n| n.as_str()) {
                        Some("key") => {}
                        Some("reverse") => vals.push(self.expr(&kw.value)?),
                        _ => return self.error(codes::BAD_CALL, kw.range, "sort() takes only `key` and `reverse` keyword arguments"),
                    }
                }
                if !c.arguments.args.is_empty() {
                    return self.error(codes::BAD_CALL, c.range(), "sort() takes no positional arguments");
                }
                return Ok(self.emit(Op::CallMethod { name: "__sort_by__".into(), kwnames: Box::new([]) }, vals, c.range()));
            }
        self.call_with_receiver(recv, a.attr.as_str(), c)
    }

    /// A call's arguments evaluated in order: the positional ones, then the
    /// keyword ones, with the keywords' names (generator expressions consumed
    /// whole when `eager`).
    fn call_args(&mut self, c: &ast::ExprCall, eager: bool) -> R<(Vec<Value>, Vec<Box<str>>)> {
        let mut vals = Vec::new();
        for arg in c.arguments.args.iter() {
            if let Expr::Starred(st) = arg {
                return self.error(codes::UNSUPPORTED_EXPR, st.range, "`*args` in calls is not supported yet");
            }
            vals.push(if eager { self.eager_arg(arg)? } else { self.expr(arg)? });
        }
        let mut kwnames = Vec::new();
        for k in c.arguments.keywords.iter() {
            let Some(n) = &k.arg else {
                return self.error(codes::UNSUPPORTED_EXPR, k.range, "`**kwargs` in calls is not supported");
            };
            kwnames.push(Box::from(n.as_str()));
            vals.push(self.expr(&k.value)?);
        }
        Ok((vals, kwnames))
    }

    /// `recv.name(args)` once the receiver is evaluated.
    fn call_with_receiver(&mut self, recv: Value, name: &str, c: &ast::ExprCall) -> R<Value> {
        // `str.join` takes a generator expression whole.
        let (args, kwnames) = self.call_args(c, name == "join")?;
        let mut vals = vec![recv];
        vals.extend(args);
        Ok(self.emit(Op::CallMethod { name: name.into(), kwnames: kwnames.into() }, vals, c.range()))
    }
}

/// Whether a (non-raw) string literal spells a lone surrogate with a `\u`/`\U`
/// escape. The parser would replace it with U+FFFD, silently changing the text.
fn surrogate_escape(text: &str, r: ast::TextRange) -> bool {
    let Some(src) = text.get(r.start().to_usize()..r.end().to_usize()) else { return false };
    let prefix: String = src.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    if prefix.contains(['r', 'R']) {
        return false;
    }
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let width = match b.get(i + 1) {
            Some(b'u') => 4,
            Some(b'U') => 8,
            _ => {
                i += 2;
                continue;
            }
        };
        let hex = src.get(i + 2..i + 2 + width).and_then(|h| u32::from_str_radix(h, 16).ok());
        if hex.is_some_and(|c| (0xD800..=0xDFFF).contains(&c)) {
            return true;
        }
        i += 2;
    }
    false
}

fn seq_elts(e: &Expr) -> Option<&[Expr]> {
    match e {
        Expr::Tuple(t) => Some(&t.elts),
        Expr::List(l) => Some(&l.elts),
        _ => None,
    }
}

fn binop(op: ast::Operator) -> Option<BinOp> {
    Some(match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::MatMult => return None,
    })
}

fn cmpop(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
    }
}
