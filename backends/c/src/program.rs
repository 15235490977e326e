//! The whole C file: runtime, class types and vtables, descriptors, constants,
//! globals, the functions, and `main`.

use crate::frames::{self, Emitted};
use crate::func::FnEmitter;
use crate::UNSUPPORTED;
use pyrt_ir::layout::{ClassLayout, DUNDER_SLOTS, Repr, cattr_type, class_layouts, dunder_fits, dunder_wrong_result, slot_func, slot_ret, traced};
use pyrt_ir::module::{Member, lookup};
use pyrt_ir::verify::verify_for_backend;
use pyrt_ir::{ClassId, Diagnostic, EntityRef, FuncId, Module, Span, Type};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

/// Program-wide tables the functions refer to.
pub(crate) struct Program<'m> {
    pub m: &'m Module,
    pub layouts: Vec<ClassLayout>,
    /// Interned descriptors: each type's descriptor name; the definitions made
    /// (a container's elements' before its own), and how many.
    descs: HashMap<Type, String>,
    desc_defs: String,
    ndescs: usize,
    /// Interned str constants, by text.
    strs: HashMap<String, usize>,
    str_list: Vec<String>,
    /// Vtable slot of each method name called by dynamic dispatch.
    pub slots: BTreeMap<String, usize>,
    /// Top-level functions used as values (each gets a static function object).
    pub func_values: BTreeSet<FuncId>,
    /// Bound-method wrappers: vtable slot, parameters after self, result.
    bound: Vec<(usize, Vec<Repr>, Repr)>,
}

impl<'m> Program<'m> {
    pub fn str_const(&mut self, s: &str) -> String {
        let n = self.str_list.len();
        let k = *self.strs.entry(s.to_string()).or_insert_with(|| {
            self.str_list.push(s.to_string());
            n
        });
        format!("K[{k}]")
    }

    /// The C name of the type's class struct.
    pub fn class_type(&self, c: ClassId) -> String {
        match &self.m.classes[c].builtin {
            Some(b) => format!("pyrt_t_{}", b.trim_start_matches('$')),
            None => format!("T{}", c.index()),
        }
    }

    /// The wrapper a bound method's function object runs: the object (its
    /// environment) dispatches through vtable slot `k`.
    pub fn bound_wrapper(&mut self, k: usize, params: Vec<Repr>, ret: Repr) -> String {
        let key = (k, params, ret);
        let n = match self.bound.iter().position(|b| *b == key) {
            Some(n) => n,
            None => {
                self.bound.push(key);
                self.bound.len() - 1
            }
        };
        format!("BM{n}")
    }

    pub fn vtable_slot(&mut self, name: &str) -> usize {
        let n = self.slots.len();
        *self.slots.entry(name.to_string()).or_insert(n)
    }

    /// The descriptor of a type, as a C expression of type `const pyrt_desc *`.
    pub fn desc(&mut self, t: &Type, span: Span) -> Result<String, Diagnostic> {
        if let Some(n) = self.descs.get(t) {
            return Ok(format!("&{n}"));
        }
        let name = match t {
            Type::None => "pyrt_d_none".to_string(),
            Type::Bool => "pyrt_d_bool".to_string(),
            Type::Int => "pyrt_d_int".to_string(),
            Type::Float => "pyrt_d_float".to_string(),
            Type::Str => "pyrt_d_str".to_string(),
            Type::Inst(_) => "pyrt_d_obj".to_string(),
            Type::Func(_) => "pyrt_d_func".to_string(),
            Type::Either(_) => "pyrt_d_either".to_string(),
            Type::Class(_) => "pyrt_d_class".to_string(),
            Type::List(_) | Type::Tuple(_) | Type::Optional(_) | Type::Dict(..) | Type::Set(_) | Type::Iter(_) => self.container_desc(t, span)?,
            _ => return Err(Diagnostic::error(UNSUPPORTED, span, format!("the C backend does not yet support values of type `{t}` here"))),
        };
        self.descs.insert(t.clone(), name.clone());
        Ok(format!("&{name}"))
    }

    /// Define the descriptor of a list, tuple or optional type (its elements' first).
    fn container_desc(&mut self, t: &Type, span: Span) -> Result<String, Diagnostic> {
        // kind, then the functions repr, str, eq, hash, lt, then the elements.
        let (kind, fns, elems): (&str, [&str; 5], Vec<Type>) = match t {
            Type::List(e) => ("PYRT_K_REF", ["pyrt_repr_list", "pyrt_repr_list", "pyrt_eq_list", "pyrt_hash_list", "pyrt_lt_list"], vec![(**e).clone()]),
            Type::Tuple(es) => ("PYRT_K_REF", ["pyrt_repr_tuple", "pyrt_repr_tuple", "pyrt_eq_tuple", "pyrt_hash_tuple", "pyrt_lt_tuple"], es.clone()),
            Type::Dict(k, v) => {
                let elems = vec![(**k).clone(), (**v).clone(), Type::Tuple(vec![(**k).clone(), (**v).clone()]), Type::Tuple(vec![(**k).clone()])];
                ("PYRT_K_REF", ["pyrt_repr_dict", "pyrt_repr_dict", "pyrt_eq_dict", "pyrt_hash_dict", "pyrt_lt_dict"], elems)
            }
            Type::Set(e) => ("PYRT_K_REF", ["pyrt_repr_set", "pyrt_repr_set", "pyrt_eq_set", "pyrt_hash_set", "pyrt_lt_set"], vec![(**e).clone(), Type::Tuple(vec![(**e).clone()])]),
            Type::Iter(e) => ("PYRT_K_REF", ["pyrt_repr_iter", "pyrt_repr_iter", "pyrt_eq_obj", "pyrt_hash_inst", "pyrt_lt_inst"], vec![(**e).clone()]),
            Type::Optional(inner) => {
                let kind = match Repr::of(t) {
                    Repr::Bool => "PYRT_K_BOOL",
                    Repr::Int => "PYRT_K_INT",
                    Repr::Float => "PYRT_K_FLOAT",
                    _ if !traced(t) => "PYRT_K_STATIC",
                    _ => "PYRT_K_REF",
                };
                (kind, ["pyrt_repr_opt", "pyrt_str_opt", "pyrt_eq_opt", "pyrt_hash_opt", "pyrt_lt_opt"], vec![(**inner).clone()])
            }
            _ => return Err(Diagnostic::bug(span, format!("C backend: no container descriptor for `{t}`"))),
        };
        let elem_names = elems.iter().map(|e| self.desc(e, span)).collect::<Result<Vec<_>, _>>()?;
        let n = format!("D{}", self.ndescs);
        self.ndescs += 1;
        let list = if elem_names.is_empty() { "NULL".to_string() } else { elem_names.join(", ") };
        let _ = writeln!(self.desc_defs, "static const pyrt_desc *const {n}_e[{}] = {{{list}}};", elem_names.len().max(1));
        // A dict's descriptor counts two elements, a set's one; the tuples after
        // them are for a dict's items and for KeyErrors.
        let count = match t {
            Type::Dict(..) => 2,
            Type::Set(_) => 1,
            _ => elem_names.len(),
        };
        let _ = writeln!(self.desc_defs, "static PYRT_UNUSED const pyrt_desc {n} = {{{kind}, {}, {count}, {n}_e}};", fns.join(", "));
        Ok(n)
    }
}

/// The program's dunder methods must take and return what the runtime passes
/// and expects (`ir::layout::dunder_fits`).
fn dunder_signatures(m: &Module) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for (id, c) in m.classes.iter() {
        if c.builtin.is_some() {
            continue;
        }
        for name in DUNDER_SLOTS {
            let Some((owner, Member::Method(f))) = lookup(&m.classes, id, name) else { continue };
            if owner == id && !dunder_fits(m, *f, name) {
                diags.push(Diagnostic::error(UNSUPPORTED, m.funcs[*f].span, format!("a `{name}` with this signature is not supported by the C backend yet")).with_note("the JS backend translates it: pyrt translate --backend=js"));
            }
        }
    }
    diags
}

/// A dunder method that returns the wrong type gets an adapter raising
/// CPython's TypeError when it returns: the slot's C result type and the message.
fn dunder_adapter(m: &Module, f: FuncId, name: &str) -> Option<(&'static str, String)> { dunder_wrong_result(m, f, name).map(|(r, msg)| (ctype(r), msg)) }

/// The C type of a representation.
pub(crate) fn ctype(r: Repr) -> &'static str {
    match r {
        Repr::None | Repr::Bool => "uint8_t",
        Repr::Int => "int64_t",
        Repr::Float => "double",
        Repr::Ref => "void *",
    }
}

/// A short name for a representation (in adapter names).
fn ctype_tag(r: Repr) -> &'static str {
    match r {
        Repr::None => "n",
        Repr::Bool => "b",
        Repr::Int => "i",
        Repr::Float => "f",
        Repr::Ref => "p",
    }
}

/// A C string literal of `s` in UTF-8, and its length in bytes.
pub(crate) fn c_string(s: &str) -> (String, usize) {
    let mut out = String::from("\"");
    let mut prev_hex = false;
    for &b in s.as_bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'?' => out.push_str("\\?"),
            0x20..=0x7E if !(prev_hex && b.is_ascii_hexdigit()) => out.push(b as char),
            _ => {
                let _ = write!(out, "\\{b:03o}");
                prev_hex = false;
                continue;
            }
        }
        prev_hex = false;
    }
    out.push('"');
    (out, s.len())
}

/// Translate a lowered module to one C file (runtime included).
pub fn emit_c(m: &Module) -> Result<String, Vec<Diagnostic>> {
    verify_for_backend(m, "C backend").map_err(|d| vec![d])?;
    let Some(main) = m.main else {
        return Err(vec![Diagnostic::bug(Span::DUMMY, "C backend: the module has no main function")]);
    };
    // `import js` needs a JS host: the first use of it is the diagnostic.
    if let Some(span) = m.funcs.values().flat_map(|f| f.insts.values()).filter(|i| matches!(i.op, pyrt_ir::Op::Js(_))).map(|i| i.span).chain(m.funcs.values().filter(|f| f.is_async).map(|f| f.span)).min_by_key(|s| (s.file, s.start)) {
        return Err(vec![
            Diagnostic::error(pyrt_ir::codes::UNSUPPORTED_NAME, span, "JS interop (`import js`, `async def`) needs a JS host: this program translates with --backend=js only")
                .with_note("the C backend has no JavaScript to talk to"),
        ]);
    }
    let mut p = Program {
        m,
        layouts: class_layouts(&m.classes),
        descs: HashMap::new(),
        desc_defs: String::new(),
        ndescs: 0,
        strs: HashMap::new(),
        str_list: Vec::new(),
        slots: BTreeMap::new(),
        func_values: BTreeSet::new(),
        bound: Vec::new(),
    };
    let mut diags = dunder_signatures(m);
    for name in DUNDER_SLOTS {
        p.vtable_slot(name);
    }
    let mut protos = String::new();
    let mut funcs = Vec::new();
    for (id, f) in m.funcs.iter() {
        let mut e = FnEmitter::new(&mut p, id, f);
        match e.emit() {
            Ok((proto, text, frameless_shape)) => {
                let _ = writeln!(protos, "{proto};");
                funcs.push(Emitted { name: format!("f{}", id.index()), text, frameless_shape });
            }
            Err(d) => diags.extend(d),
        }
    }
    frames::elide(&mut funcs);
    let bodies: String = funcs.into_iter().map(|f| f.text).collect();
    if !diags.is_empty() {
        diags.sort_by_key(|d| (d.primary.span.file, d.primary.span.start));
        diags.dedup_by(|a, b| a.primary.span == b.primary.span && a.message == b.message);
        return Err(diags);
    }
    let mut out = String::from("/* ---- the translated program ---- */\n\n");
    // Classes: types with their layouts and vtables.
    let mut classes = String::new();
    for (id, c) in m.classes.iter() {
        if c.builtin.is_some() {
            continue;
        }
        let _ = writeln!(classes, "static PYRT_UNUSED const pyrt_type T{};", id.index());
    }
    out.push_str(&classes);
    out.push_str(&protos);
    out.push('\n');
    let mut adapters: Vec<(FuncId, Type)> = Vec::new();
    let mut dunder_adapters: Vec<(FuncId, String)> = Vec::new();
    let mut next_adapters: Vec<FuncId> = Vec::new();
    let mut vtables = String::new();
    for (id, c) in m.classes.iter() {
        if c.builtin.is_some() {
            continue;
        }
        let l = &p.layouts[id.index()];
        let refs = l.ref_offsets();
        let k = id.index();
        let _ = writeln!(vtables, "static const uint32_t T{k}_refs[{}] = {{{}}};", refs.len().max(1), if refs.is_empty() { "0".into() } else { refs.iter().map(|r| r.to_string()).collect::<Vec<_>>().join(", ") });
        let mut by_slot: Vec<(&String, &usize)> = p.slots.iter().collect();
        by_slot.sort_by_key(|(_, k)| **k);
        let mut vt = Vec::new();
        for (name, &slot) in by_slot {
            if name.starts_with('@') {
                // Class attribute storage of this class.
                let _ = writeln!(vtables, "static pyrt_cattr CA{k}_{slot};");
                vt.push(format!("(void *)&CA{k}_{slot}"));
                continue;
            }
            let found = lookup(&m.classes, id, name.trim_end_matches("$set")).and_then(|(owner, mem)| slot_func(Some(mem), name).map(|f| (owner, Member::Method(f))));
            vt.push(match found.as_ref().map(|(o, mem)| (*o, mem)) {
                // __next__ returns the element boxed (the runtime's instance iterator reads it).
                Some((owner, Member::Method(f))) if m.classes[owner].builtin.is_none() && name == "__next__" => {
                    let g = &m.funcs[*f];
                    if next_adapters.contains(f) {
                        vt.push(format!("(void *)DN{}", f.index()));
                        continue;
                    }
                    next_adapters.push(*f);
                    let _ = writeln!(
                        vtables,
                        "static pyrt_val DN{0}(void *self) {{\n  pyrt_val v_;\n  v_.{1} = f{0}(self);\n  return v_;\n}}",
                        f.index(),
                        match Repr::of(&g.ret) {
                            Repr::Ref => "p",
                            Repr::Float => "f",
                            _ => "i",
                        }
                    );
                    format!("(void *)DN{}", f.index())
                }
                Some((owner, Member::Method(f))) if m.classes[owner].builtin.is_none() && DUNDER_SLOTS.contains(&name.as_str()) && dunder_adapter(m, *f, name).is_some() => {
                    if !dunder_adapters.contains(&(*f, name.clone())) {
                        dunder_adapters.push((*f, name.clone()));
                    }
                    format!("(void *)DA{}", f.index())
                }
                Some((owner, Member::Method(f))) if m.classes[owner].builtin.is_none() || !DUNDER_SLOTS.contains(&name.as_str()) => {
                    let ret = if DUNDER_SLOTS.contains(&name.as_str()) { None } else { slot_ret(m, name) };
                    match ret {
                        // A method returning None where the slot returns an optional: an adapter.
                        Some(ret) if Repr::of(&m.funcs[*f].ret) != Repr::of(&ret) => {
                            if !adapters.contains(&(*f, ret.clone())) {
                                adapters.push((*f, ret.clone()));
                            }
                            format!("(void *)A{}_{}", f.index(), ctype_tag(Repr::of(&ret)))
                        }
                        _ => format!("(void *)f{}", f.index()),
                    }
                }
                _ => "NULL".into(),
            });
        }
        let _ = writeln!(vtables, "static void *const T{k}_vt[{}] = {{{}}};", vt.len().max(1), if vt.is_empty() { "NULL".into() } else { vt.join(", ") });
        let base = c.mro.get(1).map(|&b| format!("&{}", p.class_type(b))).unwrap_or_else(|| "NULL".into());
        let module = c.module.as_ref().map(|m| c_string(m).0).unwrap_or_else(|| "NULL".into());
        let _ = writeln!(
            vtables,
            "static PYRT_UNUSED const pyrt_type T{k} = {{{}, {module}, {base}, PYRT_O_INST, {}, T{k}_refs, {}, T{k}_vt, NULL}};",
            c_string(&c.name).0,
            l.size,
            refs.len()
        );
    }
    for (n, (k, params, ret)) in p.bound.iter().enumerate() {
        let decl: Vec<String> = std::iter::once("void *env".to_string()).chain(params.iter().enumerate().map(|(i, r)| format!("{} a{i}", ctype(*r)))).collect();
        let ptys: Vec<&str> = std::iter::once("void *").chain(params.iter().map(|r| ctype(*r))).collect();
        let args: Vec<String> = std::iter::once("env".to_string()).chain((0..params.len()).map(|i| format!("a{i}"))).collect();
        let _ = writeln!(out, "static {} BM{n}({}) {{\n  return (({} (*)({}))((pyrt_obj *)env)->type->vtable[{k}])({});\n}}", ctype(*ret), decl.join(", "), ctype(*ret), ptys.join(", "), args.join(", "));
    }
    // Adapters: a method whose None result the slot holds as an optional's None.
    for (f, ret) in &adapters {
        let g = &m.funcs[*f];
        let params: Vec<String> = g.params().iter().map(|&v| format!("{} a{}", ctype(Repr::of(&g.values[v].ty)), v.index())).collect();
        let args: Vec<String> = g.params().iter().map(|&v| format!("a{}", v.index())).collect();
        let none = match Repr::of(ret) {
            Repr::Int => "PYRT_NONE_I64",
            Repr::Float => "pyrt_none_f64()",
            Repr::Bool => "PYRT_NONE_BOOL",
            _ => "NULL",
        };
        let _ = writeln!(out, "static {} A{}_{}({}) {{\n  (void)f{}({});\n  return {none};\n}}", ctype(Repr::of(ret)), f.index(), ctype_tag(Repr::of(ret)), params.join(", "), f.index(), args.join(", "));
    }
    for (f, name) in &dunder_adapters {
        let Some((ct, msg)) = dunder_adapter(m, *f, name) else { continue };
        let zero = if ct == "void *" { "NULL" } else { "0" };
        let _ = writeln!(out, "static {ct} DA{}(void *self) {{\n  (void)f{}(self);\n  if (!pyrt_exc) pyrt_raise(&pyrt_t_TypeError, {});\n  return {zero};\n}}", f.index(), f.index(), c_string(&msg).0);
    }
    out.push_str(&vtables);
    // The classes' field tables (format fields read instances' attributes by
    // name); made before the descriptors are written, as they may add some.
    let mut tables = String::new();
    for (id, c) in m.classes.iter() {
        if c.builtin.is_some() {
            continue;
        }
        let l = p.layouts[id.index()].clone();
        let mut rows = Vec::new();
        for (name, off, ty, flag) in l.named_fields() {
            let Ok(d) = p.desc(ty, Span::DUMMY) else { continue };
            rows.push(format!("{{{}, {off}, {flag}, {d}}}", c_string(name).0));
        }
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(tables, "  if (t == &T{0}) {{\n    static const pyrt_field_info f[] = {{{1}}};\n    *n = {2};\n    return f;\n  }}", id.index(), rows.join(", "), rows.len());
    }
    out.push_str(&p.desc_defs);
    let _ = writeln!(out, "static PYRT_UNUSED const pyrt_field_info *pyrt_program_fields(const pyrt_type *t, uint32_t *n) {{\n{tables}  (void)t;\n  *n = 0;\n  return NULL;\n}}\n");

    // Top-level functions as values: code taking the (unused) environment first.
    for &g in &p.func_values {
        let f = &m.funcs[g];
        let params: Vec<(String, String)> = f.params().iter().map(|&v| (ctype(Repr::of(&f.values[v].ty)).to_string(), format!("a{}", v.index()))).collect();
        let decl: Vec<String> = std::iter::once("void *env".to_string()).chain(params.iter().map(|(t, n)| format!("{t} {n}"))).collect();
        let args: Vec<&str> = params.iter().map(|(_, n)| n.as_str()).collect();
        let k = g.index();
        let _ = writeln!(out, "static {} w{k}({}) {{\n  (void)env;\n  return f{k}({});\n}}", ctype(Repr::of(&f.ret)), decl.join(", "), args.join(", "));
        let _ = writeln!(out, "static pyrt_func FV{k} = {{{{&pyrt_t_func, 0}}, (void *)w{k}, NULL, {}}};", c_string(&m.qualname(g)).0);
    }
    // Constants and globals.
    let _ = writeln!(out, "static PYRT_UNUSED void *K[{}];", p.str_list.len().max(1));
    let mut roots = Vec::new();
    for (name, &slot) in &p.slots {
        if let Some(attr) = name.strip_prefix('@')
            && cattr_type(&p.layouts, attr).is_some_and(|t| traced(&t))
        {
            for (id, c) in m.classes.iter() {
                if c.builtin.is_none() {
                    roots.push(format!("&CA{}_{slot}.v.p", id.index()));
                }
            }
        }
    }
    for (g, global) in m.globals.iter() {
        let r = Repr::of(&global.ty);
        let _ = writeln!(out, "static PYRT_UNUSED {} g{};", ctype(r), g.index());
        if global.checked {
            let _ = writeln!(out, "static PYRT_UNUSED uint8_t gd{};", g.index());
        }
        if traced(&global.ty) {
            roots.push(format!("&g{}", g.index()));
        }
    }
    out.push('\n');
    out.push_str(&bodies);
    // main
    out.push_str("int main(int argc, char **argv) {\n  pyrt_argc = argc;\n  pyrt_argv = argv;\n  pyrt_init();\n");
    let nroots = roots.len() + p.str_list.len();
    let _ = writeln!(out, "  static void **roots[{}];", nroots.max(1));
    for (i, r) in roots.iter().enumerate() {
        let _ = writeln!(out, "  roots[{i}] = (void **){r};");
    }
    for k in 0..p.str_list.len() {
        let _ = writeln!(out, "  roots[{}] = &K[{k}];", roots.len() + k);
    }
    let _ = writeln!(out, "  pyrt_global_roots = roots;\n  pyrt_nglobal_roots = {nroots};");
    for (k, s) in p.str_list.iter().enumerate() {
        let (lit, len) = c_string(s);
        let _ = writeln!(out, "  K[{k}] = pyrt_str_utf8({lit}, {len});\n  if (!K[{k}]) return pyrt_uncaught();");
    }
    let _ = writeln!(out, "  int64_t status = f{}();", main.index());
    out.push_str("  if (pyrt_exc) return pyrt_uncaught();\n  pyrt_flush();\n  return (int)(status & 0xFF);\n}\n");
    // The runtime first: only the functions and data the program reaches.
    let mut c = pyrt_runtime::c_runtime_for(&out);
    c.push('\n');
    c.push_str(&out);
    Ok(c)
}
