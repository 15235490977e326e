//! Imports: the program's own modules and the library modules pyrt provides.
//!
//! * Library modules (math, random, time, sys, rarithmetic): their functions
//!   are entries of the method table with a module as receiver kind; a library
//!   module is a value ([`Op::ModuleRef`]) only at translation time.
//! * The program's own modules (files beside the main one, packages with
//!   `__init__.py`): each is built after the modules it imports, into its own
//!   namespace; its body becomes an init function that runs once, at the
//!   first `import` that reaches it, as in CPython. Names are resolved
//!   statically: `mod.f(...)` calls `f` directly, `mod.X` reads the module's
//!   global, and `from mod import x` binds a function or class by name or, for
//!   a variable, copies its value when the import runs.

use super::*;

pub const LIBRARY: &[&str] = &["math", "random", "time", "sys", "rarithmetic", "js"];

/// A name a module defines.
pub(super) enum ModMember {
    Func(FuncSig),
    Class(ClassId),
    Global(GlobalId),
    Module(String),
}

/// The modules a module's code imports (anywhere in it), with where.
fn imported(body: &[Stmt]) -> Vec<(String, ast::TextRange)> {
    fn walk(body: &[Stmt], out: &mut Vec<(String, ast::TextRange)>) {
        walk_suite(body, &mut |s| match s {
            Stmt::Import(i) => out.extend(i.names.iter().map(|a| (a.name.to_string(), a.range))),
            Stmt::ImportFrom(i) if i.level == 0 => {
                if let Some(m) = &i.module {
                    out.push((m.to_string(), i.range));
                    // `from pkg import sub` may name a submodule.
                    out.extend(i.names.iter().map(|a| (format!("{m}.{}", a.name), a.range)));
                }
            }
            Stmt::FunctionDef(d) => walk(&d.body, out),
            Stmt::ClassDef(c) => walk(&c.body, out),
            _ => {}
        });
    }
    let mut out = Vec::new();
    walk(body, &mut out);
    out
}

/// The names of the modules a module's code imports: for the driver, which
/// finds their files (the frontend does no IO). Parent packages come first.
pub fn imported_module_names(body: &[Stmt]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (m, _) in imported(body) {
        let parts: Vec<&str> = m.split('.').collect();
        for k in 1..=parts.len() {
            let name = parts[..k].join(".");
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// The order to build the modules in: each after the modules it imports, the
/// main module (index 0) last. A cycle of imports is refused.
pub(super) fn module_order(p: &mut Program, files: &[(&SourceFile, &ast::ModModule)]) -> Vec<usize> {
    let index: HashMap<&str, usize> = files.iter().enumerate().map(|(k, (f, _))| (f.module_name.as_str(), k)).collect();
    let deps: Vec<Vec<(usize, ast::TextRange)>> = files
        .iter()
        .map(|(_, ast)| {
            let mut d = Vec::new();
            for (m, r) in imported(&ast.body) {
                let parts: Vec<&str> = m.split('.').collect();
                for k in 1..=parts.len() {
                    if let Some(&i) = index.get(parts[..k].join(".").as_str()) {
                        d.push((i, r));
                    }
                }
            }
            d
        })
        .collect();
    // 0: unvisited, 1: in progress, 2: done.
    let mut state = vec![0u8; files.len()];
    let mut order = Vec::new();
    fn visit(k: usize, deps: &[Vec<(usize, ast::TextRange)>], state: &mut [u8], order: &mut Vec<usize>, cycle: &mut Option<(usize, ast::TextRange)>) {
        state[k] = 1;
        for &(d, r) in &deps[k] {
            match state[d] {
                0 => visit(d, deps, state, order, cycle),
                1 if d != k => {
                    cycle.get_or_insert((k, r));
                }
                _ => {}
            }
        }
        state[k] = 2;
        order.push(k);
    }
    let mut cycle = None;
    visit(0, &deps, &mut state, &mut order, &mut cycle);
    if let Some((k, r)) = cycle {
        let span = span_of(files[k].0.id, r);
        p.diags.push(
            Diagnostic::error(codes::UNSUPPORTED_STMT, span, format!("module `{}` takes part in a cycle of imports", files[k].0.module_name))
                .with_note("pyrt builds each module after the modules it imports; break the cycle by moving the shared code into a module of its own"),
        );
    }
    order
}

impl Program<'_> {
    /// The module an expression names (`geo`, `geo.vec`, an alias), if any.
    pub(super) fn module_expr(&self, e: &Expr, shadowed: &dyn Fn(&str) -> bool) -> Option<String> {
        match e {
            Expr::Name(n) if !shadowed(n.id.as_str()) => self.user_modules.get(n.id.as_str()).cloned(),
            Expr::Attribute(a) => {
                let m = self.module_expr(&a.value, shadowed)?;
                let sub = format!("{m}.{}", a.attr);
                self.scopes.contains_key(&sub).then_some(sub)
            }
            _ => None,
        }
    }

    /// What `name` is in module `m` (following its own `from ... import`s).
    pub(super) fn member(&self, m: &str, name: &str) -> Option<ModMember> {
        let sub = format!("{m}.{name}");
        let scope = self.scopes.get(m)?;
        if let Some(sig) = scope.funcs.get(name) {
            return Some(ModMember::Func(sig.clone()));
        }
        if let Some(&c) = scope.classes.get(name) {
            return Some(ModMember::Class(c));
        }
        if let Some(&g) = scope.globals.get(name) {
            return Some(ModMember::Global(g));
        }
        if let Some((m2, n2)) = scope.user_names.get(name) {
            return self.member(m2, n2);
        }
        self.scopes.contains_key(&sub).then_some(ModMember::Module(sub))
    }

    /// A class named by a name imported from another module.
    pub(super) fn imported_class(&self, name: &str) -> Option<ClassId> {
        let (m, n) = self.user_names.get(name)?;
        match self.member(m, n)? {
            ModMember::Class(c) => Some(c),
            _ => None,
        }
    }
}

/// The names a module binds by importing, declared before its code is built:
/// module aliases, and for `from m import x`, x as an alias of m's function or
/// class, or as a global of this module that the import assigns.
pub(super) fn declare_imports(p: &mut Program, body: &[Stmt]) {
    walk_suite(body, &mut |s| match s {
        Stmt::Import(i) => {
            for a in &i.names {
                let m = a.name.to_string();
                if !p.scopes.contains_key(&m) {
                    continue;
                }
                match &a.asname {
                    Some(alias) => {
                        p.user_modules.insert(alias.to_string(), m);
                    }
                    None => {
                        let top = m.split('.').next().unwrap_or(&m).to_string();
                        p.user_modules.insert(top.clone(), top);
                    }
                }
            }
        }
        Stmt::ImportFrom(i) if i.level == 0 => {
            let Some(m) = i.module.as_ref().map(|m| m.to_string()) else { return };
            if !p.scopes.contains_key(&m) {
                return;
            }
            for a in &i.names {
                let local = a.asname.as_ref().unwrap_or(&a.name).to_string();
                match p.member(&m, a.name.as_str()) {
                    Some(ModMember::Func(_) | ModMember::Class(_)) => {
                        p.user_names.insert(local, (m.clone(), a.name.to_string()));
                    }
                    Some(ModMember::Global(_)) => {
                        p.global(&local, a.range);
                    }
                    Some(ModMember::Module(sub)) => {
                        p.user_modules.insert(local, sub);
                    }
                    None if a.name.as_str() == "*" => p.error(codes::UNSUPPORTED_NAME, a.range, "`from ... import *` is not supported"),
                    None => p.error(codes::UNDEFINED_NAME, a.range, format!("cannot import name '{}' from '{m}'", a.name)),
                }
            }
        }
        _ => {}
    });
}

impl Fb<'_, '_> {
    fn shadowed(&self) -> impl Fn(&str) -> bool + '_ { |n: &str| self.is_local(n) || self.comp_name(n).is_some() || self.p.globals.contains_key(n) }

    /// The module an expression names, unless a variable shadows it.
    pub(super) fn module_of(&self, e: &Expr) -> Option<String> {
        let shadowed = self.shadowed();
        self.p.module_expr(e, &shadowed)
    }

    /// The library module a name is bound to by `import`, unless a variable shadows it.
    pub(super) fn lib_module_named(&self, name: &str) -> Option<String> {
        if self.shadowed()(name) {
            return None;
        }
        self.p.lib_modules.get(name).cloned()
    }

    fn library_module(&mut self, name: &str, r: ast::TextRange) -> R<String> {
        if name == "js" {
            // `js.JsException` names a built-in exception class.
            self.p.builtin_class("JsException");
        }
        if LIBRARY.contains(&name) {
            return Ok(name.to_string());
        }
        if matches!(name, "threading" | "multiprocessing" | "_thread" | "asyncio" | "concurrent.futures") {
            return self.error(codes::UNSUPPORTED_NAME, r, format!("module `{name}` is not supported: pyrt programs are single-threaded"));
        }
        self.error(
            codes::UNSUPPORTED_NAME,
            r,
            format!("no module named `{name}`: pyrt provides math, random, time, sys, rarithmetic and js (interop on JS hosts), and the program's own modules (files beside it)"),
        )
    }

    fn bind_import(&mut self, local: &str, r: ast::TextRange) -> R<()> {
        if self.is_local(local) || self.p.globals.contains_key(local) || self.p.funcs.contains_key(local) || self.p.classes.contains_key(local) {
            return self.error(codes::BAD_BINDING, r, format!("`{local}` is imported and also assigned or defined; rebinding it is not supported"));
        }
        Ok(())
    }

    /// Run the body of module `m` (and of the packages above it) unless it ran already.
    fn run_init(&mut self, m: &str, r: ast::TextRange) {
        let parts: Vec<&str> = m.split('.').collect();
        for k in 1..=parts.len() {
            let name = parts[..k].join(".");
            if let Some((f, _)) = self.p.scopes.get(&name).and_then(|s| s.init) {
                self.emit(Op::Call(f), vec![], r);
            }
        }
    }

    /// A module's init function: its body, once.
    pub(super) fn init_body(&mut self, body: &[Stmt], flag: GlobalId) {
        let r = ast::TextRange::default();
        let span = Span::DUMMY;
        let loaded = self.emit(Op::LoadGlobal(flag), vec![], r);
        let (done, run) = (self.new_block(span), self.new_block(span));
        self.branch(loaded, done, run);
        self.seal(done);
        self.seal(run);
        self.cur = Some(done);
        let none = self.konst(Const::None, r);
        self.f.set_term(done, Terminator::Return(none));
        self.cur = Some(run);
        let t = self.t;
        self.emit_void(Op::StoreGlobal(flag), vec![t], r);
        self.suite(body);
        if self.cur.is_some() {
            let none = self.konst(Const::None, r);
            let cur = self.cur.take().unwrap();
            self.f.set_term(cur, Terminator::Return(none));
        }
    }

    /// At the start of the main module: no module body has run yet.
    pub(super) fn clear_module_flags(&mut self) {
        let mut flags: Vec<GlobalId> = self.p.scopes.values().filter_map(|s| s.init.map(|(_, g)| g)).collect();
        flags.sort();
        for g in flags {
            let f = self.fl;
            self.emit_void(Op::StoreGlobal(g), vec![f], ast::TextRange::default());
        }
    }

    pub(super) fn import(&mut self, i: &ast::StmtImport) -> R<()> {
        for a in &i.names {
            let name = a.name.to_string();
            if self.p.scopes.contains_key(&name) {
                self.run_init(&name, a.range);
                if !self.is_module {
                    let (local, target) = match &a.asname {
                        Some(alias) => (alias.to_string(), name.clone()),
                        None => {
                            let top = name.split('.').next().unwrap_or(&name).to_string();
                            (top.clone(), top)
                        }
                    };
                    self.p.user_modules.insert(local, target);
                }
                continue;
            }
            let m = self.library_module(&name, a.range)?;
            let local = a.asname.as_ref().map(|n| n.to_string()).unwrap_or_else(|| m.clone());
            self.bind_import(&local, a.range)?;
            self.p.lib_modules.insert(local, m);
        }
        Ok(())
    }

    pub(super) fn import_from(&mut self, i: &ast::StmtImportFrom) -> R<()> {
        if i.level > 0 {
            return self.error(codes::UNSUPPORTED_NAME, i.range, "relative imports are not supported");
        }
        let name = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
        if self.p.scopes.contains_key(&name) {
            self.run_init(&name, i.range);
            for a in &i.names {
                let local = a.asname.as_ref().unwrap_or(&a.name).to_string();
                match self.p.member(&name, a.name.as_str()) {
                    Some(ModMember::Global(g)) => {
                        // The import copies the variable's value, as CPython binds it.
                        let v = self.emit(Op::LoadGlobal(g), vec![], a.range);
                        self.assign_name(&local, v, a.range)?;
                    }
                    Some(ModMember::Module(sub)) => {
                        self.run_init(&sub, a.range);
                        self.p.user_modules.insert(local, sub);
                    }
                    Some(ModMember::Func(_) | ModMember::Class(_)) => {
                        self.p.user_names.insert(local, (name.clone(), a.name.to_string()));
                    }
                    None => return self.error(codes::UNDEFINED_NAME, a.range, format!("cannot import name '{}' from '{name}'", a.name)),
                }
            }
            return Ok(());
        }
        let m = self.library_module(&name, i.range)?;
        for a in &i.names {
            if a.name.as_str() == "*" {
                return self.error(codes::UNSUPPORTED_NAME, a.range, "`from ... import *` is not supported");
            }
            let local = a.asname.as_ref().unwrap_or(&a.name).to_string();
            self.bind_import(&local, a.range)?;
            self.p.lib_names.insert(local, (m.clone(), a.name.to_string()));
        }
        Ok(())
    }

    /// `module.name` read as a value.
    pub(super) fn module_attr(&mut self, m: &str, a: &ast::ExprAttribute) -> R<Value> {
        let name = a.attr.as_str();
        match self.p.member(m, name) {
            Some(ModMember::Func(sig)) => Ok(self.emit(Op::FuncRef(sig.id), vec![], a.range)),
            Some(ModMember::Class(c)) => Ok(self.emit(Op::ClassRef(c), vec![], a.range)),
            Some(ModMember::Global(g)) => Ok(self.emit(Op::LoadGlobal(g), vec![], a.range)),
            Some(ModMember::Module(_)) => self.error(codes::UNSUPPORTED_EXPR, a.range, "a module as a value is not supported"),
            None if name == "__name__" => Ok(self.konst(Const::Str(m.into()), a.range)),
            None => self.error(codes::BAD_OPERAND, a.range, format!("module '{m}' has no attribute '{name}'")),
        }
    }

    /// `module.name(args)`.
    pub(super) fn module_call(&mut self, m: &str, a: &ast::ExprAttribute, c: &ast::ExprCall) -> R<Value> {
        let name = a.attr.as_str();
        match self.p.member(m, name) {
            Some(ModMember::Func(sig)) => self.call_sig(name, sig, c),
            Some(ModMember::Class(k)) => self.new_instance(k, c),
            Some(ModMember::Global(_)) => {
                let f = self.module_attr(m, a)?;
                self.call_value_of(f, c)
            }
            Some(ModMember::Module(_)) => self.error(codes::BAD_CALL, a.range, "'module' object is not callable"),
            None => self.error(codes::BAD_OPERAND, a.range, format!("module '{m}' has no attribute '{name}'")),
        }
    }

    /// `module.name = value`.
    pub(super) fn module_store(&mut self, m: &str, a: &ast::ExprAttribute, v: Value) -> R<()> {
        match self.p.member(m, a.attr.as_str()) {
            Some(ModMember::Global(g)) => {
                self.emit_void(Op::StoreGlobal(g), vec![v], a.range);
                Ok(())
            }
            _ => self.error(codes::DYNAMIC, a.range, format!("assigning `{}` of module `{m}` is not supported (only its variables can be assigned)", a.attr)),
        }
    }
}

/// The exports of a library (`pyrt translate --lib`): the main module's
/// functions and classes whose names do not start with `_`, or those that
/// `__all__` lists. A function is exported as itself; a class by a function
/// that constructs an instance (its parameters are `__init__`'s).
pub(super) fn library_exports(p: &mut Program, body: &[Stmt]) {
    let listed: Option<Vec<(String, ast::TextRange)>> = body.iter().find_map(|s| match s {
        Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Name(n)] if n.id.as_str() == "__all__") => match &*a.value {
            Expr::List(l) => Some(l.elts.iter().filter_map(|e| if let Expr::StringLiteral(s) = e { Some((s.value.to_str().to_string(), s.range)) } else { None }).collect()),
            Expr::Tuple(t) => Some(t.elts.iter().filter_map(|e| if let Expr::StringLiteral(s) = e { Some((s.value.to_str().to_string(), s.range)) } else { None }).collect()),
            _ => None,
        },
        _ => None,
    });
    let mut names: Vec<(String, Option<ast::TextRange>)> = match listed {
        Some(l) => l.into_iter().map(|(n, r)| (n, Some(r))).collect(),
        None => {
            let mut v: Vec<(String, Option<ast::TextRange>)> =
                p.funcs.keys().chain(p.classes.keys()).filter(|n| !n.starts_with('_')).map(|n| (n.clone(), None)).collect();
            v.sort_by(|a, b| a.0.cmp(&b.0));
            v
        }
    };
    names.dedup();
    for (name, r) in names {
        if let Some(sig) = p.funcs.get(&name) {
            if sig.vararg {
                if let Some(r) = r.or(Some(sig.range)) {
                    p.error(codes::UNSUPPORTED_STMT, r, format!("`{name}` takes `*args`: exporting it to JS is not supported"));
                }
                continue;
            }
            p.m.exports.push(pyrt_ir::Export { name, func: sig.id, class: None });
        } else if let Some(&c) = p.classes.get(&name) {
            let f = class_constructor(p, c, &name);
            p.m.exports.push(pyrt_ir::Export { name, func: f, class: Some(c) });
        } else if let Some(r) = r {
            p.error(codes::UNDEFINED_NAME, r, format!("`__all__` names `{name}`, which is not a function or class of the module"));
        }
    }
}

/// A function `(args of __init__) -> C(args)`: how JS constructs an instance of an exported class.
fn class_constructor(p: &mut Program, c: ClassId, name: &str) -> FuncId {
    let span = p.m.classes[c].span;
    let init = match p.m.lookup(c, "__init__") {
        Some((_, pyrt_ir::Member::Method(f))) => Some(*f),
        _ => None,
    };
    let mut f = Function::new(name, span);
    let entry = f.entry;
    let mut args = Vec::new();
    if let Some(init) = init {
        let src = &p.m.funcs[init];
        type Param = (String, Option<(Type, Span)>, Span);
        let params: Vec<Param> =
            src.param_names.iter().zip(&src.param_decls).zip(src.params()).skip(1).map(|((n, d), v)| (n.clone(), d.clone(), src.values[*v].span)).collect();
        let hints: Vec<(usize, Type)> = src.js_hints.iter().filter(|(k, _)| **k > 0).map(|(k, t)| (k - 1, t.clone())).collect();
        f.js_hints.extend(hints);
        for (n, decl, vspan) in params {
            args.push(f.add_block_param(entry, Type::Unknown, Some(&n), vspan));
            f.param_names.push(n);
            f.param_decls.push(decl);
        }
    }
    let o = f.append(entry, Op::New { class: c, kwnames: Box::new([]) }, args, Some(Type::Unknown), span).expect("a result");
    f.set_term(entry, Terminator::Return(o));
    p.m.funcs.push(f)
}
