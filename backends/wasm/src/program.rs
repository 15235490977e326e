//! The program's side of the module: its static data (str constants, globals,
//! class types and vtables, descriptors, the field tables), its function
//! types, and `pyrt_program_main`, which the runtime's `main` calls.

use crate::abi;
use crate::func::{Emitted, FnEmitter};
use crate::link::{DATA_BASE, DATA_LIMIT, ProgramCode};
use crate::rt::Runtime;
use crate::{UNSUPPORTED, unsupported};
use pyrt_ir::layout::{ClassLayout, DUNDER_SLOTS, Repr, cattr_type, class_layouts, dunder_fits, dunder_wrong_result, slot_func, slot_ret, traced};
use pyrt_ir::module::lookup;
use pyrt_ir::{ClassId, Diagnostic, EntityRef, FuncId, Module, Span, Type};
use std::collections::{BTreeMap, HashMap};
use wasm_encoder::ValType;

pub(crate) struct Program<'m> {
    pub m: &'m Module,
    pub rt: &'static Runtime,
    pub layouts: Vec<ClassLayout>,
    /// Static data from [`DATA_BASE`].
    pub data: Vec<u8>,
    /// Interned descriptors' addresses.
    descs: HashMap<Type, u32>,
    /// Interned str constants: text → address of its `K` slot.
    strs: HashMap<String, u32>,
    pub str_list: Vec<(String, u32)>,
    /// Interned C strings (NUL-terminated UTF-8).
    cstrs: HashMap<String, u32>,
    /// Vtable slot of each method name called by dynamic dispatch.
    pub slots: BTreeMap<String, usize>,
    /// Each class's type struct.
    pub class_addr: HashMap<ClassId, u32>,
    /// Each global's 8-byte slot and its defined flag.
    pub global_addr: Vec<(u32, u32)>,
    /// Function types after the runtime's.
    pub types: Vec<(Vec<ValType>, Vec<ValType>)>,
    /// Functions in the table after the runtime's entries (virtual indices).
    pub table: Vec<u32>,
    /// Functions the backend makes beside the program's (adapters, the entry),
    /// numbered after them.
    pub extra: Vec<(u32, Vec<u8>)>,
    /// The class attributes holding references (the collector's roots).
    cattr_roots: Vec<u32>,
    /// Top-level functions as values: each one's static function object.
    func_values: HashMap<FuncId, u32>,
    /// Bound methods' wrappers: (vtable slot, parameters after self, result) → function.
    bound: HashMap<(usize, Vec<Repr>, Repr), u32>,
    /// JS interop: descriptors, thunks, exports (`interop.rs`).
    pub js: crate::interop::Interop,
}

/// The wasm type of a representation.
pub(crate) fn valtype(r: Repr) -> ValType {
    match r {
        Repr::None | Repr::Bool | Repr::Ref => ValType::I32,
        Repr::Int => ValType::I64,
        Repr::Float => ValType::F64,
    }
}

impl<'m> Program<'m> {
    pub fn alloc(&mut self, size: usize, align: usize) -> u32 {
        while !self.data.len().is_multiple_of(align) {
            self.data.push(0);
        }
        let at = self.data.len();
        self.data.resize(at + size, 0);
        DATA_BASE + at as u32
    }

    pub fn put_u32(&mut self, addr: u32, v: u32) {
        let at = (addr - DATA_BASE) as usize;
        self.data[at..at + 4].copy_from_slice(&v.to_le_bytes());
    }

    pub fn put_u8(&mut self, addr: u32, v: u8) { self.data[(addr - DATA_BASE) as usize] = v; }

    /// The address of a NUL-terminated copy of `s`.
    pub fn cstr(&mut self, s: &str) -> u32 {
        if let Some(&a) = self.cstrs.get(s) {
            return a;
        }
        let a = self.alloc(s.len() + 1, 1);
        let at = (a - DATA_BASE) as usize;
        self.data[at..at + s.len()].copy_from_slice(s.as_bytes());
        self.cstrs.insert(s.to_string(), a);
        a
    }

    /// The address of the `K` slot holding str constant `s` (made at start-up).
    pub fn str_const(&mut self, s: &str) -> u32 {
        if let Some(&a) = self.strs.get(s) {
            return a;
        }
        let slot = self.alloc(4, 4);
        self.strs.insert(s.to_string(), slot);
        self.str_list.push((s.to_string(), slot));
        slot
    }

    /// A runtime datum's address.
    pub fn sym(&self, name: &str, span: Span) -> Result<u32, Diagnostic> { self.rt.data_by_name.get(name).copied().ok_or_else(|| Diagnostic::bug(span, format!("wasm backend: the runtime has no datum `{name}`"))) }

    /// A runtime function's virtual index.
    pub fn func(&self, name: &str, span: Span) -> Result<u32, Diagnostic> { self.rt.func_by_name.get(name).copied().ok_or_else(|| unsupported(span, format!("`{name}` (the wasm runtime does not have it)"))) }

    /// The table index of a function (a C function pointer's value).
    pub fn table_index(&mut self, f: u32) -> u32 {
        if let Some(&k) = self.rt.table_slot.get(&f) {
            return k;
        }
        let k = match self.table.iter().position(|&g| g == f) {
            Some(k) => k,
            None => {
                self.table.push(f);
                self.table.len() - 1
            }
        };
        self.rt.table_len as u32 + k as u32
    }

    /// The index of a function type (after the runtime's).
    pub fn type_index(&mut self, params: Vec<ValType>, results: Vec<ValType>) -> u32 {
        let key = (params, results);
        let k = match self.types.iter().position(|t| *t == key) {
            Some(k) => k,
            None => {
                self.types.push(key);
                self.types.len() - 1
            }
        };
        self.rt.types.len() as u32 + k as u32
    }

    /// Add a function the backend makes; its virtual index.
    pub fn add_func(&mut self, ty: u32, body: Vec<u8>) -> u32 {
        self.extra.push((ty, body));
        self.rt.nfuncs() + self.m.funcs.len() as u32 + self.extra.len() as u32 - 1
    }

    /// A type struct for iterators the backend makes (generators): `trace`
    /// marks what the object holds.
    pub fn iter_type(&mut self, name: &str, size: u32, trace: u32) -> u32 {
        let t = self.alloc(abi::TYPE_SIZE as usize, 4);
        let name = self.cstr(name);
        let trace = self.table_index(trace);
        self.put_u32(t, name);
        self.put_u8(t + 12, abi::O_ITER);
        self.put_u32(t + 16, size);
        self.put_u32(t + 32, trace);
        t
    }

    /// The static function object of top-level function `g` as a value: its
    /// code takes the (unused) environment first.
    pub fn func_value(&mut self, g: FuncId, span: Span) -> Result<u32, Diagnostic> {
        if let Some(&a) = self.func_values.get(&g) {
            return Ok(a);
        }
        let f = &self.m.funcs[g];
        let params = crate::func::params_of(self, g);
        let mut code: Vec<wasm_encoder::Instruction<'static>> = (1..=params.len() as u32).map(wasm_encoder::Instruction::LocalGet).collect();
        code.extend([wasm_encoder::Instruction::Call(self.program_func(g)), wasm_encoder::Instruction::End]);
        let ty = self.type_index(std::iter::once(ValType::I32).chain(params).collect(), vec![valtype(Repr::of(&f.call_ret()))]);
        let w = self.add_func(ty, crate::func::encode(&[], &code));
        let t = self.sym("pyrt_t_func", span)?;
        let code = self.table_index(w);
        let name = self.cstr(&f.name);
        let a = self.alloc(abi::FUNC_SIZE as usize, 8);
        self.put_u32(a, t);
        self.put_u32(a + abi::FUNC_CODE as u32, code);
        self.put_u32(a + abi::FUNC_QUALNAME as u32, name);
        self.func_values.insert(g, a);
        Ok(a)
    }

    /// The code of a bound method's function object: its environment (the
    /// instance) dispatches through vtable slot `k`.
    pub fn bound_wrapper(&mut self, k: usize, params: Vec<Repr>, ret: Repr) -> u32 {
        use wasm_encoder::Instruction as I;
        let key = (k, params, ret);
        if let Some(&w) = self.bound.get(&key) {
            return w;
        }
        let n = key.1.len() as u32;
        let ptys: Vec<ValType> = std::iter::once(ValType::I32).chain(key.1.iter().map(|&r| valtype(r))).collect();
        let ty = self.type_index(ptys, vec![valtype(ret)]);
        let mut code: Vec<I<'static>> = (0..=n).map(I::LocalGet).collect();
        code.extend([I::LocalGet(0), I::I32Load(crate::func::mem(abi::OBJ_TYPE, 2)), I::I32Load(crate::func::mem(abi::TYPE_VTABLE, 2)), I::I32Load(crate::func::mem(4 * k as u64, 2))]);
        code.extend([I::CallIndirect { type_index: ty, table_index: 0 }, I::End]);
        let w = self.add_func(ty, crate::func::encode(&[], &code));
        let w = self.table_index(w);
        self.bound.insert(key, w);
        w
    }

    /// The virtual index of program function `f`.
    pub fn program_func(&self, f: FuncId) -> u32 { self.rt.nfuncs() + f.index() as u32 }

    pub fn vtable_slot(&mut self, name: &str) -> usize {
        let n = self.slots.len();
        *self.slots.entry(name.to_string()).or_insert(n)
    }

    /// The address of a class's type struct.
    pub fn class_type(&self, c: ClassId, span: Span) -> Result<u32, Diagnostic> {
        match &self.m.classes[c].builtin {
            Some(b) => self.sym(&format!("pyrt_t_{}", b.trim_start_matches('$')), span),
            None => Ok(self.class_addr[&c]),
        }
    }

    /// The address of a type's descriptor.
    pub fn desc(&mut self, t: &Type, span: Span) -> Result<u32, Diagnostic> {
        if let Some(&a) = self.descs.get(t) {
            return Ok(a);
        }
        let a = match t {
            Type::None => self.sym("pyrt_d_none", span)?,
            Type::Bool => self.sym("pyrt_d_bool", span)?,
            Type::Int => self.sym("pyrt_d_int", span)?,
            Type::Float => self.sym("pyrt_d_float", span)?,
            Type::Str => self.sym("pyrt_d_str", span)?,
            Type::Inst(_) => self.sym("pyrt_d_obj", span)?,
            Type::Class(_) => self.sym("pyrt_d_class", span)?,
            Type::Func(_) => self.sym("pyrt_d_func", span)?,
            Type::Either(_) => self.sym("pyrt_d_either", span)?,
            Type::Js => self.sym("pyrt_d_js", span)?,
            Type::List(_) | Type::Tuple(_) | Type::Optional(_) | Type::Dict(..) | Type::Set(_) | Type::Iter(_) => self.container_desc(t, span)?,
            _ => return Err(unsupported(span, format!("values of type `{t}` here"))),
        };
        self.descs.insert(t.clone(), a);
        Ok(a)
    }

    fn container_desc(&mut self, t: &Type, span: Span) -> Result<u32, Diagnostic> {
        let (kind, fns, elems): (u8, [&str; 5], Vec<Type>) = match t {
            Type::List(e) => (abi::K_REF, ["pyrt_repr_list", "pyrt_repr_list", "pyrt_eq_list", "pyrt_hash_list", "pyrt_lt_list"], vec![(**e).clone()]),
            Type::Tuple(es) => (abi::K_REF, ["pyrt_repr_tuple", "pyrt_repr_tuple", "pyrt_eq_tuple", "pyrt_hash_tuple", "pyrt_lt_tuple"], es.clone()),
            Type::Dict(k, v) => {
                let elems = vec![(**k).clone(), (**v).clone(), Type::Tuple(vec![(**k).clone(), (**v).clone()]), Type::Tuple(vec![(**k).clone()])];
                (abi::K_REF, ["pyrt_repr_dict", "pyrt_repr_dict", "pyrt_eq_dict", "pyrt_hash_dict", "pyrt_lt_dict"], elems)
            }
            Type::Set(e) => (abi::K_REF, ["pyrt_repr_set", "pyrt_repr_set", "pyrt_eq_set", "pyrt_hash_set", "pyrt_lt_set"], vec![(**e).clone(), Type::Tuple(vec![(**e).clone()])]),
            Type::Iter(e) => (abi::K_REF, ["pyrt_repr_iter", "pyrt_repr_iter", "pyrt_eq_obj", "pyrt_hash_inst", "pyrt_lt_inst"], vec![(**e).clone()]),
            Type::Optional(inner) => (abi::kind(t), ["pyrt_repr_opt", "pyrt_str_opt", "pyrt_eq_opt", "pyrt_hash_opt", "pyrt_lt_opt"], vec![(**inner).clone()]),
            _ => return Err(Diagnostic::bug(span, format!("wasm backend: no container descriptor for `{t}`"))),
        };
        let elem_addrs = elems.iter().map(|e| self.desc(e, span)).collect::<Result<Vec<_>, _>>()?;
        let arr = self.alloc(4 * elem_addrs.len().max(1), 4);
        for (k, &e) in elem_addrs.iter().enumerate() {
            self.put_u32(arr + 4 * k as u32, e);
        }
        let count = match t {
            Type::Dict(..) => 2,
            Type::Set(_) => 1,
            _ => elem_addrs.len() as u32,
        };
        let d = self.alloc(abi::DESC_SIZE as usize, 4);
        self.put_u8(d, kind);
        for (k, name) in fns.iter().enumerate() {
            let f = self.func(name, span)?;
            let ti = self.table_index(f);
            self.put_u32(d + 4 + 4 * k as u32, ti);
        }
        self.put_u32(d + 24, count);
        self.put_u32(d + 28, arr);
        Ok(d)
    }
}

/// Translate a lowered module to the program's code and data.
pub(crate) fn emit_program(m: &Module, rt: &'static Runtime) -> Result<ProgramCode, Vec<Diagnostic>> {
    let Some(main) = m.main else {
        return Err(vec![Diagnostic::bug(Span::DUMMY, "wasm backend: the module has no main function")]);
    };
    let mut p = Program {
        m,
        rt,
        layouts: class_layouts(&m.classes),
        data: Vec::new(),
        descs: HashMap::new(),
        strs: HashMap::new(),
        str_list: Vec::new(),
        cstrs: HashMap::new(),
        slots: BTreeMap::new(),
        class_addr: HashMap::new(),
        global_addr: Vec::new(),
        types: Vec::new(),
        table: Vec::new(),
        extra: Vec::new(),
        cattr_roots: Vec::new(),
        func_values: HashMap::new(),
        bound: HashMap::new(),
        js: crate::interop::Interop::default(),
    };
    // A library (`--lib`) is imported by JS, which calls its exports.
    p.js.used = !m.exports.is_empty() || m.funcs.values().any(|f| f.insts.values().any(|i| matches!(i.op, pyrt_ir::Op::Js(_))));
    for name in DUNDER_SLOTS {
        p.vtable_slot(name);
    }
    let mut diags = Vec::new();
    // Class type structs first (functions refer to them); vtables once every slot is known.
    for (id, c) in m.classes.iter() {
        if c.builtin.is_none() {
            let a = p.alloc(abi::TYPE_SIZE as usize, 4);
            p.class_addr.insert(id, a);
        }
    }
    for (_, g) in m.globals.iter() {
        let slot = p.alloc(8, 8);
        let flag = if g.checked { p.alloc(1, 1) } else { 0 };
        p.global_addr.push((slot, flag));
    }
    let mut emitted = Vec::new();
    for (id, f) in m.funcs.iter() {
        let mut e = FnEmitter::new(&mut p, id, f);
        match e.emit() {
            Ok(code) => emitted.push(code),
            Err(d) => diags.extend(d),
        }
    }
    if let Err(d) = vtables(&mut p) {
        diags.extend(d);
    }
    // A library's exports: each its function's static object and JS
    // descriptor (a class's: its constructor's), for the loader to export.
    let mut library = Vec::new();
    for e in &m.exports {
        let span = m.funcs[e.func].span;
        match p.js_desc(&Type::Func(vec![e.func]), span).and_then(|d| Ok((d, p.func_value(e.func, span)?))) {
            Ok((d, a)) => library.push(crate::Export { name: e.name.clone(), desc: d, func: a }),
            Err(d) => diags.push(d),
        }
    }
    let fields = field_tables(&mut p);
    if !diags.is_empty() {
        diags.sort_by_key(|d| (d.primary.span.file, d.primary.span.start));
        diags.dedup_by(|a, b| a.primary.span == b.primary.span && a.message == b.message);
        return Err(diags);
    }
    // The roots: reference globals and the str constants.
    let mut roots: Vec<u32> = Vec::new();
    for ((_, g), &(slot, _)) in m.globals.iter().zip(&p.global_addr) {
        if traced(&g.ty) {
            roots.push(slot);
        }
    }
    roots.extend(p.str_list.iter().map(|s| s.1));
    roots.extend(p.cattr_roots.iter().copied());
    let roots_addr = p.alloc(4 * roots.len().max(1), 4);
    for (k, &r) in roots.iter().enumerate() {
        p.put_u32(roots_addr + 4 * k as u32, r);
    }
    let strs: Vec<(u32, u32, u32)> = p.str_list.clone().into_iter().map(|(s, slot)| (p.cstr(&s), s.len() as u32, slot)).collect();
    let main_fn = crate::func::program_main(&mut p, main, roots_addr, roots.len() as u32, &strs).map_err(|d| vec![d])?;
    let fields_fn = crate::func::program_fields(&mut p, &fields).map_err(|d| vec![d])?;
    if p.data.len() as u32 + DATA_BASE > DATA_LIMIT {
        return Err(vec![Diagnostic::error(UNSUPPORTED, Span::DUMMY, format!("the program's static data ({} bytes) is larger than the wasm backend allows ({} bytes)", p.data.len(), DATA_LIMIT - DATA_BASE))]);
    }
    if p.js.used {
        p.js_exports().map_err(|d| vec![d])?;
    }
    let mut funcs = elide(rt, emitted);
    let main_idx = p.add_func(main_fn.0, main_fn.1);
    let fields_idx = p.add_func(fields_fn.0, fields_fn.1);
    let mut resolve = vec![("pyrt_program_main".into(), main_idx), ("pyrt_program_fields".into(), fields_idx)];
    // The runtime's JS imports, which its tables reach: in a program
    // without `import js` no JS value exists to call them for, and the module
    // must not ask its host for them (a WASI runtime has none).
    if !p.js.used {
        for (module, name, ty) in &rt.imports {
            if module == "pyrt_js" {
                let stub = p.add_func(*ty, crate::func::encode(&[], &[wasm_encoder::Instruction::Unreachable, wasm_encoder::Instruction::End]));
                resolve.push((name.clone(), stub));
            }
        }
    }
    funcs.append(&mut p.extra);
    Ok(ProgramCode {
        types: p.types,
        funcs,
        resolve,
        table: p.table,
        data: p.data,
        interop: p.js.table(),
        library: (!m.exports.is_empty()).then_some(library),
        exports: std::mem::take(&mut p.js.exports),
    })
}

/// Frames only where a collection can happen (as the C backend's
/// `frames.rs`): a function whose shape allows it (`Emitted::plain`) and whose
/// calls all go to runtime functions that never collect (`Runtime::collects`)
/// or to program functions that are themselves frameless (a greatest fixed
/// point, so recursive functions qualify too) leaves its frame unlinked: the
/// collector never runs while it does. Raising allocates, but such a function
/// has no handler, so a raise leaves it at once, its references dead.
fn elide(rt: &Runtime, funcs: Vec<Emitted>) -> Vec<(u32, Vec<u8>)> {
    let base = rt.nfuncs();
    let mut frameless: Vec<bool> = funcs.iter().map(Emitted::may_go_unlinked).collect();
    let collects = |c: u32, frameless: &[bool]| match c.checked_sub(base) {
        None => rt.collects[c as usize],
        Some(j) => !frameless.get(j as usize).copied().unwrap_or(false),
    };
    loop {
        let mut changed = false;
        for k in 0..funcs.len() {
            if frameless[k] && funcs[k].calls.iter().any(|&c| collects(c, &frameless)) {
                frameless[k] = false;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    funcs.into_iter().zip(frameless).map(|(e, plain)| (e.ty, e.encode(!plain))).collect()
}

/// Fill each class's type struct: name, module, base, size, reference
/// offsets, and its vtable (a table index per slot; class attributes get
/// storage of their own).
fn vtables(p: &mut Program) -> Result<(), Vec<Diagnostic>> {
    let m = p.m;
    let mut diags = Vec::new();
    let mut by_slot: Vec<(String, usize)> = p.slots.iter().map(|(n, &k)| (n.clone(), k)).collect();
    by_slot.sort_by_key(|x| x.1);
    for (id, c) in m.classes.iter() {
        if c.builtin.is_some() {
            continue;
        }
        let t = p.class_addr[&id];
        let l = p.layouts[id.index()].clone();
        let refs = l.ref_offsets();
        let refs_addr = p.alloc(4 * refs.len().max(1), 4);
        for (k, &r) in refs.iter().enumerate() {
            p.put_u32(refs_addr + 4 * k as u32, r);
        }
        let vt = p.alloc(4 * by_slot.len().max(1), 4);
        for (name, slot) in &by_slot {
            if let Some(attr) = name.strip_prefix('@') {
                let ca = p.alloc(abi::CATTR_SIZE as usize, 8);
                p.put_u32(vt + 4 * *slot as u32, ca);
                if cattr_type(&p.layouts, attr).is_some_and(|t| traced(&t)) {
                    p.cattr_roots.push(ca + abi::CATTR_V as u32);
                }
                continue;
            }
            let found = lookup(&m.classes, id, name.trim_end_matches("$set")).and_then(|(owner, mem)| slot_func(Some(mem), name).map(|f| (owner, f)));
            let Some((owner, f)) = found else { continue };
            if m.classes[owner].builtin.is_some() && DUNDER_SLOTS.contains(&name.as_str()) {
                continue;
            }
            let g = &m.funcs[f];
            let entry = if name == "__next__" {
                crate::func::next_adapter(p, f)
            } else if DUNDER_SLOTS.contains(&name.as_str()) {
                match dunder_wrong_result(m, f, name) {
                    _ if !dunder_fits(m, f, name) => Err(unsupported(g.span, format!("a `{name}` with this signature"))),
                    Some((r, msg)) => crate::func::dunder_adapter(p, f, r, &msg),
                    None => Ok(p.program_func(f)),
                }
            } else {
                match slot_ret(m, name) {
                    Some(ret) if Repr::of(&ret) != Repr::of(&g.ret) => crate::func::none_adapter(p, f, &ret),
                    _ => Ok(p.program_func(f)),
                }
            };
            match entry {
                Ok(e) => {
                    let ti = p.table_index(e);
                    p.put_u32(vt + 4 * *slot as u32, ti);
                }
                Err(d) => diags.push(d),
            }
        }
        let name = p.cstr(&c.name);
        let module = c.module.clone().map(|s| p.cstr(&s)).unwrap_or(0);
        let base = match c.mro.get(1) {
            Some(&b) => match p.class_type(b, c.span) {
                Ok(a) => a,
                Err(d) => {
                    diags.push(d);
                    0
                }
            },
            None => 0,
        };
        p.put_u32(t, name);
        p.put_u32(t + 4, module);
        p.put_u32(t + 8, base);
        p.put_u8(t + 12, abi::O_INST);
        p.put_u32(t + 16, l.size);
        p.put_u32(t + 20, refs_addr);
        p.put_u32(t + 24, refs.len() as u32);
        p.put_u32(t + 28, vt);
    }
    if diags.is_empty() { Ok(()) } else { Err(diags) }
}

/// Each class's field table (format fields read instances' attributes by
/// name): the class's type address, the table's address and length.
fn field_tables(p: &mut Program) -> Vec<(u32, u32, u32)> {
    let m = p.m;
    let mut out = Vec::new();
    for (id, c) in m.classes.iter() {
        if c.builtin.is_some() {
            continue;
        }
        let l = p.layouts[id.index()].clone();
        let mut rows = Vec::new();
        for (name, off, ty, flag) in l.named_fields() {
            let Ok(d) = p.desc(ty, Span::DUMMY) else { continue };
            rows.push((p.cstr(name), off, flag, d));
        }
        if rows.is_empty() {
            continue;
        }
        let table = p.alloc(16 * rows.len(), 4);
        for (k, (name, off, flag, d)) in rows.iter().enumerate() {
            let at = table + 16 * k as u32;
            p.put_u32(at, *name);
            p.put_u32(at + 4, *off);
            p.put_u32(at + 8, *flag);
            p.put_u32(at + 12, *d);
        }
        out.push((p.class_addr[&id], table, rows.len() as u32));
    }
    out
}
