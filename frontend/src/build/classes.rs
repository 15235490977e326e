//! Classes in the builder: module-level `class` statements declare classes and
//! their members before any body is built (calls may precede definitions);
//! a class statement itself runs its attribute assignments where it stands.
//!
//! Mixins (the bases after the first) contribute their methods by copy, as in
//! RPython: each class that uses a mixin gets its own copy of the mixin's
//! methods, built with that class as `self`, so `self` has one class.

use super::*;
use pyrt_ir::{Class, ClassId, ClassRef, Member};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Dunder methods and class attributes of Python's object model that pyrt does
/// not implement: defining one would silently change nothing, so it is refused.
const UNSUPPORTED_DUNDERS: &[&str] = &[
    "__format__",
    "__init_subclass__",
    "__new__",
    "__setattr__",
    "__getattr__",
    "__getattribute__",
    "__delattr__",
    "__get__",
    "__set__",
    "__delete__",
    "__set_name__",
    "__slots__",
    "__del__",
    "__class_getitem__",
    "__missing__",
    "__index__",
    "__int__",
    "__float__",
    "__complex__",
    "__round__",
    "__enter__",
    "__exit__",
    "__reversed__",
    "__setitem__",
    "__delitem__",
    "__call__",
    "__await__",
    "__aiter__",
    "__anext__",
];

/// The built-in exception classes, each with its base (the runtime's tree).
const BUILTIN_EXCEPTIONS: &[(&str, Option<&str>)] = &[
    ("BaseException", None),
    ("Exception", Some("BaseException")),
    ("ArithmeticError", Some("Exception")),
    ("ZeroDivisionError", Some("ArithmeticError")),
    ("OverflowError", Some("ArithmeticError")),
    ("ValueError", Some("Exception")),
    ("TypeError", Some("Exception")),
    ("LookupError", Some("Exception")),
    ("IndexError", Some("LookupError")),
    ("KeyError", Some("LookupError")),
    ("AssertionError", Some("Exception")),
    ("NameError", Some("Exception")),
    ("UnboundLocalError", Some("NameError")),
    ("RuntimeError", Some("Exception")),
    ("RecursionError", Some("RuntimeError")),
    ("NotImplementedError", Some("RuntimeError")),
    ("StopIteration", Some("Exception")),
    ("AttributeError", Some("Exception")),
    ("EOFError", Some("Exception")),
    ("MemoryError", Some("Exception")),
    ("SystemExit", Some("BaseException")),
    ("KeyboardInterrupt", Some("BaseException")),
    // Only through `import js`: a JS exception caught in Python (runtime `$JsException`).
    ("JsException", Some("Exception")),
];

/// A built-in exception class that is not a builtin name (it comes from a module).
const MODULE_EXCEPTIONS: &[(&str, &str)] = &[("js", "JsException")];

pub(super) fn is_builtin_exception(name: &str) -> bool {
    BUILTIN_EXCEPTIONS.iter().any(|(n, _)| *n == name) && !MODULE_EXCEPTIONS.iter().any(|(_, n)| *n == name)
}

/// The exception class `module.name` of a library module (`js.JsException`).
pub(super) fn module_exception(module: &str, name: &str) -> bool { MODULE_EXCEPTIONS.contains(&(module, name)) }

/// C3's merge of the bases' linearizations (and the list of bases); None when
/// no consistent order exists.
fn c3_merge(mut seqs: Vec<Vec<ClassId>>) -> Option<Vec<ClassId>> {
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let head = seqs.iter().map(|s| s[0]).find(|h| !seqs.iter().any(|s| s[1..].contains(h)))?;
        out.push(head);
        for s in &mut seqs {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
}

/// A method to build: its `def`, its function, and the class it belongs to
/// (for a mixin's copy, the class that uses the mixin).
pub(super) struct MethodDef<'a> {
    pub d: &'a ast::StmtFunctionDef,
    pub id: FuncId,
    pub class: ClassId,
}

impl Program<'_> {
    /// The class of a built-in exception, made on first use.
    pub(super) fn builtin_class(&mut self, name: &str) -> Option<ClassId> {
        if let Some(&c) = self.builtin_classes.get(name) {
            return Some(c);
        }
        let (_, base) = BUILTIN_EXCEPTIONS.iter().find(|(n, _)| *n == name)?;
        let base = base.map(|b| self.builtin_class(b).expect("the table names its bases"));
        let id = self.new_class(name, Span::DUMMY, base, Some(format!("${name}")));
        // A JsException made from a JS exception holds the JS value thrown,
        // which goes back to JS as itself if Python lets the exception go (a
        // name Python cannot write; the JS backend keeps it on the object).
        if name == "JsException" {
            self.m.classes[id].fields.insert("$js".into(), Type::Js);
        }
        self.builtin_classes.insert(name.to_string(), id);
        Some(id)
    }

    fn new_class(&mut self, name: &str, span: Span, base: Option<ClassId>, builtin: Option<String>) -> ClassId {
        let id = ClassId(self.m.classes.len() as u32);
        let mut chain = vec![(id, Arc::<str>::from(name))];
        if let Some(b) = base {
            chain.extend(self.m.classes[b].chain.0.iter().cloned());
        }
        let chain = ClassRef(chain.into());
        let mro = chain.0.iter().map(|(c, _)| *c).collect();
        let mixins = base.map(|b| self.m.classes[b].mixins.clone()).unwrap_or_default();
        let module = (builtin.is_none() && !self.is_main).then(|| self.module_name.to_string());
        self.m.classes.push(Class { name: name.to_string(), span, chain, mro, mixins, module, members: BTreeMap::new(), fields: BTreeMap::new(), builtin });
        id
    }

    /// A class a name refers to: the program's own, or a built-in exception.
    pub(super) fn class_named(&mut self, name: &str) -> Option<ClassId> {
        match self.classes.get(name) {
            Some(&c) => Some(c),
            None => self.imported_class(name).or_else(|| {
                if let Some((m, attr)) = self.lib_names.get(name).cloned() {
                    return if module_exception(&m, &attr) { self.builtin_class(&attr) } else { None };
                }
                if is_builtin_exception(name) { self.builtin_class(name) } else { None }
            }),
        }
    }
}

/// Declare the module's classes and their members; returns the methods to build.
pub(super) fn declare_classes<'a>(p: &mut Program, body: &'a [Stmt]) -> Vec<MethodDef<'a>> {
    let mut methods: Vec<MethodDef<'a>> = Vec::new();
    // The defs of each class's own methods, for copying into users of mixins,
    // and each class's C3 linearization.
    let mut own: HashMap<ClassId, Vec<(&'a ast::StmtFunctionDef, String)>> = HashMap::new();
    let mut c3: HashMap<ClassId, Vec<ClassId>> = HashMap::new();
    for stmt in body {
        let Stmt::ClassDef(cd) = stmt else { continue };
        let name = cd.name.as_str();
        if p.classes.contains_key(name) || is_builtin_name(name) || is_builtin_exception(name) {
            p.error(codes::BAD_BINDING, cd.name.range, format!("class `{name}` is defined twice or shadows a builtin"));
            continue;
        }
        if let Some(dec) = cd.decorator_list.first() {
            p.error(codes::UNSUPPORTED_STMT, dec.range, "class decorators are not supported");
        }
        if cd.type_params.is_some() {
            p.error(codes::UNSUPPORTED_STMT, cd.range, "type parameters are not supported");
        }
        let mut bases: Vec<ClassId> = Vec::new();
        if let Some(args) = &cd.arguments {
            if let Some(k) = args.keywords.first() {
                p.error(codes::DYNAMIC, k.range, "metaclasses and class keywords are not supported");
            }
            for b in args.args.iter() {
                match b {
                    Expr::Name(n) if n.id.as_str() == "object" => {}
                    Expr::Name(n) if n.id.as_str() == "type" => {
                        p.error(codes::DYNAMIC, b.range(), "metaclasses (classes derived from `type`) are not supported")
                    }
                    Expr::Name(n) => match p.class_named(n.id.as_str()) {
                        Some(c) => bases.push(c),
                        None => p.error(codes::UNSUPPORTED_EXPR, b.range(), format!("`{}` is not a class defined before this one", n.id)),
                    },
                    Expr::Attribute(a) if p.module_expr(&a.value, &|_| false).is_some() => {
                        let m = p.module_expr(&a.value, &|_| false).unwrap();
                        match p.member(&m, a.attr.as_str()) {
                            Some(super::imports::ModMember::Class(c)) => bases.push(c),
                            _ => p.error(codes::UNSUPPORTED_EXPR, b.range(), format!("`{m}.{}` is not a class", a.attr)),
                        }
                    }
                    _ => p.error(codes::DYNAMIC, b.range(), "a base class must be the name of a class"),
                }
            }
        }
        let span = p.span(cd.name.range);
        let id = p.new_class(name, span, bases.first().copied(), None);
        p.classes.insert(name.to_string(), id);
        let mut defs = Vec::new();
        for s in &cd.body {
            let defined: Vec<(&str, ast::TextRange)> = match s {
                Stmt::FunctionDef(d) => vec![(d.name.as_str(), d.name.range)],
                Stmt::Assign(a) => a.targets.iter().filter_map(|t| if let Expr::Name(n) = t { Some((n.id.as_str(), n.range)) } else { None }).collect(),
                Stmt::AnnAssign(a) => match &*a.target {
                    Expr::Name(n) => vec![(n.id.as_str(), n.range)],
                    _ => vec![],
                },
                _ => vec![],
            };
            if let Some((n, r)) = defined.iter().find(|(n, _)| UNSUPPORTED_DUNDERS.contains(n)) {
                p.error(codes::UNSUPPORTED_STMT, *r, format!("`{n}` is not supported: pyrt does not implement this part of Python's object model"));
                continue;
            }
            // `__str__ = __repr__`: another name for a method defined above.
            if let Stmt::Assign(a) = s
                && let ([Expr::Name(t)], Expr::Name(v)) = (a.targets.as_slice(), &*a.value)
                && let Some(m) = p.m.classes[id].members.get(v.id.as_str()).filter(|m| !matches!(m, Member::Attr)).cloned()
            {
                p.m.classes[id].members.insert(t.id.to_string(), m);
                continue;
            }
            match s {
                Stmt::FunctionDef(d) => {
                    let Some(kind) = member_kind(p, d) else { continue };
                    let mname = d.name.to_string();
                    let fid = p.m.funcs.push(Function::new(format!("{name}.{mname}"), p.span(d.name.range)));
                    if let Some(member) = add_member(p, id, &mname, kind, fid, d) {
                        p.m.classes[id].members.insert(mname.clone(), member);
                    }
                    methods.push(MethodDef { d, id: fid, class: id });
                    defs.push((d, mname));
                }
                Stmt::Assign(a) => {
                    for t in &a.targets {
                        match t {
                            Expr::Name(n) => {
                                p.m.classes[id].members.insert(n.id.to_string(), Member::Attr);
                            }
                            t => p.error(codes::UNSUPPORTED_STMT, t.range(), "only names can be assigned in a class body"),
                        }
                    }
                }
                Stmt::AnnAssign(a) => match &*a.target {
                    Expr::Name(n) if a.value.is_some() => {
                        p.m.classes[id].members.insert(n.id.to_string(), Member::Attr);
                    }
                    Expr::Name(_) => {}
                    t => p.error(codes::UNSUPPORTED_STMT, t.range(), "only names can be assigned in a class body"),
                },
                Stmt::Pass(_) => {}
                Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_) | Expr::EllipsisLiteral(_)) => {}
                s => p.error(codes::UNSUPPORTED_STMT, s.range(), "a class body may hold only methods, attribute assignments and a docstring"),
            }
        }
        // Mixins: the methods the class's C3 method resolution order finds on
        // a class off its first-base chain are copied into it (each copy has
        // this class as `self`); the chain's are inherited.
        for &mixin in bases.iter().skip(1) {
            let more: Vec<ClassId> = p.m.classes[mixin].mro.iter().chain(&p.m.classes[mixin].mixins).copied().collect();
            for k in more {
                if !p.m.classes[id].mixins.contains(&k) {
                    p.m.classes[id].mixins.push(k);
                }
            }
            if p.m.classes[mixin].builtin.is_some() {
                p.error(codes::UNSUPPORTED_STMT, cd.range, "a built-in exception can only be the first base");
            }
        }
        let linear = |c: ClassId, c3: &HashMap<ClassId, Vec<ClassId>>, classes: &pyrt_ir::module::Classes| {
            c3.get(&c).cloned().unwrap_or_else(|| classes[c].mro.clone())
        };
        let mut seqs: Vec<Vec<ClassId>> = bases.iter().map(|&b| linear(b, &c3, &p.m.classes)).collect();
        seqs.push(bases.clone());
        match c3_merge(seqs) {
            Some(rest) => {
                let mut order = vec![id];
                order.extend(rest);
                let chain = p.m.classes[id].mro.clone();
                let mut seen: HashSet<String> = p.m.classes[id].members.keys().cloned().collect();
                for &k in &order[1..] {
                    for (d, mname) in own.get(&k).cloned().unwrap_or_default() {
                        if !seen.insert(mname.clone()) || chain.contains(&k) {
                            continue;
                        }
                        let Some(kind) = member_kind(p, d) else { continue };
                        let fid = p.m.funcs.push(Function::new(format!("{name}.{mname}"), p.span(d.name.range)));
                        if let Some(member) = add_member(p, id, &mname, kind, fid, d) {
                            p.m.classes[id].members.insert(mname.clone(), member);
                        }
                        methods.push(MethodDef { d, id: fid, class: id });
                    }
                    // A class attribute found first off the chain is not copied: refused.
                    if !chain.contains(&k) {
                        for (aname, m) in p.m.classes[k].members.clone() {
                            if m == Member::Attr && seen.insert(aname.clone()) {
                                p.error(codes::UNSUPPORTED_STMT, cd.name.range, format!("the class attribute `{aname}` comes from a mixin; class attributes of mixins are not supported"));
                            }
                        }
                    }
                }
                c3.insert(id, order);
            }
            None => p.error(codes::BAD_BINDING, cd.range, "Cannot create a consistent method resolution order (MRO) for these bases"),
        }
        own.insert(id, defs);
    }
    // Signatures, for calls bound in the builder (constructors, `super()`).
    for md in &methods {
        let mut params: Vec<String> = md.d.parameters.args.iter().map(|a| a.parameter.name.to_string()).collect();
        let mut defaults = Vec::new();
        let cname = p.m.classes[md.class].name.clone();
        for (k, a) in md.d.parameters.args.iter().enumerate() {
            defaults.push(a.default.as_ref().map(|e| match const_of(e) {
                Some(c) => DefaultArg::Const(c),
                None => DefaultArg::Global(p.global(&format!("{cname}.{}.__defaults__[{k}]", md.d.name), e.range())),
            }));
        }
        let before = p.diags.len();
        check_signature(p, md.d, true);
        let refused = p.diags.len() > before;
        p.m.funcs[md.id].param_names = std::mem::take(&mut params);
        p.m.funcs[md.id].defaults = defaults.clone();
        p.methods.insert(md.id, FuncSig { id: md.id, params: p.m.funcs[md.id].param_names.clone(), defaults, range: md.d.range, refused, defined_flag: None, vararg: false, generator: false });
    }
    methods
}

#[derive(Copy, Clone, PartialEq)]
enum Kind {
    Method,
    Static,
    ClassMethod,
    Getter,
    Setter,
}

/// What a `def` in a class body defines, from its decorators.
fn member_kind(p: &mut Program, d: &ast::StmtFunctionDef) -> Option<Kind> {
    match d.decorator_list.as_slice() {
        [] => Some(Kind::Method),
        [dec] => match &dec.expression {
            Expr::Name(n) if n.id.as_str() == "staticmethod" => Some(Kind::Static),
            Expr::Name(n) if n.id.as_str() == "classmethod" => Some(Kind::ClassMethod),
            Expr::Name(n) if n.id.as_str() == "property" => Some(Kind::Getter),
            Expr::Attribute(a) if a.attr.as_str() == "setter" && matches!(&*a.value, Expr::Name(n) if n.id.as_str() == d.name.as_str()) => {
                Some(Kind::Setter)
            }
            _ => {
                p.error(codes::UNSUPPORTED_STMT, dec.range, "decorators other than @staticmethod, @classmethod, @property and @x.setter are not supported");
                None
            }
        },
        [_, extra, ..] => {
            p.error(codes::UNSUPPORTED_STMT, extra.range, "only one decorator per method is supported");
            None
        }
    }
}

/// The member a method definition makes (a setter completes its property).
fn add_member(p: &mut Program, class: ClassId, name: &str, kind: Kind, f: FuncId, d: &ast::StmtFunctionDef) -> Option<Member> {
    let needs_first = kind != Kind::Static;
    if needs_first && d.parameters.args.is_empty() {
        let what = if kind == Kind::ClassMethod { "`cls`" } else { "`self`" };
        p.error(codes::BAD_CALL, d.name.range, format!("method `{name}` needs a first parameter ({what})"));
        return None;
    }
    Some(match kind {
        Kind::Method => Member::Method(f),
        Kind::Static => Member::Static(f),
        Kind::ClassMethod => Member::ClassMethod(f),
        Kind::Getter => Member::Property { get: f, set: None },
        Kind::Setter => match p.m.classes[class].members.get(name) {
            Some(Member::Property { get, set: None }) => Member::Property { get: *get, set: Some(f) },
            _ => {
                p.error(codes::UNSUPPORTED_STMT, d.name.range, format!("`@{name}.setter` must follow the `@property` `{name}` in the same class"));
                return None;
            }
        },
    })
}

impl Fb<'_, '_> {
    /// A module-level `class` statement: its attribute assignments run in order
    /// (evaluated in the module's scope), and its methods' non-constant defaults.
    pub(super) fn class_stmt(&mut self, cd: &ast::StmtClassDef) -> R<()> {
        if !self.is_module {
            return self.error(codes::UNSUPPORTED_STMT, cd.range, "classes defined inside functions are not supported");
        }
        let Some(&id) = self.p.classes.get(cd.name.as_str()) else { return Err(()) };
        if self.p.m.classes[id].span != self.p.span(cd.name.range) {
            return self.error(codes::UNSUPPORTED_STMT, cd.range, "classes defined inside `if`, loops or twice are not supported");
        }
        let cls = self.emit(Op::ClassRef(id), vec![], cd.name.range);
        let names: Vec<String> = cd
            .body
            .iter()
            .flat_map(|s| match s {
                Stmt::Assign(a) => a.targets.iter().filter_map(|t| if let Expr::Name(n) = t { Some(n.id.to_string()) } else { None }).collect(),
                Stmt::AnnAssign(a) => match &*a.target {
                    Expr::Name(n) => vec![n.id.to_string()],
                    _ => vec![],
                },
                _ => vec![],
            })
            .collect();
        for s in &cd.body {
            let (targets, value): (Vec<&Expr>, &Expr) = match s {
                // Another name for a method (`__str__ = __repr__`): nothing runs.
                Stmt::Assign(a)
                    if matches!((a.targets.as_slice(), &*a.value), ([Expr::Name(t)], Expr::Name(_))
                        if !matches!(self.p.m.classes[id].members.get(t.id.as_str()), Some(Member::Attr) | None)) =>
                {
                    continue;
                }
                Stmt::Assign(a) => (a.targets.iter().collect(), &a.value),
                Stmt::AnnAssign(a) => match &a.value {
                    Some(v) => (vec![&*a.target], v),
                    None => continue,
                },
                Stmt::FunctionDef(d) => {
                    self.method_defaults(id, d)?;
                    continue;
                }
                _ => continue,
            };
            // Names of the class body are not visible as bare names inside it here.
            let mut reads = Vec::new();
            collect_names(value, &mut reads);
            if let Some(n) = reads.iter().find(|n| names.contains(n)) {
                return self.error(codes::UNSUPPORTED_EXPR, value.range(), format!("reading the class attribute `{n}` by its bare name in the class body is not supported; write the value again"));
            }
            let v = self.expr(value)?;
            for t in targets {
                if let Expr::Name(n) = t {
                    self.emit_void(Op::SetAttr(n.id.as_str().into()), vec![cls, v], n.range);
                }
            }
        }
        Ok(())
    }

    fn method_defaults(&mut self, class: ClassId, d: &ast::StmtFunctionDef) -> R<()> {
        let members: Vec<FuncId> = self.p.methods.iter().filter(|(_, s)| s.range == d.range).map(|(id, _)| *id).collect();
        let _ = class;
        for id in members {
            let defaults = self.p.methods[&id].defaults.clone();
            for (a, dflt) in d.parameters.args.iter().zip(defaults) {
                if let (Some(DefaultArg::Global(g)), Some(e)) = (dflt, &a.default) {
                    let v = self.expr(e)?;
                    self.emit_void(Op::StoreGlobal(g), vec![v], e.range());
                }
            }
        }
        Ok(())
    }

    /// `super().name(args)` in a method of `self.class`: the member the MRO
    /// finds after the class, called directly with `self` (or `cls`) first.
    pub(super) fn super_call(&mut self, a: &ast::ExprAttribute, c: &ast::ExprCall) -> R<Value> {
        let r = c.range();
        let Some(class) = self.class else {
            return self.error(codes::UNSUPPORTED_EXPR, a.value.range(), "`super()` outside a method");
        };
        let name = a.attr.as_str();
        let mro = self.p.m.classes[class].mro.clone();
        let found = mro[1..].iter().find_map(|&k| self.p.m.classes[k].members.get(name).cloned().map(|m| (k, m)));
        let first_name = self.f.param_names.first().cloned();
        let Some(first_name) = first_name else {
            return self.error(codes::UNSUPPORTED_EXPR, a.value.range(), "`super()` in a method without parameters");
        };
        let (f, pass_first) = match found {
            Some((_, Member::Method(f))) => (f, true),
            Some((_, Member::ClassMethod(f))) => (f, true),
            Some((_, Member::Static(f))) => (f, false),
            Some(_) => return self.error(codes::UNSUPPORTED_EXPR, a.range, format!("`super().{name}` is not a method")),
            None if name == "__init__" => {
                // object.__init__, or a built-in exception's: nothing pyrt needs to run,
                // except keeping an exception's arguments.
                let builtin = mro.iter().any(|k| self.p.m.classes[*k].builtin.is_some());
                if builtin {
                    if !c.arguments.keywords.is_empty() {
                        return self.error(codes::BAD_CALL, r, "BaseException.__init__() takes no keyword arguments");
                    }
                    let me = self.read_name(&first_name, a.value.range())?;
                    let mut args = vec![me];
                    for x in c.arguments.args.iter() {
                        args.push(self.expr(x)?);
                    }
                    self.emit_void(Op::ExcInit, args, r);
                    return Ok(self.konst(Const::None, r));
                }
                if !c.arguments.args.is_empty() || !c.arguments.keywords.is_empty() {
                    return self.error(codes::BAD_CALL, r, "object.__init__() takes exactly one argument (the instance to initialize)");
                }
                return Ok(self.konst(Const::None, r));
            }
            None => {
                let cname = self.p.m.classes[class].name.clone();
                return self.error(codes::BAD_OPERAND, a.range, format!("'super' object has no attribute '{name}' (no base of `{cname}` defines it)"));
            }
        };
        let me = self.read_name(&first_name, a.value.range())?;
        let sig = self.p.methods.get(&f).map(|s| (s.params.clone(), s.defaults.clone(), s.refused));
        let Some((params, defaults, refused)) = sig else { return Err(()) };
        if refused {
            return Err(());
        }
        let skip = usize::from(pass_first);
        let mut args = if pass_first { vec![me] } else { vec![] };
        args.extend(self.bind_call(name, &params[skip..], &defaults[skip..], c, false)?);
        Ok(self.emit(Op::Call(f), args, r))
    }

    /// The attributes through which Python exposes its object model are dynamic.
    pub(super) fn check_attr_name(&mut self, a: &ast::ExprAttribute) -> R<()> {
        let n = a.attr.as_str();
        if matches!(n, "__dict__" | "__class__" | "__bases__" | "__mro__" | "__slots__" | "__module__" | "__qualname__" | "__code__" | "__globals__" | "__closure__") {
            return self.error(codes::DYNAMIC, a.range, format!("`.{n}` exposes Python's object model at run time and cannot be translated"));
        }
        Ok(())
    }

    /// `super().name` read as a value: a base's property or class attribute.
    pub(super) fn super_attr(&mut self, a: &ast::ExprAttribute) -> R<Value> {
        let Some(class) = self.class else {
            return self.error(codes::UNSUPPORTED_EXPR, a.value.range(), "`super()` outside a method");
        };
        let name = a.attr.as_str();
        let mro = self.p.m.classes[class].mro.clone();
        let found = mro[1..].iter().find_map(|&k| self.p.m.classes[k].members.get(name).cloned().map(|m| (k, m)));
        let Some(first_name) = self.f.param_names.first().cloned() else {
            return self.error(codes::UNSUPPORTED_EXPR, a.value.range(), "`super()` in a method without parameters");
        };
        match found {
            Some((_, Member::Property { get, .. })) => {
                let me = self.read_name(&first_name, a.value.range())?;
                Ok(self.emit(Op::Call(get), vec![me], a.range))
            }
            Some((k, Member::Attr)) => {
                let cls = self.emit(Op::ClassRef(k), vec![], a.value.range());
                Ok(self.emit(Op::GetAttr(name.into()), vec![cls], a.range))
            }
            Some(_) => self.error(codes::UNSUPPORTED_EXPR, a.range, format!("`super().{name}` as a value (a bound method) is not supported yet; call it directly")),
            None => {
                let cname = self.p.m.classes[class].name.clone();
                self.error(codes::BAD_OPERAND, a.range, format!("'super' object has no attribute '{name}' (no base of `{cname}` defines it)"))
            }
        }
    }

    /// `C(args)`: a new instance, initialised by the `__init__` the class finds.
    pub(super) fn new_instance(&mut self, class: ClassId, c: &ast::ExprCall) -> R<Value> {
        let (vals, kwnames) = self.call_args(c, false)?;
        Ok(self.emit(Op::New { class, kwnames: kwnames.into() }, vals, c.range()))
    }

    /// `isinstance(x, C)` / `isinstance(x, (A, B))` for classes of the program.
    pub(super) fn isinstance(&mut self, c: &ast::ExprCall) -> R<Value> {
        let r = c.range();
        let [obj, cls] = c.arguments.args.as_ref() else {
            return self.error(codes::BAD_CALL, r, "isinstance expected 2 arguments");
        };
        // isinstance(x, int): the static type decides (lowering answers).
        let builtin_types: Option<Vec<pyrt_ir::ops::BuiltinType>> = match cls {
            Expr::Name(n) if !self.is_local(n.id.as_str()) => pyrt_ir::ops::BuiltinType::from_name(n.id.as_str()).map(|t| vec![t]),
            Expr::Tuple(t) => t
                .elts
                .iter()
                .map(|e| match e {
                    Expr::Name(n) if !self.is_local(n.id.as_str()) => pyrt_ir::ops::BuiltinType::from_name(n.id.as_str()),
                    _ => None,
                })
                .collect(),
            _ => None,
        };
        if let Some(types) = builtin_types {
            let v = self.expr(obj)?;
            let mut out: Option<Value> = None;
            for k in types {
                let t = self.emit(Op::Builtin(Builtin::IsType(k)), vec![v], r);
                out = Some(match out {
                    None => t,
                    Some(prev) => {
                        let tv = self.t;
                        self.emit(Op::Select, vec![prev, tv, t], r)
                    }
                });
            }
            return Ok(out.unwrap_or(self.fl));
        }
        let classes = self.class_list(cls)?;
        let v = self.expr(obj)?;
        let mut out: Option<Value> = None;
        for k in classes {
            let t = self.emit(Op::IsInstance(k), vec![v], r);
            out = Some(match out {
                None => t,
                Some(prev) => {
                    let tv = self.t;
                    self.emit(Op::Select, vec![prev, tv, t], r)
                }
            });
        }
        Ok(out.unwrap_or(self.fl))
    }

    /// The classes an `isinstance` second argument names.
    pub(super) fn class_list(&mut self, e: &Expr) -> R<Vec<ClassId>> {
        match e {
            Expr::Tuple(t) => {
                let mut out = Vec::new();
                for x in t.elts.iter() {
                    out.extend(self.class_list(x)?);
                }
                Ok(out)
            }
            Expr::Attribute(a) if matches!(&*a.value, Expr::Name(n) if self.lib_module_named(n.id.as_str()).is_some_and(|m| module_exception(&m, a.attr.as_str()))) => {
                Ok(vec![self.p.builtin_class(a.attr.as_str()).expect("a module exception is a built-in class")])
            }
            Expr::Attribute(a) if self.module_of(&a.value).is_some() => {
                let m = self.module_of(&a.value).unwrap();
                match self.p.member(&m, a.attr.as_str()) {
                    Some(super::imports::ModMember::Class(c)) => Ok(vec![c]),
                    _ => self.error(codes::UNSUPPORTED_EXPR, e.range(), format!("`{m}.{}` is not a class", a.attr)),
                }
            }
            Expr::Name(n) if !self.is_local(n.id.as_str()) => match self.p.class_named(n.id.as_str()) {
                Some(c) => Ok(vec![c]),
                None if BUILTINS.contains(&n.id.as_str()) => {
                    self.error(codes::UNSUPPORTED_EXPR, e.range(), format!("`isinstance` with the built-in type `{}` is not supported: the static type already decides it", n.id))
                }
                None => self.error(codes::UNSUPPORTED_EXPR, e.range(), format!("`{}` is not a class of the program", n.id)),
            },
            _ => self.error(codes::DYNAMIC, e.range(), "the classes of `isinstance` must be written as names"),
        }
    }

    /// Narrow after a test held: each `isinstance` of an `and` chain.
    pub(super) fn narrow_all(&mut self, test: &Expr, block: Block) {
        match test {
            Expr::BoolOp(b) if b.op == ast::BoolOp::And => b.values.iter().for_each(|v| self.narrow_all(v, block)),
            t => self.narrow(t, block),
        }
    }

    /// Narrow a local after `isinstance(name, C)` held: in the block where it
    /// holds, the name has C's type.
    pub(super) fn narrow(&mut self, test: &Expr, block: Block) {
        let Expr::Call(c) = test else { return };
        let Expr::Name(f) = &*c.func else { return };
        if f.id.as_str() != "isinstance" || self.is_local("isinstance") {
            return;
        }
        let [Expr::Name(obj), cls] = c.arguments.args.as_ref() else { return };
        let name = obj.id.as_str();
        // A frame slot (a name a `try` assigns) keeps its one type.
        if !self.is_local(name) || self.comp_name(name).is_some() || self.slots.contains_key(name) {
            return;
        }
        let Expr::Name(cn) = cls else { return };
        let Some(k) = self.p.classes.get(cn.id.as_str()).copied().or_else(|| self.p.builtin_classes.get(cn.id.as_str()).copied()) else { return };
        let saved = self.cur;
        self.cur = Some(block);
        let (var, _) = self.local(name);
        let v = self.read_var(var, block);
        let narrowed = self.emit(Op::Downcast(k), vec![v], obj.range);
        self.f.values[narrowed].name = Some(name.into());
        self.write_var(var, block, narrowed);
        self.cur = saved;
    }
}
